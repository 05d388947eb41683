package dk.datainformed.core.record;

import dk.datainformed.core.ParseResult;
import dk.datainformed.core.id.Cpr;
import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.time.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * Builds the {@link Record}s of one {@link Schema}, row after row, with one builder per connector
 * run.
 *
 * <p>Set a value for each field by index, then {@link #build()}: the builder hands its storage to
 * the new record (no copy) and starts the next row empty. Fields not set hold no value, which
 * {@code build()} rejects for fields that are not nullable. Every setter checks the field's type at
 * once and throws {@link SchemaViolationException}, naming the field and the value (masked for
 * identifiers); after a violation, {@link #clear()} the row or set the value again.
 *
 * <pre>{@code
 * Schema schema = Schema.of(
 *     Field.required("unit", FieldType.CATEGORY),
 *     Field.required("person", FieldType.IDENTIFIER),
 *     Field.nullable("absence_hours", FieldType.DECIMAL));
 * RecordBuilder builder = Record.builder(schema);
 * for (Row row : source) {
 *   sink.accept(builder
 *       .setText(0, row.unit())
 *       .setText(1, row.pseudonym())
 *       .setDouble(2, row.hours())
 *       .build());
 * }
 * }</pre>
 *
 * <p>A builder is not thread-safe: use one per thread. The records it builds are immutable.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RecordBuilder {

  private static final Object[] NO_REFERENCES = new Object[0];
  private static final long MIN_EPOCH_DAY = LocalDate.MIN.toEpochDay();
  private static final long MAX_EPOCH_DAY = LocalDate.MAX.toEpochDay();
  private static final long MICROS_PER_SECOND = 1_000_000L;

  private final Schema schema;
  private final int presenceBase;
  private long[] primitives;
  private Object[] references;

  RecordBuilder(Schema schema) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.presenceBase = schema.primitiveSlots();
    fresh();
  }

  private void fresh() {
    primitives = new long[schema.primitiveArrayLength()];
    references = schema.referenceSlots() == 0 ? NO_REFERENCES : new Object[schema.referenceSlots()];
  }

  /**
   * The schema of the records this builder builds.
   *
   * @return the schema
   */
  public Schema schema() {
    return schema;
  }

  /**
   * Sets an {@link FieldType#INTEGER} field, or a {@link FieldType#DECIMAL} field to the value as a
   * double.
   *
   * @param index the field's index in the schema
   * @param value the value
   * @return this builder
   * @throws SchemaViolationException when the field is neither integer nor decimal
   */
  public RecordBuilder setLong(int index, long value) {
    FieldType type = schema.type(index);
    if (type == FieldType.INTEGER) {
      return put(index, value);
    }
    if (type == FieldType.DECIMAL) {
      return put(index, Double.doubleToRawLongBits(value));
    }
    throw wrongType(index, value);
  }

  /**
   * Sets a {@link FieldType#DECIMAL} field.
   *
   * @param index the field's index in the schema
   * @param value the value, finite
   * @return this builder
   * @throws SchemaViolationException when the field is not decimal or the value is NaN or infinite
   */
  public RecordBuilder setDouble(int index, double value) {
    if (schema.type(index) != FieldType.DECIMAL) {
      throw wrongType(index, value);
    }
    if (!Double.isFinite(value)) {
      throw violation(index, value, "a decimal field takes finite numbers only");
    }
    return put(index, Double.doubleToRawLongBits(value));
  }

  /**
   * Sets a {@link FieldType#BOOLEAN} field.
   *
   * @param index the field's index in the schema
   * @param value the value
   * @return this builder
   * @throws SchemaViolationException when the field is not boolean
   */
  public RecordBuilder setBoolean(int index, boolean value) {
    if (schema.type(index) != FieldType.BOOLEAN) {
      throw wrongType(index, value);
    }
    return put(index, value ? 1L : 0L);
  }

  /**
   * Sets a {@link FieldType#DATE} field.
   *
   * @param index the field's index in the schema
   * @param value the date; {@code null} for no value
   * @return this builder
   * @throws SchemaViolationException when the field is not a date field, or the value is null and
   *     the field is not nullable
   */
  public RecordBuilder setDate(int index, LocalDate value) {
    if (schema.type(index) != FieldType.DATE) {
      throw wrongType(index, value);
    }
    return value == null ? setNull(index) : put(index, value.toEpochDay());
  }

  /**
   * Sets a {@link FieldType#DATE} field from days since 1970-01-01, without a {@code LocalDate}.
   *
   * @param index the field's index in the schema
   * @param epochDay the epoch day, within the range of {@code LocalDate}
   * @return this builder
   * @throws SchemaViolationException when the field is not a date field or the day is out of range
   */
  public RecordBuilder setEpochDay(int index, long epochDay) {
    if (schema.type(index) != FieldType.DATE) {
      throw wrongType(index, epochDay);
    }
    if (epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
      throw violation(index, epochDay, "the epoch day is outside the range of LocalDate");
    }
    return put(index, epochDay);
  }

  /**
   * Sets a {@link FieldType#TIMESTAMP} field, dropping any part finer than a microsecond.
   *
   * @param index the field's index in the schema
   * @param value the instant; {@code null} for no value
   * @return this builder
   * @throws SchemaViolationException when the field is not a timestamp field, the instant is beyond
   *     about 290,000 years from 1970, or the value is null and the field is not nullable
   */
  public RecordBuilder setTimestamp(int index, Instant value) {
    if (schema.type(index) != FieldType.TIMESTAMP) {
      throw wrongType(index, value);
    }
    if (value == null) {
      return setNull(index);
    }
    long seconds = value.getEpochSecond();
    long micros;
    try {
      // As Instant.toEpochMilli does: for negative seconds, step one second closer to zero first,
      // so that the earliest representable microsecond does not overflow on the way.
      micros =
          seconds < 0
              ? Math.addExact(
                  Math.multiplyExact(seconds + 1, MICROS_PER_SECOND),
                  value.getNano() / 1_000L - MICROS_PER_SECOND)
              : Math.addExact(
                  Math.multiplyExact(seconds, MICROS_PER_SECOND), value.getNano() / 1_000L);
    } catch (ArithmeticException e) {
      throw violation(index, value, "the instant is too far from 1970 to count in microseconds");
    }
    return put(index, micros);
  }

  /**
   * Sets a {@link FieldType#TIMESTAMP} field from microseconds since 1970-01-01T00:00:00Z.
   *
   * @param index the field's index in the schema
   * @param epochMicros the epoch microseconds
   * @return this builder
   * @throws SchemaViolationException when the field is not a timestamp field
   */
  public RecordBuilder setEpochMicros(int index, long epochMicros) {
    if (schema.type(index) != FieldType.TIMESTAMP) {
      throw wrongType(index, epochMicros);
    }
    return put(index, epochMicros);
  }

  /**
   * Sets a {@link FieldType#TEXT}, {@link FieldType#IDENTIFIER}, {@link FieldType#CATEGORY} or
   * {@link FieldType#PSEUDONYM} field.
   *
   * @param index the field's index in the schema
   * @param value the text; {@code null} for no value
   * @return this builder
   * @throws SchemaViolationException when the field holds no text, the value is null and the field
   *     is not nullable, or the field is a pseudonym field and the value holds a CPR number
   */
  public RecordBuilder setText(int index, String value) {
    FieldType type = schema.type(index);
    if (type == FieldType.PSEUDONYM) {
      if (value != null && !CprDetector.find(value).isEmpty()) {
        throw violation(index, value, "a pseudonym field takes pseudonyms, and this value holds a"
            + " CPR number; declare the field as cpr and pseudonymise it at ingest (the pipeline"
            + " does, or privacy's RecordPseudonymiser)");
      }
    } else if (type != FieldType.TEXT && type != FieldType.IDENTIFIER && type != FieldType.CATEGORY) {
      throw wrongType(index, value);
    }
    return value == null ? setNull(index) : putReference(index, value);
  }

  /**
   * Sets a {@link FieldType#CPR} field.
   *
   * @param index the field's index in the schema
   * @param value the CPR number; {@code null} for no value
   * @return this builder
   * @throws SchemaViolationException when the field is not a cpr field, or the value is null and
   *     the field is not nullable
   */
  public RecordBuilder setCpr(int index, Cpr value) {
    if (schema.type(index) != FieldType.CPR) {
      throw wrongType(index, value);
    }
    return value == null ? setNull(index) : putReference(index, value);
  }

  /**
   * Sets a {@link FieldType#PERIOD} field.
   *
   * @param index the field's index in the schema
   * @param value the period; {@code null} for no value
   * @return this builder
   * @throws SchemaViolationException when the field is not a period field, or the value is null and
   *     the field is not nullable
   */
  public RecordBuilder setPeriod(int index, Period value) {
    if (schema.type(index) != FieldType.PERIOD) {
      throw wrongType(index, value);
    }
    return value == null ? setNull(index) : putReference(index, value);
  }

  /**
   * Leaves a nullable field without a value.
   *
   * @param index the field's index in the schema
   * @return this builder
   * @throws SchemaViolationException when the field is not nullable
   */
  public RecordBuilder setNull(int index) {
    if (!schema.isNullable(index)) {
      throw violation(index, null, "the field is not nullable");
    }
    clearField(index);
    return this;
  }

  /**
   * Sets any field from an object, for generic code such as a CSV or JSON reader. Each type takes
   * the Java values listed here and nothing else; {@code null} means no value.
   *
   * <ul>
   *   <li>text, identifier, category, pseudonym: {@code String} (a pseudonym without a CPR number
   *       in it)
   *   <li>cpr: {@code Cpr}, or a {@code String} that {@link Cpr#tryParse(String)} accepts; a
   *       rejected string is reported masked, with the reason
   *   <li>integer: {@code Long}, {@code Integer}, {@code Short}, {@code Byte}
   *   <li>decimal: those, {@code Double}, {@code Float}, or {@code BigDecimal} (rounded to the
   *       nearest double)
   *   <li>boolean: {@code Boolean}; date: {@code LocalDate}; timestamp: {@code Instant}; period:
   *       {@code Period}
   * </ul>
   *
   * @param index the field's index in the schema
   * @param value the value, or {@code null}
   * @return this builder
   * @throws SchemaViolationException when the value's Java type does not fit the field, or the
   *     value is null and the field is not nullable
   */
  public RecordBuilder set(int index, Object value) {
    if (value == null) {
      return setNull(index);
    }
    switch (schema.type(index)) {
      case INTEGER:
        if (isWhole(value)) {
          return setLong(index, ((Number) value).longValue());
        }
        break;
      case DECIMAL:
        if (isWhole(value)) {
          return setLong(index, ((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
          return setDouble(index, ((Number) value).doubleValue());
        }
        break;
      case BOOLEAN:
        if (value instanceof Boolean b) {
          return setBoolean(index, b);
        }
        break;
      case DATE:
        if (value instanceof LocalDate d) {
          return setDate(index, d);
        }
        break;
      case TIMESTAMP:
        if (value instanceof Instant t) {
          return setTimestamp(index, t);
        }
        break;
      case PERIOD:
        if (value instanceof Period p) {
          return setPeriod(index, p);
        }
        break;
      case CPR:
        if (value instanceof Cpr c) {
          return setCpr(index, c);
        }
        if (value instanceof String s) {
          ParseResult<Cpr> cpr = Cpr.tryParse(s);
          if (cpr.toOptional().isEmpty()) {
            throw violation(index, s, "not a CPR number: " + cpr.failure().orElseThrow());
          }
          return setCpr(index, cpr.toOptional().get());
        }
        break;
      default:
        if (value instanceof String s) {
          return setText(index, s);
        }
        break;
    }
    throw wrongType(index, value);
  }

  /**
   * Sets a field by name; see {@link #set(int, Object)}. This looks the name up on every call: in a
   * loop over many rows, resolve the index once with {@link Schema#indexOf(String)}.
   *
   * @param name the field name
   * @param value the value, or {@code null}
   * @return this builder
   * @throws SchemaViolationException when the schema has no such field or the value does not fit
   */
  public RecordBuilder set(String name, Object value) {
    Objects.requireNonNull(name, "name");
    OptionalInt index = schema.findIndex(name);
    if (index.isEmpty()) {
      String shown = Shown.clip(name);
      throw new SchemaViolationException(
          shown,
          String.format(
              "Field '%s' is not in the schema, so it cannot hold '%s': %s",
              shown, Shown.value(null, value), schema.describeNames()));
    }
    return set(index.getAsInt(), value);
  }

  /**
   * Builds the record from the values set, and starts the next row with no values.
   *
   * @return the record
   * @throws SchemaViolationException when a field that is not nullable has no value; the values set
   *     are kept, so the row can be completed and built again
   */
  public Record build() {
    for (int i = 0; i < schema.size(); i++) {
      if (!schema.isNullable(i) && !present(i)) {
        throw violation(i, null, "the field is not nullable and no value was set");
      }
    }
    Record record = new Record(schema, primitives, references);
    fresh();
    return record;
  }

  /**
   * Discards the values set so far, for example after a row was rejected.
   *
   * @return this builder, with no values set
   */
  public RecordBuilder clear() {
    Arrays.fill(primitives, 0L);
    Arrays.fill(references, null);
    return this;
  }

  private static boolean isWhole(Object value) {
    return value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte;
  }

  private boolean present(int index) {
    return (primitives[presenceBase + (index >>> 6)] & (1L << index)) != 0;
  }

  private RecordBuilder put(int index, long bits) {
    primitives[schema.slot(index)] = bits;
    primitives[presenceBase + (index >>> 6)] |= 1L << index;
    return this;
  }

  private RecordBuilder putReference(int index, Object value) {
    references[schema.slot(index)] = value;
    primitives[presenceBase + (index >>> 6)] |= 1L << index;
    return this;
  }

  private void clearField(int index) {
    if (schema.type(index).primitive()) {
      primitives[schema.slot(index)] = 0L;
    } else {
      references[schema.slot(index)] = null;
    }
    primitives[presenceBase + (index >>> 6)] &= ~(1L << index);
  }

  private SchemaViolationException wrongType(int index, Object value) {
    FieldType type = schema.type(index);
    String got = value == null ? "null" : "a " + Shown.javaType(value);
    return violation(index, value, "expected " + type.accepted() + ", got " + got);
  }

  private SchemaViolationException violation(int index, Object value, String reason) {
    Field field = schema.field(index);
    return new SchemaViolationException(
        field.name(),
        String.format(
            "Field '%s' (%s) rejects '%s': %s",
            field.name(), field.type().label(), Shown.value(field.type(), value), reason));
  }

  /** The typed read for a field type, for messages. */
  static String readerFor(FieldType type) {
    switch (type) {
      case INTEGER:
        return "getLong";
      case DECIMAL:
        return "getDouble";
      case BOOLEAN:
        return "getBoolean";
      case DATE:
        return "getDate";
      case TIMESTAMP:
        return "getTimestamp";
      case PERIOD:
        return "getPeriod";
      case CPR:
        return "getCpr";
      default:
        return "getText";
    }
  }
}
