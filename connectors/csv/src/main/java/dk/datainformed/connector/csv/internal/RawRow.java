package dk.datainformed.connector.csv.internal;

import java.util.Arrays;

/**
 * The cells of the row being read, kept as plain characters so that a bad row can be shown in the
 * error channel as it was. Copying a cell is one array copy; the row is written back as CSV, with
 * quotes where a cell needs them, only when it is bad. Not thread-safe: one per read.
 */
final class RawRow {

  private char[] chars = new char[256];
  private int[] ends = new int[16];
  private int length;
  private int cells;
  private boolean tooLong;

  /** Forgets the previous row. */
  void clear() {
    length = 0;
    cells = 0;
    tooLong = false;
  }

  /**
   * Keeps a cell, unless the row has passed the line length limit.
   *
   * @param maxLength the longest row kept, in characters, separators included
   */
  void add(String text, int maxLength) {
    int count = text.length();
    if (tooLong) {
      return;
    }
    if ((long) length + count + cells > maxLength) {
      tooLong = true;
      return;
    }
    if (length + count > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
    }
    if (cells == ends.length) {
      ends = Arrays.copyOf(ends, cells * 2);
    }
    text.getChars(0, count, chars, length);
    length += count;
    ends[cells++] = length;
  }

  /** Whether the row passed the line length limit, so that it was not kept whole. */
  boolean tooLong() {
    return tooLong;
  }

  /** The row as a line of CSV with the given separator, quoted where a cell needs it. */
  String toCsv(char separator) {
    StringBuilder line = new StringBuilder(length + cells + 8);
    int start = 0;
    for (int cell = 0; cell < cells; cell++) {
      int end = ends[cell];
      if (cell > 0) {
        line.append(separator);
      }
      boolean quote = false;
      for (int i = start; i < end && !quote; i++) {
        char c = chars[i];
        quote = c == separator || c == '"' || c == '\n' || c == '\r';
      }
      if (quote) {
        line.append('"');
        for (int i = start; i < end; i++) {
          if (chars[i] == '"') {
            line.append('"');
          }
          line.append(chars[i]);
        }
        line.append('"');
      } else {
        line.append(chars, start, end - start);
      }
      start = end;
    }
    return line.toString();
  }
}
