package dk.datainformed.connector.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding, byte order mark and column separator of one file, detected from its first bytes
 * where the configuration says {@code auto}.
 *
 * @param charset the character set to decode with
 * @param bomLength the number of bytes of the byte order mark to skip (0 when there is none)
 * @param separator the column separator
 * @param decimalSeparator the decimal separator of numbers
 */
record FileFormat(Charset charset, int bomLength, char separator, char decimalSeparator) {

  /** How much of a file is looked at to detect its encoding and separator. */
  static final int SAMPLE_BYTES = 1 << 20;

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  static FileFormat detect(Path file, CsvSettings settings) throws IOException {
    byte[] sample;
    boolean whole;
    try (InputStream in = Files.newInputStream(file)) {
      sample = in.readNBytes(SAMPLE_BYTES);
      whole = in.read() < 0;
    }
    Charset charset;
    int bom = 0;
    if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
      charset = StandardCharsets.UTF_8;
      bom = 3;
    } else if (startsWith(sample, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      bom = 2;
    } else if (startsWith(sample, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      bom = 2;
    } else {
      charset = settings.encoding().orElseGet(() -> isUtf8(sample, whole) ? StandardCharsets.UTF_8 : WINDOWS_1252);
    }
    if (bom > 0 && settings.encoding().isPresent() && !settings.encoding().get().equals(charset)) {
      // An explicit setting wins over a byte order mark of another encoding.
      charset = settings.encoding().get();
      bom = 0;
    }
    char separator = settings.separator();
    if (separator == 0) {
      String start = new String(sample, bom, sample.length - bom, charset);
      separator = separatorOf(start);
    }
    char decimal = settings.decimalSeparator();
    if (decimal == 0) {
      decimal = separator == ',' ? '.' : ',';
    }
    return new FileFormat(charset, bom, separator, decimal);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the bytes are valid UTF-8; a sequence cut by the end of a partial sample is allowed. */
  private static boolean isUtf8(byte[] bytes, boolean whole) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, whole);
      if (result.isError()) {
        return false;
      }
      if (result.isUnderflow()) {
        return !whole || !in.hasRemaining();
      }
      out.clear();
    }
  }

  /** The separator of the header line: whichever of ';', ',' and tab occurs most outside quotes. */
  static char separatorOf(String text) {
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (c == '\n' || c == '\r') {
          break;
        }
        if (c == ';') {
          semicolons++;
        } else if (c == ',') {
          commas++;
        } else if (c == '\t') {
          tabs++;
        }
      }
    }
    if (commas > semicolons && commas >= tabs) {
      return ',';
    }
    return tabs > semicolons ? '\t' : ';';
  }
}
