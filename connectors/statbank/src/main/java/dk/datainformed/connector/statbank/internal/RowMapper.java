package dk.datainformed.connector.statbank.internal;

import dk.datainformed.connector.api.AnswerText;
import dk.datainformed.core.id.CprDetector;
import dk.datainformed.connector.api.MalformedSourceException;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.StreamDescriptor;
import dk.datainformed.core.DatainformedException;
import dk.datainformed.core.ParseResult;
import dk.datainformed.core.area.Area;
import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.RecordBuilder;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A table's schema and the mapping of one cell of the table (a code per variable and a value) to a
 * record.
 *
 * <p>The schema has one field per variable, named after its code in lower case ({@code OMRÅDE} →
 * {@code område}, {@code Tid} → {@code tid}): a {@link FieldType#PERIOD} for the time variable, a
 * {@link FieldType#CATEGORY} holding the code for the others. The area variable ({@code OMRÅDE})
 * gets two more fields: {@code område_level} ({@code country}, {@code region} or
 * {@code municipality}) and {@code område_name} (core's Danish name, else the API's label). The value
 * is {@code indhold}, a nullable {@link FieldType#DECIMAL}: a suppressed or missing cell is a null
 * value, never zero.
 *
 * <p>An OMRÅDE code that core does not read as an area (Christiansø 411, the landsdele, other
 * groupings) is kept with its code and the API's label and a null level when {@code keepUnknownAreas}
 * is true, and becomes a {@link ReadEvent.Malformed} event otherwise: never a silent drop.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RowMapper {

  private static final Pattern DAY = Pattern.compile("(\\d{4})M(\\d{2})D(\\d{2})");
  private static final String VALUE_FIELD = "indhold";

  private final TableInfo info;
  private final String stream;
  private final Schema schema;
  private final boolean keepUnknownAreas;
  private final int areaVariable;
  private final int levelField;
  private final int nameField;
  private final int valueField;
  private final List<String> keyFields = new ArrayList<>();
  private final RecordBuilder builder;

  /**
   * Builds the schema of a table.
   *
   * @param info the table
   * @param stream the stream's name
   * @param keepUnknownAreas true to keep OMRÅDE codes that core does not read as areas, false to
   *     report them as malformed
   */
  public RowMapper(TableInfo info, String stream, boolean keepUnknownAreas) {
    this.info = info;
    this.stream = stream;
    this.keepUnknownAreas = keepUnknownAreas;
    List<Field> fields = new ArrayList<>();
    int area = -1;
    for (int i = 0; i < info.variables().size(); i++) {
      TableInfo.Variable v = info.variables().get(i);
      String name = fieldName(v.id());
      fields.add(Field.required(name, v.time() ? FieldType.PERIOD : FieldType.CATEGORY));
      keyFields.add(name);
      if (v.area() && area < 0) {
        area = i;
      }
    }
    areaVariable = area;
    if (area >= 0) {
      String base = fieldName(info.variables().get(area).id());
      levelField = fields.size();
      fields.add(Field.nullable(base + "_level", FieldType.CATEGORY));
      nameField = fields.size();
      fields.add(Field.nullable(base + "_name", FieldType.TEXT));
    } else {
      levelField = -1;
      nameField = -1;
    }
    valueField = fields.size();
    boolean clash = keyFields.contains(VALUE_FIELD);
    fields.add(Field.nullable(clash ? "indhold_værdi" : VALUE_FIELD, FieldType.DECIMAL));
    schema = Schema.of(fields);
    builder = Record.builder(schema);
  }

  /**
   * Builds the schema of a table whose info came from the API, which may name variables so that
   * they make no schema (two codes with one field name, a code of hundreds of characters).
   *
   * @param info the table
   * @param stream the stream's name
   * @param keepUnknownAreas as for the constructor
   * @return the mapper
   * @throws MalformedSourceException saying why the variables make no schema
   */
  public static RowMapper of(TableInfo info, String stream, boolean keepUnknownAreas) {
    try {
      return new RowMapper(info, stream, keepUnknownAreas);
    } catch (DatainformedException e) {
      throw new MalformedSourceException(stream, "tableinfo answer", "its variables make no schema: " + CprDetector.mask(e.getMessage()));
    }
  }

  /**
   * A field name from a variable code: lower case, with anything but letters, digits and {@code _}
   * replaced by {@code _}.
   *
   * @param code the variable's code
   * @return the field name
   */
  static String fieldName(String code) {
    StringBuilder name = new StringBuilder();
    for (char c : code.toLowerCase(Locale.ROOT).toCharArray()) {
      name.append(Character.isLetterOrDigit(c) || c == '_' ? c : '_');
    }
    if (name.length() == 0 || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
      name.insert(0, '_');
    }
    return name.toString();
  }

  /**
   * The stream this table is read as.
   *
   * @return the descriptor: primary key = every variable
   */
  public StreamDescriptor descriptor() {
    return new StreamDescriptor(stream, schema, keyFields, Optional.empty(),
        info.text() + " (Statistics Denmark, table " + info.id() + "; CC BY 4.0, cite the source)");
  }

  /**
   * The records' schema.
   *
   * @return the schema
   */
  public Schema schema() {
    return schema;
  }

  /**
   * Maps one cell to a record, or to a malformed event that says why not.
   *
   * @param codes the code of each variable, in the table's order
   * @param value the value; {@code null} for a suppressed or missing cell
   * @param position where the cell is, for a malformed event
   * @param raw the source's text of the cell, for a malformed event
   * @return a {@link ReadEvent.Read} or a {@link ReadEvent.Malformed}
   */
  public ReadEvent map(String[] codes, Double value, String position, String raw) {
    builder.clear();
    for (int i = 0; i < codes.length; i++) {
      TableInfo.Variable v = info.variables().get(i);
      if (v.time()) {
        ParseResult<Period> period = period(codes[i]);
        if (!period.isOk()) {
          return malformed(position, AnswerText.quote(v.id()) + " '" + AnswerText.quote(codes[i]) + "' is not a period: " + period.failure().orElse(""), raw);
        }
        builder.setPeriod(i, period.toOptional().orElseThrow());
      } else {
        builder.setText(i, codes[i]);
      }
    }
    if (areaVariable >= 0) {
      String code = codes[areaVariable];
      ParseResult<Area> area = Area.tryParse(code);
      if (area.isOk()) {
        Area a = area.toOptional().orElseThrow();
        builder.setText(levelField, a.level().name().toLowerCase(Locale.ROOT));
        builder.setText(nameField, a.danishName());
      } else if (keepUnknownAreas) {
        builder.setText(nameField, info.variables().get(areaVariable).label(code).orElse(null));
      } else {
        return malformed(position, "OMRÅDE '" + AnswerText.quote(code) + "' is not an area core knows: " + area.failure().orElse(""), raw);
      }
    }
    if (value != null) {
      builder.setDouble(valueField, value);
    }
    return new ReadEvent.Read(stream, builder.build());
  }

  /**
   * A malformed event of this stream.
   *
   * @param position where
   * @param reason why
   * @param raw the source's text
   * @return the event
   */
  public ReadEvent malformed(String position, String reason, String raw) {
    builder.clear();
    return new ReadEvent.Malformed(stream, position, reason, raw);
  }

  /**
   * Reads a DST period: the forms core reads ({@code 2024}, {@code 2024K1}, {@code 2024M01},
   * {@code 2024U05}, {@code 2024H1}) and DST's days, {@code 2024M01D31}.
   *
   * @param code the period's code
   * @return the period, or why not
   */
  static ParseResult<Period> period(String code) {
    Matcher day = DAY.matcher(code);
    if (day.matches()) {
      return Period.tryParse(day.group(1) + "-" + day.group(2) + "-" + day.group(3));
    }
    return Period.tryParse(code);
  }

  /**
   * Reads a value as the BULK answer writes it: decimal comma or point, no grouping; {@code ..},
   * {@code ...} and an empty cell are suppressed or missing (null).
   *
   * @param text the cell
   * @return the value, null for a suppressed cell
   * @throws NumberFormatException when the text is not a number
   */
  static Double value(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.equals("..") || t.equals("...")) {
      return null;
    }
    if (!t.matches("[-+]?\\d+([.,]\\d+)?")) {
      throw new NumberFormatException("'" + AnswerText.quote(t) + "' is not a number (digits with a decimal comma or point)");
    }
    return Double.valueOf(t.replace(',', '.'));
  }
}
