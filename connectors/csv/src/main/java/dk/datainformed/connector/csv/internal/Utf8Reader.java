package dk.datainformed.connector.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.MalformedInputException;
import java.util.Objects;

/**
 * A strict UTF-8 decoder for the CSV parser: the same characters as the JDK's decoder with {@code
 * CodingErrorAction.REPORT}, and a {@link MalformedInputException} where that one reports an error,
 * but faster on exports that are mostly ASCII with some æ, ø and å. The JDK's decoder leaves its
 * ASCII loop at the first other character and decodes the rest of its buffer one character at a
 * time; this one goes back to copying eight ASCII bytes at a time after each such character.
 *
 * <p>Rejected as the JDK rejects them: bytes that start no sequence ({@code 80}–{@code C1}, {@code
 * F5}–{@code FF}), missing continuation bytes, overlong forms, surrogates ({@code ED A0}–{@code ED
 * BF}), code points above {@code U+10FFFF}, and a sequence cut off by the end of the input. Not
 * thread-safe.
 */
final class Utf8Reader extends Reader {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private final InputStream in;
  private final byte[] bytes;
  /** The next byte to decode. */
  private int position;
  /** The end of the bytes read into {@link #bytes}. */
  private int limit;
  private boolean endOfInput;
  /**
   * The length of the bad sequence the decoder stopped at, or 0. The characters before it are handed
   * on first, so that the parser reads every row before the bad byte and reports the error on the
   * row that holds it; the next read throws.
   */
  private int malformed;
  /** The second half of a surrogate pair that did not fit in the last read, or 0. */
  private char pendingLow;

  /** A reader over the stream with a 64 KiB buffer. */
  Utf8Reader(InputStream in) {
    this(in, 1 << 16);
  }

  /** A reader with a buffer of the given size (at least 4 bytes, the longest sequence). */
  Utf8Reader(InputStream in, int bufferSize) {
    if (bufferSize < 4) {
      throw new IllegalArgumentException("the buffer must hold at least 4 bytes, not " + bufferSize);
    }
    this.in = in;
    this.bytes = new byte[bufferSize];
  }

  @Override
  public int read(char[] chars, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, chars.length);
    if (length == 0) {
      return 0;
    }
    int out = offset;
    int outEnd = offset + length;
    if (pendingLow != 0) {
      chars[out++] = pendingLow;
      pendingLow = 0;
    }
    while (out < outEnd) {
      if (limit - position < 4 && !endOfInput) {
        fill();
      }
      if (position == limit) {
        break;
      }
      out = decode(chars, out, outEnd);
      if (malformed > 0) {
        if (out > offset) {
          break;
        }
        throw new MalformedInputException(malformed);
      }
    }
    return out == offset ? -1 : out - offset;
  }

  /**
   * Decodes from the buffer into {@code chars} until either runs out, fewer than four bytes are left
   * before the end of the buffered input (so that no sequence is cut by the buffer's end), or a bad
   * sequence is found (then {@link #malformed} is set and the position is at it).
   *
   * @return the next free position in {@code chars}
   */
  private int decode(char[] chars, int out, int outEnd) {
    byte[] b = bytes;
    int p = position;
    int safeEnd = endOfInput ? limit : limit - 3;
    try {
      while (out < outEnd && p < safeEnd) {
        // Eight ASCII bytes at a time while they last.
        while (out + 8 <= outEnd && p + 8 <= limit && ((long) LONGS.get(b, p) & HIGH_BITS) == 0) {
          for (int i = 0; i < 8; i++) {
            chars[out + i] = (char) b[p + i];
          }
          out += 8;
          p += 8;
        }
        if (out >= outEnd || p >= safeEnd) {
          break;
        }
        int b1 = b[p];
        if (b1 >= 0) {
          chars[out++] = (char) b1;
          p++;
        } else if ((b1 & 0xE0) == 0xC0) {
          if (b1 < (byte) 0xC2 || p + 1 >= limit || !isContinuation(b[p + 1])) {
            malformed = Math.max(1, Math.min(4, limit - p));
            break;
          }
          chars[out++] = (char) (((b1 & 0x1F) << 6) | (b[p + 1] & 0x3F));
          p += 2;
        } else if ((b1 & 0xF0) == 0xE0) {
          if (p + 1 >= limit) {
            malformed = Math.max(1, Math.min(4, limit - p));
            break;
          }
          int b2 = b[p + 1] & 0xFF;
          int lowest = b1 == (byte) 0xE0 ? 0xA0 : 0x80;
          int highest = b1 == (byte) 0xED ? 0x9F : 0xBF;
          if (b2 < lowest || b2 > highest || p + 2 >= limit || !isContinuation(b[p + 2])) {
            malformed = Math.max(1, Math.min(4, limit - p));
            break;
          }
          chars[out++] = (char) (((b1 & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b[p + 2] & 0x3F));
          p += 3;
        } else if ((b1 & 0xF8) == 0xF0 && b1 <= (byte) 0xF4) {
          if (p + 1 >= limit) {
            malformed = Math.max(1, Math.min(4, limit - p));
            break;
          }
          int b2 = b[p + 1] & 0xFF;
          int lowest = b1 == (byte) 0xF0 ? 0x90 : 0x80;
          int highest = b1 == (byte) 0xF4 ? 0x8F : 0xBF;
          if (b2 < lowest || b2 > highest || p + 2 >= limit || !isContinuation(b[p + 2])
              || p + 3 >= limit || !isContinuation(b[p + 3])) {
            malformed = Math.max(1, Math.min(4, limit - p));
            break;
          }
          int codePoint = ((b1 & 0x07) << 18) | ((b2 & 0x3F) << 12) | ((b[p + 2] & 0x3F) << 6)
              | (b[p + 3] & 0x3F);
          chars[out++] = Character.highSurrogate(codePoint);
          if (out < outEnd) {
            chars[out++] = Character.lowSurrogate(codePoint);
          } else {
            pendingLow = Character.lowSurrogate(codePoint);
          }
          p += 4;
        } else {
          malformed = Math.max(1, Math.min(4, limit - p));
          break;
        }
      }
      return out;
    } finally {
      position = p;
    }
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }


  /** Moves the undecoded bytes to the front and reads more behind them. */
  private void fill() throws IOException {
    int left = limit - position;
    System.arraycopy(bytes, position, bytes, 0, left);
    position = 0;
    limit = left;
    while (limit < bytes.length) {
      int n = in.read(bytes, limit, bytes.length - limit);
      if (n < 0) {
        endOfInput = true;
        return;
      }
      limit += n;
      if (limit - position >= 4) {
        return;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
