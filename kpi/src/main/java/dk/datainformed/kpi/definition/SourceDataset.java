package dk.datainformed.kpi.definition;

import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Schema;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.internal.Excerpt;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The dataset a {@link SimpleKpi} or {@link RatioKpi} is computed from: a name and the {@link
 * Schema} of its records, as a connector emits them.
 *
 * <p>The schema lets a KPI be checked before any data flows: its dimensions, filters and measures
 * must name fields the source has, of a type that fits. The time field places each record in time:
 * the engine puts records into periods of the KPI's grain by it.
 *
 * <pre>{@code
 * SourceDataset absence = SourceDataset.of("payroll_absence", "month", Schema.of(
 *     Field.required("month", FieldType.PERIOD),
 *     Field.required("organisation_unit", FieldType.CATEGORY),
 *     Field.required("absence_days", FieldType.DECIMAL),
 *     Field.required("worked_days", FieldType.DECIMAL)));
 * }</pre>
 *
 * @param name the dataset's name, e.g. {@code payroll_absence}
 * @param timeField the field that places a record in time: a date, timestamp or period field
 * @param schema the fields of its records
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SourceDataset(String name, String timeField, Schema schema) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

  /**
   * Creates the source.
   *
   * @param name lower-case segments of a-z, 0-9 and '_', separated by dots
   * @param timeField a date, timestamp or period field of the schema, not nullable
   * @param schema the fields of its records
   * @throws KpiException when the name is not valid, the schema missing or the time field unfit
   */
  public SourceDataset {
    Names.text(name, "The source dataset's name");
    if (!NAME.matcher(name).matches()) {
      throw new KpiException(
          "Source dataset name '" + Excerpt.of(name) + "' is not valid: use lower-case segments of a-z, 0-9"
              + " and '_' that start with a letter, separated by dots, e.g. 'payroll_absence'");
    }
    Names.required(schema, "The schema of source dataset '" + Excerpt.of(name) + "'");
    Names.field(timeField, "The time field of source dataset '" + Excerpt.of(name) + "'");
    Field time =
        find(schema, timeField)
            .orElseThrow(
                () ->
                    new KpiException(
                        "time field '" + Excerpt.of(timeField) + "' is not a field of source dataset '" + Excerpt.of(name)
                            + "', which has " + fieldNames(schema)
                            + ": name the date, timestamp or period field of each record"));
    if (time.type() != FieldType.DATE
        && time.type() != FieldType.TIMESTAMP
        && time.type() != FieldType.PERIOD) {
      throw new KpiException(
          "time field '" + Excerpt.of(timeField) + "' of source dataset '" + Excerpt.of(name) + "' is of type "
              + time.type().name().toLowerCase(Locale.ROOT)
              + ": it must be a date, timestamp or period field");
    }
    if (time.nullable()) {
      throw new KpiException(
          "time field '" + Excerpt.of(timeField) + "' of source dataset '" + Excerpt.of(name) + "' is nullable: every"
              + " record needs a time, so make the field required");
    }
  }

  /**
   * The source of the given name and schema.
   *
   * @param name the dataset's name
   * @param timeField the field that places a record in time
   * @param schema the fields of its records
   * @return the source
   */
  public static SourceDataset of(String name, String timeField, Schema schema) {
    return new SourceDataset(name, timeField, schema);
  }

  /**
   * The field of the given name.
   *
   * @param fieldName the name, exactly as in the schema
   * @return the field, or empty when the source has none of that name
   */
  public Optional<Field> field(String fieldName) {
    return find(schema, fieldName);
  }

  private static Optional<Field> find(Schema schema, String fieldName) {
    OptionalInt index = schema.findIndex(fieldName);
    return index.isPresent() ? Optional.of(schema.field(index.getAsInt())) : Optional.empty();
  }

  /**
   * The type of a field the source must have.
   *
   * @param fieldName the field name
   * @param usedAs what the field is used as, for the message, e.g. "dimension"
   * @return the field's type
   * @throws KpiException naming the fields the source has when it lacks this one
   */
  FieldType requireField(String fieldName, String usedAs) {
    return field(fieldName)
        .map(Field::type)
        .orElseThrow(
            () ->
                new KpiException(
                    usedAs + " '" + Excerpt.of(fieldName) + "' is not a field of source dataset '" + Excerpt.of(name)
                        + "', which has " + fieldNames(schema)
                        + ": use one of those or add the field to the source's schema"));
  }

  private static String fieldNames(Schema schema) {
    StringBuilder names = new StringBuilder();
    for (Field f : schema.fields()) {
      names.append(names.length() == 0 ? "" : ", ").append(Excerpt.of(f.name()));
    }
    return names.toString();
  }
}
