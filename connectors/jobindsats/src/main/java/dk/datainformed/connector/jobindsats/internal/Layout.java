package dk.datainformed.connector.jobindsats.internal;

import dk.datainformed.connector.api.AnswerText;
import dk.datainformed.core.id.CprDetector;
import dk.datainformed.connector.api.MalformedSourceException;
import dk.datainformed.core.ParseResult;
import dk.datainformed.core.area.Area;
import dk.datainformed.core.area.Municipalities;
import dk.datainformed.core.area.Region;
import dk.datainformed.core.id.IdentifierMask;
import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.RecordBuilder;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;

/**
 * The columns of a Jobindsats data answer and how each becomes a field of a core record.
 *
 * <p>The answer's {@code Variables} list the columns in the order of the cells of each {@code Data}
 * row. Each column is read by its {@code Name} (or, without one, its {@code Label}):
 *
 * <table>
 *   <caption>Columns and fields</caption>
 *   <tr><th>column</th><th>fields</th></tr>
 *   <tr><td>{@code area} (label Area or Område)</td><td>{@code area} (category, the label as
 *       Jobindsats writes it, e.g. "Randers") and {@code area_code} (category, nullable: Statistics
 *       Denmark's three-digit code of the core {@link Area}: "000" for Hele landet, "081"–"085" for a
 *       region, the kommunekode for a municipality; empty for groupings core does not know, such as
 *       a labour-market region)</td></tr>
 *   <tr><td>{@code period} (label Periode)</td><td>{@code period} (period): "2024M01", "2024Q1",
 *       "2024" and the other forms core's {@link Period} reads; any other form, such as a moving
 *       annual total "2024QMAT01", makes the row malformed</td></tr>
 *   <tr><td>a variable, named with a leading {@code _} (such as {@code _kon})</td><td>a category named
 *       without the {@code _} ("kon"), holding the label ("Kvinder")</td></tr>
 *   <tr><td>any other column: a measure</td><td>a nullable decimal; an empty cell, {@code null},
 *       "-", "." or ".." (a suppressed value) is no value</td></tr>
 * </table>
 *
 * <p>A column without a {@code Name} whose first cell is text that is not a number is read as a
 * variable.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Layout {

  /** What a column holds. */
  enum Kind {
    AREA,
    PERIOD,
    DIMENSION,
    MEASURE
  }

  private final String table;
  private final List<Kind> kinds;
  private final List<Integer> fields;
  private final Schema schema;
  private final List<String> primaryKey;
  private final int areaCode;

  private Layout(String table, List<Kind> kinds, List<Integer> fields, Schema schema, List<String> primaryKey) {
    this.table = table;
    this.kinds = List.copyOf(kinds);
    this.fields = List.copyOf(fields);
    this.schema = schema;
    this.primaryKey = List.copyOf(primaryKey);
    this.areaCode = schema.indexOf("area_code");
  }

  /**
   * Reads the columns of a data answer.
   *
   * @param table the table id, for messages
   * @param answer the answer's object, with {@code Variables} and {@code Data}
   * @return the layout
   * @throws MalformedSourceException when the columns cannot be read or lack an area or a period
   */
  public static Layout of(String table, JsonNode answer) {
    JsonNode variables = answer.get("Variables");
    String where = "the columns (Variables) of table " + table;
    if (variables == null || !variables.isArray() || variables.size() == 0) {
      throw new MalformedSourceException(table, where, "the answer has no 'Variables' list of columns");
    }
    JsonNode firstRow = rows(table, answer).size() > 0 ? rows(table, answer).get(0) : null;
    List<Kind> kinds = new ArrayList<>();
    List<Field> schemaFields = new ArrayList<>();
    List<Integer> fieldIndexes = new ArrayList<>();
    List<String> key = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    schemaFields.add(Field.required("area", FieldType.CATEGORY));
    schemaFields.add(Field.nullable("area_code", FieldType.CATEGORY));
    schemaFields.add(Field.required("period", FieldType.PERIOD));
    taken.addAll(List.of("area", "area_code", "period"));
    key.add("area");
    key.add("period");
    boolean sawArea = false;
    boolean sawPeriod = false;
    for (int column = 0; column < variables.size(); column++) {
      JsonNode variable = variables.get(column);
      String name = text(variable, "Name");
      String label = text(variable, "Label");
      if (name.isEmpty() && label.isEmpty()) {
        throw new MalformedSourceException(table, where, "column " + (column + 1) + " has neither a Name nor a Label");
      }
      String lowerName = name.toLowerCase(Locale.ROOT);
      String lowerLabel = label.toLowerCase(Locale.ROOT);
      Kind kind;
      if (!sawArea && (lowerName.equals("area") || (name.isEmpty() && (lowerLabel.equals("area") || lowerLabel.equals("område"))))) {
        kind = Kind.AREA;
        sawArea = true;
        fieldIndexes.add(0);
      } else if (!sawPeriod && (lowerName.equals("period") || (name.isEmpty() && (lowerLabel.equals("periode") || lowerLabel.equals("period"))))) {
        kind = Kind.PERIOD;
        sawPeriod = true;
        fieldIndexes.add(2);
      } else {
        boolean dimension = name.startsWith("_")
            || (name.isEmpty() && firstRow != null && firstRow.isArray() && column < firstRow.size()
                && firstRow.get(column).isString() && measure(firstRow.get(column)).isEmpty()
                && !suppressed(firstRow.get(column).stringValue()));
        kind = dimension ? Kind.DIMENSION : Kind.MEASURE;
        String fieldName = unique(fieldName(name.isEmpty() ? label : name), taken);
        schemaFields.add(dimension ? Field.required(fieldName, FieldType.CATEGORY) : Field.nullable(fieldName, FieldType.DECIMAL));
        fieldIndexes.add(schemaFields.size() - 1);
        if (dimension) {
          key.add(fieldName);
        }
      }
      kinds.add(kind);
    }
    if (!sawArea || !sawPeriod) {
      throw new MalformedSourceException(table, where, "the answer has no " + (sawArea ? "period" : "area")
          + " column; its columns are " + CprDetector.mask(String.valueOf(variables)));
    }
    return new Layout(table, kinds, fieldIndexes, Schema.of(schemaFields), key);
  }

  /**
   * The schema of the records.
   *
   * @return the schema
   */
  public Schema schema() {
    return schema;
  }

  /**
   * The fields that identify a record: area, period and the variables.
   *
   * @return the field names
   */
  public List<String> primaryKey() {
    return primaryKey;
  }

  /**
   * The rows of a data answer.
   *
   * @param table the table id, for messages
   * @param answer the answer's object
   * @return the {@code Data} array
   * @throws MalformedSourceException when there is none
   */
  public static JsonNode rows(String table, JsonNode answer) {
    JsonNode data = answer.get("Data");
    if (data == null || !data.isArray()) {
      throw new MalformedSourceException(table, "the rows (Data) of table " + table, "the answer has no 'Data' list of rows");
    }
    return data;
  }

  /**
   * The period text of a row, to group rows by period.
   *
   * @param row a row
   * @return the period cell's text, or empty when the row has none
   */
  public Optional<String> period(JsonNode row) {
    int column = kinds.indexOf(Kind.PERIOD);
    if (!row.isArray() || column >= row.size() || !row.get(column).isString()) {
      return Optional.empty();
    }
    return Optional.of(row.get(column).stringValue().strip());
  }

  /**
   * Reads a row.
   *
   * @param row the row's cells
   * @return the record, or why the row cannot be read
   */
  public ParseResult<Record> read(JsonNode row) {
    if (!row.isArray() || row.size() != kinds.size()) {
      return ParseResult.failed("the row has " + (row.isArray() ? row.size() + " cells" : "no cells")
          + " where table " + table + " has " + kinds.size() + " columns");
    }
    RecordBuilder builder = Record.builder(schema);
    for (int column = 0; column < kinds.size(); column++) {
      JsonNode cell = row.get(column);
      int field = fields.get(column);
      String problem = null;
      switch (kinds.get(column)) {
        case AREA:
          problem = area(builder, cell);
          break;
        case PERIOD:
          problem = period(builder, cell);
          break;
        case DIMENSION:
          if (cell.isString() && !cell.stringValue().isBlank()) {
            builder.setText(field, cell.stringValue().strip());
          } else if (cell.isNumber()) {
            builder.setText(field, cell.asString());
          } else {
            problem = "variable " + schema.field(field).name() + " has no label (" + AnswerText.quote(String.valueOf(cell)) + ")";
          }
          break;
        default:
          Optional<Double> value = measure(cell);
          if (value.isPresent()) {
            builder.setDouble(field, value.get());
          } else if (cell.isNull() || (cell.isString() && suppressed(cell.stringValue()))) {
            builder.setNull(field);
          } else {
            problem = "measure " + schema.field(field).name() + " is " + AnswerText.quote(String.valueOf(cell)) + ", which is not a number";
          }
          break;
      }
      if (problem != null) {
        return ParseResult.failed(problem);
      }
    }
    return ParseResult.ok(builder.build());
  }

  private String area(RecordBuilder builder, JsonNode cell) {
    if (!cell.isString() || cell.stringValue().isBlank()) {
      return "the area is " + AnswerText.quote(String.valueOf(cell)) + ", not a name such as Randers";
    }
    String label = cell.stringValue().strip();
    builder.setText(0, label);
    builder.setText(areaCode, areaOf(label).map(Area::dstCode).orElse(null));
    return null;
  }

  private static String period(RecordBuilder builder, JsonNode cell) {
    if (!cell.isString()) {
      return "the period is " + AnswerText.quote(String.valueOf(cell)) + ", not a text such as 2024M01";
    }
    String text = cell.stringValue().strip();
    ParseResult<Period> period = Period.tryParse(text);
    if (period.isOk()) {
      builder.setPeriod(2, period.toOptional().orElseThrow());
      return null;
    }
    if (text.toUpperCase(Locale.ROOT).contains("MAT")) {
      return "period '" + AnswerText.quote(text) + "' is a moving annual total (the twelve months up to its end), which core's"
          + " Period cannot represent; read the table's months or quarters instead";
    }
    return "period '" + AnswerText.quote(text) + "' is not a form core's Period reads (2024, 2024H1, 2024Q1,"
        + " 2024M01, 2024U05): " + AnswerText.quote(period.failure().orElse(""), 300);
  }

  /**
   * The core area of a Jobindsats area label: Hele landet, a region's name, or a municipality's name.
   *
   * @param label the label, e.g. "Randers" or "København"
   * @return the area, or empty for a grouping core does not know
   */
  public static Optional<Area> areaOf(String label) {
    if (label.equalsIgnoreCase("Hele landet")) {
      return Optional.of(Area.DENMARK);
    }
    for (Region region : Region.values()) {
      if (region.danishName().equalsIgnoreCase(label)) {
        return Optional.of(region);
      }
    }
    return Municipalities.tryByName(label).toOptional().map(m -> m);
  }

  private static Optional<Double> measure(JsonNode cell) {
    if (cell.isNumber()) {
      double value = cell.doubleValue();
      return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
    }
    if (!cell.isString()) {
      return Optional.empty();
    }
    String text = cell.stringValue().strip().replace(" ", "");
    if (text.contains(",")) {
      text = text.replace(".", "").replace(',', '.');
    }
    if (!text.matches("-?\\d+(\\.\\d+)?")) {
      return Optional.empty();
    }
    return Optional.of(Double.parseDouble(text));
  }

  private static boolean suppressed(String text) {
    String t = text.strip();
    return t.isEmpty() || t.equals("-") || t.equals(".") || t.equals("..");
  }

  private static String text(JsonNode variable, String property) {
    JsonNode value = variable == null ? null : variable.get(property);
    return value != null && value.isString() ? value.stringValue().strip() : "";
  }

  /**
   * The most digits a column's name may hold and become a field name as it is. Real names hold a
   * table id ({@code y01a02_antpers}: four); ten may be a CPR number, which a field name would show
   * in every record's {@code toString()}, so such a name is masked first.
   */
  private static final int MAX_NAME_DIGITS = 9;

  /**
   * A field name from a column's name: lower case, '_' for anything but letters and digits, no
   * leading '_'; masked by {@link IdentifierMask} when it holds more than {@value #MAX_NAME_DIGITS}
   * digits.
   */
  static String fieldName(String column) {
    String name = column.chars().filter(Character::isDigit).count() > MAX_NAME_DIGITS
        ? "masked " + IdentifierMask.mask(column) : column;
    StringBuilder out = new StringBuilder();
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      boolean keep = Character.isLetterOrDigit(c);
      if (keep) {
        out.append(c);
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
        out.append('_');
      }
    }
    while (out.length() > 0 && out.charAt(out.length() - 1) == '_') {
      out.setLength(out.length() - 1);
    }
    String result = out.length() > 100 ? out.substring(0, 100) : out.toString();
    if (result.isEmpty() || !Character.isLetter(result.charAt(0))) {
      result = "v_" + result;
    }
    return result;
  }

  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      candidate = name + "_" + n;
    }
    return candidate;
  }
}
