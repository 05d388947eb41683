package dk.datainformed.core.record;

import dk.datainformed.core.id.Cpr;
import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;

/**
 * Random schemas and rows for the properties. Identifier values are pseudonym-like, never ten
 * digits, so that no test output can hold something that looks like a CPR number.
 */
final class RecordArbitraries {

  private RecordArbitraries() {}

  static Arbitrary<String> fieldNames() {
    Arbitrary<Character> first =
        Arbitraries.chars().range('a', 'z').range('A', 'Z').with('_', 'æ', 'ø', 'å', 'Æ', 'Ø', 'Å');
    Arbitrary<String> rest =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('0', '9')
            .withChars('_', 'ø')
            .ofMaxLength(20);
    return Combinators.combine(first, rest).as((f, r) -> f + r);
  }

  static Arbitrary<Field> fields() {
    return Combinators.combine(
            fieldNames(), Arbitraries.of(FieldType.class), Arbitraries.of(true, false))
        .as(Field::new);
  }

  /**
   * Schemas of 1 to 70 fields, mostly small, some needing more than one 64-bit word of null bits.
   */
  static Arbitrary<Schema> schemas() {
    return fields()
        .list()
        .ofMinSize(1)
        .ofMaxSize(70)
        .withSizeDistribution(RandomDistribution.biased())
        .uniqueElements(f -> f.name().toLowerCase(Locale.ROOT))
        .map(Schema::of);
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  static Arbitrary<Period> periods() {
    Arbitrary<LocalDate> supported =
        Arbitraries.longs()
            .between(LocalDate.of(1003, 1, 1).toEpochDay(), LocalDate.of(9996, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    return Combinators.combine(Arbitraries.of(Grain.class), supported).as(Period::of);
  }

  /** A value of the Java type that the field type reads back as, never null. */
  static Arbitrary<Object> values(FieldType type) {
    switch (type) {
      case TEXT:
        return Arbitraries.strings().ofMaxLength(30).map(s -> s);
      case INTEGER:
        return Arbitraries.longs().map(v -> v);
      case DECIMAL:
        return Arbitraries.doubles().map(v -> v);
      case BOOLEAN:
        return Arbitraries.of(true, false).map(v -> v);
      case DATE:
        return dates().map(v -> v);
      case TIMESTAMP:
        return Arbitraries.longs()
            .map(
                micros ->
                    Instant.EPOCH
                        .plusSeconds(Math.floorDiv(micros, 1_000_000L))
                        .plusNanos(Math.floorMod(micros, 1_000_000L) * 1_000L));
      case PERIOD:
        return periods().map(v -> v);
      case IDENTIFIER:
        return Arbitraries.strings().withCharRange('a', 'f').ofLength(12).map(s -> "pseudo-" + s);
      case CATEGORY:
        return Arbitraries.of("0042", "0101", "B&U", "Ældre", "27.15.00").map(v -> v);
      case CPR:
        return cprs().map(v -> v);
      case PSEUDONYM:
        return Arbitraries.strings().withCharRange('a', 'z').ofLength(32).map(v -> v);
      default:
        throw new IllegalArgumentException("no arbitrary for " + type);
    }
  }

  /** Obviously synthetic CPR numbers of every kind: regular, replacement (day + 60), eCPR. */
  static Arbitrary<Cpr> cprs() {
    return Arbitraries.of("0101901234", "0202902345", "6101901234", "0101011AB4", "3112991238")
        .map(Cpr::parse);
  }

  /** A row for a schema: one value per field, null in a fifth of the nullable fields. */
  static Arbitrary<List<Object>> rows(Schema schema) {
    List<Arbitrary<Object>> cells = new ArrayList<>();
    for (Field field : schema.fields()) {
      Arbitrary<Object> values = values(field.type());
      cells.add(field.nullable() ? values.injectNull(0.2) : values);
    }
    return Combinators.combine(cells).as(ArrayList::new);
  }

  /** A schema with a row that fits it. */
  static Arbitrary<Row> schemasWithRows() {
    return schemas().flatMap(schema -> rows(schema).map(values -> new Row(schema, values)));
  }

  /** A schema and one value per field. */
  record Row(Schema schema, List<Object> values) {
    Object[] array() {
      return values.toArray();
    }

    @Override
    public String toString() {
      return schema + " " + Arrays.toString(array());
    }
  }
}
