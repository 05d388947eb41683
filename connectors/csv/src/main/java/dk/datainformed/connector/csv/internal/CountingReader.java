package dk.datainformed.connector.csv.internal;

import java.io.IOException;
import java.io.Reader;

/** Counts the characters the parser has taken, to know a file's length in characters at its end. */
final class CountingReader extends Reader {

  private final Reader in;
  private long count;

  CountingReader(Reader in) {
    this.in = in;
  }

  long count() {
    return count;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    if (n > 0) {
      count += n;
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
