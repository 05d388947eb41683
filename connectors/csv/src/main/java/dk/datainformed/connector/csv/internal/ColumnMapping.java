package dk.datainformed.connector.csv.internal;

import dk.datainformed.core.record.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;

/**
 * Which field of the schema each column of a file's header fills, resolved once per file so that
 * rows are read by index. A column is matched to the field of the same name, else to the field
 * whose name equals the column's normalised name ({@code "Fravær timer"} fills {@code
 * fravær_timer}); columns without a field are skipped.
 */
final class ColumnMapping {

  /** How much of the header a message lists. */
  private static final int MAX_SHOWN_HEADER = 300;

  private final int[] fieldOfColumn;

  private ColumnMapping(int[] fieldOfColumn) {
    this.fieldOfColumn = fieldOfColumn;
  }

  /**
   * Maps a header to a schema.
   *
   * @throws IllegalArgumentException naming the required fields the header has no column for
   */
  static ColumnMapping of(List<String> header, Schema schema) {
    int[] fieldOfColumn = new int[header.size()];
    Arrays.fill(fieldOfColumn, -1);
    boolean[] filled = new boolean[schema.size()];
    for (int c = 0; c < header.size(); c++) {
      int field = schema.findIndex(header.get(c)).orElse(-1);
      if (field < 0) {
        String wanted = FieldNames.normalise(header.get(c));
        for (int f = 0; f < schema.size() && field < 0; f++) {
          if (!filled[f] && FieldNames.normalise(schema.field(f).name()).equals(wanted) && !wanted.isEmpty()) {
            field = f;
          }
        }
      }
      if (field >= 0 && !filled[field]) {
        fieldOfColumn[c] = field;
        filled[field] = true;
      }
    }
    List<String> missing = new ArrayList<>();
    for (int f = 0; f < schema.size(); f++) {
      if (!filled[f] && !schema.field(f).nullable()) {
        missing.add(schema.field(f).name());
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "the header has no column for the required field%s %s (the header is: %s)",
          missing.size() == 1 ? "" : "s",
          missing.stream().map(m -> "'" + m + "'").collect(Collectors.joining(", ")),
          StringUtils.abbreviate(header.stream().map(Shown::clip).collect(Collectors.joining(", ")), MAX_SHOWN_HEADER)));
    }
    return new ColumnMapping(fieldOfColumn);
  }

  /** The number of columns in the header. */
  int columns() {
    return fieldOfColumn.length;
  }

  /** The field a column fills, or -1 when the column is not read. */
  int field(int column) {
    return fieldOfColumn[column];
  }
}
