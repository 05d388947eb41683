package dk.datainformed.connector.csv.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectReader;

/**
 * One CSV file open for reading rows with Jackson's streaming CSV parser, from its start or from a
 * checkpoint's character offset, with its header already read.
 */
final class CsvFile implements Closeable {

  private final Path file;
  private final FileFormat format;
  private final List<String> header;
  private final JsonParser parser;
  private final CountingReader counter;
  private final long baseOffset;
  private final long baseLine;
  /** Whether the parser has passed the array that wraps the rows. */
  private boolean started;

  private CsvFile(Path file, FileFormat format, List<String> header, JsonParser parser,
      CountingReader counter, long baseOffset, long baseLine, boolean started) {
    this.started = started;
    this.file = file;
    this.format = format;
    this.header = header;
    this.parser = parser;
    this.counter = counter;
    this.baseOffset = baseOffset;
    this.baseLine = baseLine;
  }

  /**
   * Opens a file and reads its header.
   *
   * @param limits the settings whose {@code max_fields} and {@code max_line_length} bound the header
   * @throws IllegalArgumentException when the header breaks those limits
   * @param offset the character offset to go on from (0 for the start, else a checkpoint's)
   * @param line the line number at that offset (1 at the start)
   */
  static CsvFile open(Path file, FileFormat format, ObjectReader csv, CsvSettings limits, long offset, long line)
      throws IOException {
    return open(file, format, csv, limits, offset, line, Long.MAX_VALUE);
  }

  /**
   * Opens a file, reads its header and reads rows only up to a byte position: the first chunk of
   * a read in chunks.
   *
   * @param endByte where to stop, in bytes from the start of the file; must be the start of a line
   */
  static CsvFile open(Path file, FileFormat format, ObjectReader csv, CsvSettings limits, long offset, long line,
      long endByte) throws IOException {
    CountingReader counter = new CountingReader(reader(file, format, endByte));
    JsonParser parser = csv.createParser(counter);
    List<String> header;
    try {
      header = readHeader(parser, limits.maxFields(), limits.maxLineLength());
      if (offset > 0) {
        parser.close();
        Reader rest = reader(file, format, endByte);
        long skipped = 0;
        while (skipped < offset) {
          long n = rest.skip(offset - skipped);
          if (n <= 0) {
            break;
          }
          skipped += n;
        }
        counter = new CountingReader(rest);
        parser = csv.createParser(counter);
        return new CsvFile(file, format, header, parser, counter, offset, line, false);
      }
      return new CsvFile(file, format, header, parser, counter, 0, 1, true);
    } catch (RuntimeException e) {
      parser.close();
      throw e;
    }
  }

  /**
   * Opens the rows of a file from one byte position to another, without a header: a later chunk of
   * a read in chunks. Lines and character offsets count from the chunk's start (line 1, offset 0).
   *
   * @param startByte where the chunk starts; must be the start of a line
   * @param endByte where it ends; the start of a line, or the end of the file
   */
  static CsvFile openChunk(Path file, FileFormat format, ObjectReader csv, long startByte, long endByte)
      throws IOException {
    CountingReader counter = new CountingReader(decoder(FileRange.open(file, startByte, endByte), format));
    JsonParser parser = csv.createParser(counter);
    return new CsvFile(file, format, List.of(), parser, counter, 0, 1, false);
  }

  private static Reader reader(Path file, FileFormat format, long endByte) throws IOException {
    InputStream in = endByte == Long.MAX_VALUE ? Files.newInputStream(file) : FileRange.open(file, 0, endByte);
    try {
      in.skipNBytes(format.bomLength());
    } catch (IOException e) {
      in.close();
      throw e;
    }
    return decoder(in, format);
  }

  private static Reader decoder(InputStream in, FileFormat format) {
    if (format.charset().equals(StandardCharsets.UTF_8)) {
      return new Utf8Reader(in);
    }
    return new InputStreamReader(in, format.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /**
   * The first row's values; empty for an empty file.
   *
   * @throws IllegalArgumentException as soon as the header has more than {@code max_fields} cells
   *     or more than {@code max_line_length} characters, without reading the rest of it
   */
  private static List<String> readHeader(JsonParser parser, int maxFields, int maxLength) {
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      return List.of();
    }
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      return List.of();
    }
    List<String> header = new ArrayList<>();
    long length = 0;
    while (parser.nextToken() == JsonToken.VALUE_STRING) {
      String cell = parser.getString();
      length += cell.length() + 1;
      if (header.size() == maxFields) {
        throw new IllegalArgumentException("the header has more than max_fields (" + maxFields
            + ") fields; raise max_fields if the file really has so many columns");
      }
      if (length > maxLength) {
        throw new IllegalArgumentException("the header is longer than max_line_length (" + maxLength
            + " characters); raise max_line_length if the file really has so long a header");
      }
      header.add(cell.replace("\uFEFF", "").strip());
    }
    return List.copyOf(header);
  }

  /**
   * The physical lines of the file from where this reader started (the start of the file, or the
   * checkpoint it resumed from), for resynchronising after a row that cannot be parsed.
   *
   * @param maxLength the longest line kept as text
   */
  LineScanner lines(int maxLength) throws IOException {
    Reader in = reader(file, format, Long.MAX_VALUE);
    long skipped = 0;
    while (skipped < baseOffset) {
      long n = in.skip(baseOffset - skipped);
      if (n <= 0) {
        break;
      }
      skipped += n;
    }
    return new LineScanner(in, baseOffset, baseLine, maxLength);
  }

  Path path() {
    return file;
  }

  String name() {
    return file.getFileName().toString();
  }

  FileFormat format() {
    return format;
  }

  List<String> header() {
    return header;
  }

  JsonParser parser() {
    return parser;
  }

  /**
   * Moves to the next row.
   *
   * @return true at the start of a row, false at the end of the file
   */
  boolean nextRow() {
    JsonToken token = parser.nextToken();
    if (!started) {
      started = true;
      if (token == JsonToken.START_ARRAY) {
        token = parser.nextToken();
      }
    }
    return token == JsonToken.START_ARRAY;
  }

  /** The line number in the file of a location the parser reports. */
  long line(TokenStreamLocation location) {
    return line(location.getLineNr());
  }

  /** The line number in the file of a line number the parser reports. */
  long line(int parserLine) {
    return baseLine + Math.max(parserLine, 1) - 1;
  }

  /** The character offset in the file of a location the parser reports. */
  long offset(TokenStreamLocation location) {
    return offset(location.getCharOffset());
  }

  /** The character offset in the file of a character offset the parser reports. */
  long offset(long parserOffset) {
    return baseOffset + parserOffset;
  }

  /** The character offset of the end of the file, once the parser has reached it. */
  long endOffset() {
    return baseOffset + counter.count();
  }

  @Override
  public void close() {
    parser.close();
  }
}
