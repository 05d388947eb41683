package dk.datainformed.connector.csv.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * The physical lines of a file's text, from a known character offset and line number on, each with
 * where it starts: for resynchronising a read after a row the CSV parser cannot read (an unclosed
 * quote). {@code \n}, {@code \r\n} and a lone {@code \r} each end a line, as the parser counts them.
 * A line longer than the limit is not kept, only passed, so memory stays at one short line.
 */
final class LineScanner implements Closeable {

  private final Reader in;
  private final int maxLength;
  private final StringBuilder text = new StringBuilder();
  private long offset;
  private long line;
  private long nextOffset;
  private long nextLine;
  private boolean tooLong;
  private int pushedBack = -1;

  /**
   * A scanner of lines.
   *
   * @param in the text, positioned at {@code offset}, which is the start of line {@code line}
   * @param maxLength the longest line kept as text
   */
  LineScanner(Reader in, long offset, long line, int maxLength) {
    this.in = in;
    this.nextOffset = offset;
    this.nextLine = line;
    this.maxLength = maxLength;
  }

  /**
   * Moves to the next line.
   *
   * @return false at the end of the text
   */
  boolean next() throws IOException {
    offset = nextOffset;
    line = nextLine;
    text.setLength(0);
    tooLong = false;
    int c = read();
    if (c < 0) {
      return false;
    }
    while (c >= 0 && c != '\n' && c != '\r') {
      if (text.length() < maxLength) {
        text.append((char) c);
      } else {
        tooLong = true;
      }
      nextOffset++;
      c = read();
    }
    if (c == '\r') {
      nextOffset++;
      int after = read();
      if (after == '\n') {
        nextOffset++;
      } else {
        pushedBack = after;
      }
    } else if (c == '\n') {
      nextOffset++;
    }
    nextLine++;
    return true;
  }

  private int read() throws IOException {
    if (pushedBack != -1) {
      int c = pushedBack;
      pushedBack = -1;
      return c;
    }
    return in.read();
  }

  /** The line number of the current line. */
  long line() {
    return line;
  }

  /** The character offset where the current line starts. */
  long offset() {
    return offset;
  }

  /** Whether the current line has no characters. */
  boolean isEmpty() {
    return text.length() == 0 && !tooLong;
  }

  /** The current line's text, or null when it is longer than the limit. */
  String text() {
    return tooLong ? null : text.toString();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
