package dk.datainformed.connector.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The bytes of a file from one position up to another, as a stream; for reading a file in chunks. */
final class FileRange extends InputStream {

  private final FileChannel channel;
  private long position;
  private final long end;

  private FileRange(FileChannel channel, long start, long end) {
    this.channel = channel;
    this.position = start;
    this.end = end;
  }

  /** Opens bytes {@code start} (inclusive) to {@code end} (exclusive) of a file. */
  static FileRange open(Path file, long start, long end) throws IOException {
    return new FileRange(FileChannel.open(file, StandardOpenOption.READ), start, end);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (position >= end) {
      return -1;
    }
    int n = channel.read(ByteBuffer.wrap(buffer, offset, (int) Math.min(length, end - position)), position);
    if (n < 0) {
      return -1;
    }
    position += n;
    return n;
  }

  @Override
  public long skip(long n) {
    long skipped = Math.max(0, Math.min(n, end - position));
    position += skipped;
    return skipped;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  /**
   * Where the line after position {@code from} starts: one past the first line feed at or after
   * {@code from}, or the file's size when there is none. A line feed byte is a line feed in UTF-8
   * and in single-byte character sets, never part of another character.
   */
  static long nextLineStart(Path file, long from, long size) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buffer = ByteBuffer.allocate(1 << 14);
      long position = from;
      while (position < size) {
        buffer.clear();
        int n = channel.read(buffer, position);
        if (n <= 0) {
          break;
        }
        byte[] bytes = buffer.array();
        for (int i = 0; i < n; i++) {
          if (bytes[i] == '\n') {
            return position + i + 1;
          }
        }
        position += n;
      }
      return size;
    }
  }
}
