package dk.datainformed.connector.statbank.internal;

import dk.datainformed.connector.api.AnswerText;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.MalformedSourceException;
import dk.datainformed.connector.api.ReadEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of a BULK answer, read as they arrive: one line in memory at a time, whatever the size.
 *
 * <p>A BULK answer is UTF-8 text with a byte order mark, {@code ;}-separated, with a header of the
 * variables' codes in upper case and the value column {@code INDHOLD} last, e.g.
 * {@code OMRÅDE;KØN;TID;INDHOLD}, then one row per cell, values with a decimal comma.
 *
 * <p>Reading from row {@code n} sends the request again and skips the first {@code n} rows. That
 * relies on Statistics Denmark answering the same request on the same table version with the same
 * rows in the same order, which it does for a stored table; the checkpoint also records the table's
 * {@code updated} time, so that a resume after an update is refused rather than silently shifted.
 * When the answer breaks off in the middle (a dropped connection), the request is sent again and the
 * rows already delivered are skipped, up to the retry policy's number of attempts.
 */
final class BulkSource implements CellSource {

  private final StatbankApi api;
  private final String body;
  private final TableInfo info;
  private final RowMapper mapper;
  private final String stream;
  private final int maxAttempts;
  private BufferedReader reader;
  private int[] variableOfColumn;
  private int valueColumn;
  private long row;
  private int attempts;

  BulkSource(StatbankApi api, String body, TableInfo info, RowMapper mapper, String stream, long start, int maxAttempts) {
    this.api = api;
    this.body = body;
    this.info = info;
    this.mapper = mapper;
    this.stream = stream;
    this.maxAttempts = maxAttempts;
    this.row = start;
    open();
  }

  private void open() {
    attempts++;
    InputStream in = api.openData(body, stream);
    reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
    try {
      String header = reader.readLine();
      if (header == null) {
        throw new MalformedSourceException(stream, "BULK answer, header", "the answer is empty");
      }
      readHeader(header.startsWith("\uFEFF") ? header.substring(1) : header);
      for (long skipped = 0; skipped < row; ) {
        String line = reader.readLine();
        if (line == null) {
          throw new MalformedSourceException(stream, "BULK answer, row " + skipped, "the answer ends after "
              + skipped + " rows, but " + row + " were delivered before: the table has changed; read it from the start");
        }
        if (!line.isEmpty()) {
          skipped++;
        }
      }
    } catch (IOException e) {
      broken(e);
      open();
    }
  }

  private void readHeader(String header) {
    List<String> columns = split(header);
    List<TableInfo.Variable> variables = info.variables();
    if (columns.size() != variables.size() + 1) {
      throw new MalformedSourceException(stream, "BULK answer, header", "the header '" + AnswerText.quote(header) + "' has "
          + columns.size() + " columns; expected the " + variables.size() + " variables and the value");
    }
    variableOfColumn = new int[columns.size() - 1];
    boolean[] seen = new boolean[variables.size()];
    for (int c = 0; c < columns.size() - 1; c++) {
      int found = -1;
      for (int v = 0; v < variables.size(); v++) {
        if (variables.get(v).id().equalsIgnoreCase(columns.get(c).strip())) {
          found = v;
        }
      }
      if (found < 0 || seen[found]) {
        throw new MalformedSourceException(stream, "BULK answer, header", "column '" + AnswerText.quote(columns.get(c))
            + "' of header '" + AnswerText.quote(header) + "' is not a variable of table " + info.id());
      }
      seen[found] = true;
      variableOfColumn[c] = found;
    }
    valueColumn = columns.size() - 1;
  }

  /** Counts a failed attempt and throws when no attempt is left. */
  private void broken(IOException e) {
    close();
    if (attempts >= maxAttempts) {
      throw new ConnectorException("The BULK answer for table " + info.id() + " broke off after row " + row
          + " on all " + attempts + " attempts (" + e + "). Resume from the last checkpoint later,"
          + " or allow more attempts (max_attempts)", e);
    }
  }

  @Override
  public ReadEvent next() {
    String line;
    while (true) {
      try {
        line = reader.readLine();
      } catch (IOException e) {
        broken(e);
        open();
        continue;
      }
      if (line == null) {
        return null;
      }
      if (!line.isEmpty()) {
        break;
      }
    }
    row++;
    String position = "BULK answer, row " + row;
    List<String> cells = split(line);
    if (cells.size() != valueColumn + 1) {
      return mapper.malformed(position, "the row has " + cells.size() + " columns, not " + (valueColumn + 1), line);
    }
    String[] codes = new String[variableOfColumn.length];
    for (int c = 0; c < variableOfColumn.length; c++) {
      TableInfo.Variable variable = info.variables().get(variableOfColumn[c]);
      String cell = cells.get(c);
      String code = variable.resolve(cell).orElse(null);
      if (code == null) {
        if (!variable.time()) {
          return mapper.malformed(position, AnswerText.quote(variable.id()) + " '" + AnswerText.quote(cell) + "' is not a value of the variable",
              line);
        }
        code = cell;
      }
      codes[variableOfColumn[c]] = code;
    }
    Double value;
    try {
      value = RowMapper.value(cells.get(valueColumn));
    } catch (NumberFormatException e) {
      return mapper.malformed(position, e.getMessage(), line);
    }
    return mapper.map(codes, value, position, line);
  }

  /** Splits a line at {@code ;}, reading double-quoted cells (with {@code ""} for a quote). */
  static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
      } else if (c == ';') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  @Override
  public void close() {
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException ignored) {
        // The connection is gone either way.
      }
      reader = null;
    }
  }

  @Override
  public String toString() {
    return "BulkSource[" + info.id() + ", row " + row + ", columns " + Arrays.toString(variableOfColumn) + "]";
  }
}
