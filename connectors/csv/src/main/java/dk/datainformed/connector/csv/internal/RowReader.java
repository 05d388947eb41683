package dk.datainformed.connector.csv.internal;

import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.RecordBuilder;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.record.SchemaViolationException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads the rows of one open file, or of one chunk of it, into records: each cell read as its
 * field's type, the row checked against the header and the limits, and a bad row kept as it was
 * with the reason. Used by the sequential read and by every chunk of a parallel one, so that both
 * judge rows the same way. Not thread-safe: one per file or chunk.
 */
final class RowReader {

  /** {@link #next} found the end of the input. */
  static final int END = 0;
  /** {@link #next} read a good row: see {@link #record()}. */
  static final int GOOD = 1;
  /** {@link #next} read a bad row: see {@link #reason()} and {@link #rawRow()}. */
  static final int BAD = 2;

  private final CsvFile file;
  private final ColumnMapping mapping;
  private final RecordBuilder builder;
  private final CellReader cells;
  private final RawRow raw = new RawRow();
  private final int maxFields;
  private final int maxLine;

  private Record record;
  private String reason;
  /** Where the last row's first cell starts, as the parser counts; startLine is 0 for no cell. */
  private int startLine;
  private long startOffset;
  /** The line after the last row read (or after the header): where the next row starts at the earliest. */
  private long nextRowLine;

  /**
   * A reader of the rows of a file or chunk.
   *
   * @param categories the shared strings of category values, or null to keep each cell's string
   */
  RowReader(CsvFile file, ColumnMapping mapping, Schema schema, CsvSettings settings, Categories categories) {
    this.file = file;
    this.mapping = mapping;
    this.builder = Record.builder(schema);
    this.cells = new CellReader(schema, settings.dateFormats(), categories);
    this.cells.decimalSeparator(file.format().decimalSeparator());
    this.maxFields = settings.maxFields();
    this.maxLine = settings.maxLineLength();
    this.nextRowLine = file.line(file.parser().currentLocation());
  }

  /**
   * Reads the next row.
   *
   * @return {@link #END}, {@link #GOOD} or {@link #BAD}
   * @throws tools.jackson.core.JacksonException when the text is not CSV or cannot be decoded
   */
  int next() {
    if (!file.nextRow()) {
      return END;
    }
    JsonParser parser = file.parser();
    raw.clear();
    record = null;
    startLine = 0;
    int column = 0;
    String error = null;
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
      if (column == 0) {
        // Only two numbers are kept, so that the location object need not outlive this block.
        TokenStreamLocation start = parser.currentTokenLocation();
        startLine = Math.max(start.getLineNr(), 1);
        startOffset = start.getCharOffset();
      }
      // Jackson's CSV parser has made a string of the cell already; asking for its characters
      // instead would copy them once more.
      String text = parser.getString();
      raw.add(text, maxLine);
      if (error == null && column < mapping.columns()) {
        int field = mapping.field(column);
        if (field >= 0) {
          error = cells.read(builder, field, text);
        }
      }
      column++;
    }
    if (token != JsonToken.END_ARRAY) {
      throw new IllegalStateException("the CSV parser gave " + token + " inside a row");
    }
    nextRowLine = file.line(parser.currentLocation());
    if (column > maxFields) {
      error = "the row has " + column + " fields, more than max_fields (" + maxFields + ")";
    } else if (raw.tooLong()) {
      error = "the row is longer than max_line_length (" + maxLine + " characters)";
    } else if (column != mapping.columns()) {
      error = "the row has " + column + " field" + (column == 1 ? "" : "s") + " but the header has "
          + mapping.columns();
    }
    if (error == null) {
      try {
        record = builder.build();
        return GOOD;
      } catch (SchemaViolationException e) {
        error = e.getMessage();
      }
    }
    builder.clear();
    reason = error;
    return BAD;
  }

  /** Whether the last row had cells, so that it has a {@link #startOffset()} to resume from. */
  boolean hasStart() {
    return startLine > 0;
  }

  /** The line the last row starts on, in the file's numbering. */
  long line() {
    return startLine > 0 ? file.line(startLine) : file.line(file.parser().currentTokenLocation());
  }

  /**
   * The line after the last row that was read whole (or after the header): a row the parser fails
   * on starts on this line or, after empty lines, a later one.
   */
  long nextRowLine() {
    return nextRowLine;
  }

  /** The character offset the last row starts at; only when {@link #hasStart()}. */
  long startOffset() {
    return file.offset(startOffset);
  }

  /** The record of the last row, when it was good. */
  Record record() {
    return record;
  }

  /** Why the last row was bad, with values masked. */
  String reason() {
    return reason;
  }

  /** The last row as a line of CSV, for the error channel. */
  String rawRow() {
    return raw.toCsv(file.format().separator());
  }
}
