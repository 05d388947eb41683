package dk.datainformed.core.record;

import dk.datainformed.core.id.Cpr;
import dk.datainformed.core.time.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One row that a connector emits and the KPI engine reads: a value (or no value) for each field of
 * its {@link Schema}. Immutable and safe to share between threads.
 *
 * <p>Records are built for streaming tens of millions of rows: numbers, booleans, dates and
 * timestamps are stored in one {@code long[]} (decimals as the bits of a {@code double}, dates as
 * epoch days, timestamps as epoch microseconds), text, identifiers, categories and periods in one
 * {@code Object[]}, and which fields hold no value in a bitset at the end of the {@code long[]}. A
 * record is three objects however many fields it has, and reading a number never allocates.
 *
 * <pre>{@code
 * int unit = schema.indexOf("unit");            // resolve names once
 * int hours = schema.indexOf("absence_hours");
 * double total = 0;
 * for (Record r : records) {                    // then read by index, row after row
 *   if (!r.isNull(hours)) {
 *     total += r.getDouble(hours);              // no boxing
 *   }
 * }
 * }</pre>
 *
 * <p>Each typed read checks the field's type and that it holds a value, and throws {@link
 * SchemaViolationException} otherwise: ask {@link #isNull(int)} first for nullable fields. Build
 * records with a {@link RecordBuilder} ({@link #builder(Schema)}) or, for a few rows, with {@link
 * #of(Schema, Object...)}.
 *
 * <p>{@link #toString()} shows {@link FieldType#IDENTIFIER}, {@link FieldType#CPR} and {@link
 * FieldType#PSEUDONYM} values masked, and masks anything CPR-like in any other value, as {@link
 * dk.datainformed.core.id.CprDetector#mask(CharSequence)} does.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Record {

  private final Schema schema;
  private final long[] primitives;
  private final Object[] references;

  Record(Schema schema, long[] primitives, Object[] references) {
    this.schema = schema;
    this.primitives = primitives;
    this.references = references;
  }

  /**
   * A reusable builder for records of a schema.
   *
   * <pre>{@code
   * RecordBuilder builder = Record.builder(schema);
   * Record r = builder.setText(0, "0042").setText(1, pseudonym).setDouble(2, 7.5).build();
   * }</pre>
   *
   * @param schema the schema of the records to build
   * @return a new builder with no values set
   */
  public static RecordBuilder builder(Schema schema) {
    return new RecordBuilder(schema);
  }

  /**
   * A record from one value per field, in schema order; convenient for tests and small data.
   *
   * <pre>{@code
   * Record r = Record.of(schema, "0042", "pseudonym-81f3", 7.5);
   * }</pre>
   *
   * @param schema the schema of the record
   * @param values one value per field, of the Java types that {@link RecordBuilder#set(int,
   *     Object)} takes; {@code null} for no value
   * @return the record
   * @throws SchemaViolationException when the number of values differs from the number of fields or
   *     a value does not fit its field
   */
  public static Record of(Schema schema, Object... values) {
    Objects.requireNonNull(values, "values");
    RecordBuilder builder = new RecordBuilder(schema);
    int size = schema.size();
    if (values.length < size) {
      Field missing = schema.field(values.length);
      throw new SchemaViolationException(
          missing.name(),
          String.format(
              "Field '%s' (%s) has no value: the row has %d values but the schema has %d fields;"
                  + " %s",
              missing.name(), missing.type().label(), values.length, size, schema.describeNames()));
    }
    if (values.length > size) {
      String last = schema.field(size - 1).name();
      throw new SchemaViolationException(
          last,
          String.format(
              "Value '%s' comes after the last field '%s': the row has %d values but the schema has"
                  + " %d fields; %s",
              Shown.value(null, values[size]), last, values.length, size, schema.describeNames()));
    }
    for (int i = 0; i < size; i++) {
      builder.set(i, values[i]);
    }
    return builder.build();
  }

  /**
   * The schema of this record.
   *
   * @return the schema
   */
  public Schema schema() {
    return schema;
  }

  /**
   * Whether the field holds no value.
   *
   * @param index the field's index in the schema
   * @return true when the field is null in this record
   * @throws IndexOutOfBoundsException when the index is outside the schema
   */
  public boolean isNull(int index) {
    Objects.checkIndex(index, schema.size());
    return (primitives[schema.primitiveSlots() + (index >>> 6)] & (1L << index)) == 0;
  }

  /**
   * The value of an {@link FieldType#INTEGER} field.
   *
   * @param index the field's index in the schema
   * @return the value
   * @throws SchemaViolationException when the field is not an integer field or holds no value
   */
  public long getLong(int index) {
    return primitives[valueSlot(index, FieldType.INTEGER, "getLong")];
  }

  /**
   * The value of a {@link FieldType#DECIMAL} field, or of an {@link FieldType#INTEGER} field
   * widened to a double (exact up to 2<sup>53</sup>).
   *
   * @param index the field's index in the schema
   * @return the value, always finite
   * @throws SchemaViolationException when the field is not a decimal or integer field or holds no
   *     value
   */
  public double getDouble(int index) {
    FieldType type = schema.type(index);
    if (type == FieldType.INTEGER) {
      return primitives[valueSlot(index, FieldType.INTEGER, "getDouble")];
    }
    return Double.longBitsToDouble(primitives[valueSlot(index, FieldType.DECIMAL, "getDouble")]);
  }

  /**
   * The value of a {@link FieldType#BOOLEAN} field.
   *
   * @param index the field's index in the schema
   * @return the value
   * @throws SchemaViolationException when the field is not a boolean field or holds no value
   */
  public boolean getBoolean(int index) {
    return primitives[valueSlot(index, FieldType.BOOLEAN, "getBoolean")] != 0;
  }

  /**
   * The value of a {@link FieldType#DATE} field.
   *
   * @param index the field's index in the schema
   * @return the date
   * @throws SchemaViolationException when the field is not a date field or holds no value
   */
  public LocalDate getDate(int index) {
    return LocalDate.ofEpochDay(primitives[valueSlot(index, FieldType.DATE, "getDate")]);
  }

  /**
   * The value of a {@link FieldType#DATE} field as days since 1970-01-01, without allocating.
   *
   * @param index the field's index in the schema
   * @return the epoch day
   * @throws SchemaViolationException when the field is not a date field or holds no value
   */
  public long getEpochDay(int index) {
    return primitives[valueSlot(index, FieldType.DATE, "getEpochDay")];
  }

  /**
   * The value of a {@link FieldType#TIMESTAMP} field.
   *
   * @param index the field's index in the schema
   * @return the instant, to the microsecond
   * @throws SchemaViolationException when the field is not a timestamp field or holds no value
   */
  public Instant getTimestamp(int index) {
    long micros = primitives[valueSlot(index, FieldType.TIMESTAMP, "getTimestamp")];
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }

  /**
   * The value of a {@link FieldType#TIMESTAMP} field as microseconds since 1970-01-01T00:00:00Z,
   * without allocating.
   *
   * @param index the field's index in the schema
   * @return the epoch microseconds
   * @throws SchemaViolationException when the field is not a timestamp field or holds no value
   */
  public long getEpochMicros(int index) {
    return primitives[valueSlot(index, FieldType.TIMESTAMP, "getEpochMicros")];
  }

  /**
   * The value of a {@link FieldType#TEXT}, {@link FieldType#IDENTIFIER}, {@link
   * FieldType#CATEGORY} or {@link FieldType#PSEUDONYM} field.
   *
   * @param index the field's index in the schema
   * @return the text
   * @throws SchemaViolationException when the field is not a text, identifier, category or
   *     pseudonym field or holds no value
   */
  public String getText(int index) {
    FieldType type = schema.type(index);
    FieldType expected =
        type == FieldType.IDENTIFIER || type == FieldType.CATEGORY || type == FieldType.PSEUDONYM
            ? type
            : FieldType.TEXT;
    return (String) references[valueSlot(index, expected, "getText")];
  }

  /**
   * The value of a {@link FieldType#CPR} field.
   *
   * <p>The number is personal data: pseudonymise it at ingest rather than passing it on. Its {@code
   * toString()} is masked.
   *
   * @param index the field's index in the schema
   * @return the CPR number
   * @throws SchemaViolationException when the field is not a cpr field or holds no value
   */
  public Cpr getCpr(int index) {
    return (Cpr) references[valueSlot(index, FieldType.CPR, "getCpr")];
  }

  /**
   * The value of a {@link FieldType#PERIOD} field.
   *
   * @param index the field's index in the schema
   * @return the period
   * @throws SchemaViolationException when the field is not a period field or holds no value
   */
  public Period getPeriod(int index) {
    return (Period) references[valueSlot(index, FieldType.PERIOD, "getPeriod")];
  }

  /**
   * The value of any field as an object, for generic code such as writers: a {@code Long}, {@code
   * Double}, {@code Boolean}, {@code LocalDate}, {@code Instant}, {@code String}, {@code Period} or
   * {@code Cpr} (see {@link FieldType}). This boxes; use the typed reads in loops over many rows.
   *
   * @param index the field's index in the schema
   * @return the value, or empty when the field holds no value
   * @throws IndexOutOfBoundsException when the index is outside the schema
   */
  public Optional<Object> value(int index) {
    if (isNull(index)) {
      return Optional.empty();
    }
    switch (schema.type(index)) {
      case INTEGER:
        return Optional.of(getLong(index));
      case DECIMAL:
        return Optional.of(getDouble(index));
      case BOOLEAN:
        return Optional.of(getBoolean(index));
      case DATE:
        return Optional.of(getDate(index));
      case TIMESTAMP:
        return Optional.of(getTimestamp(index));
      default:
        return Optional.of(references[schema.slot(index)]);
    }
  }

  /** The slot of a field that must have the expected type and hold a value. */
  private int valueSlot(int index, FieldType expected, String read) {
    FieldType type = schema.type(index);
    if (type != expected) {
      Field field = schema.field(index);
      throw new SchemaViolationException(
          field.name(),
          String.format(
              "Field '%s' is %s, so %s cannot read it; %s does",
              field.name(), type.label(), read, RecordBuilder.readerFor(type)));
    }
    if ((primitives[schema.primitiveSlots() + (index >>> 6)] & (1L << index)) == 0) {
      Field field = schema.field(index);
      throw new SchemaViolationException(
          field.name(),
          String.format(
              "Field '%s' (%s) holds no value in this record; ask isNull(%d) before %s",
              field.name(), type.label(), index, read));
    }
    return schema.slot(index);
  }

  /**
   * Two records are equal when they have equal schemas and equal values; decimals compare as {@link
   * Double#equals(Object)} does.
   *
   * @param other the object to compare with
   * @return whether the other is an equal record
   */
  @Override
  public boolean equals(Object other) {
    if (other == this) {
      return true;
    }
    return other instanceof Record r
        && r.schema.equals(schema)
        && Arrays.equals(r.primitives, primitives)
        && Arrays.equals(r.references, references);
  }

  @Override
  public int hashCode() {
    return (schema.hashCode() * 31 + Arrays.hashCode(primitives)) * 31
        + Arrays.hashCode(references);
  }

  /**
   * The record as text, e.g. {@code Record{unit=0042, person=010190-****, absence_hours=7.5}}, with
   * identifiers masked.
   *
   * @return a description safe for logs
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Record{");
    for (int i = 0; i < schema.size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(schema.field(i).name()).append('=');
      text.append(isNull(i) ? "null" : Shown.value(schema.type(i), value(i).orElseThrow()));
    }
    return text.append('}').toString();
  }
}
