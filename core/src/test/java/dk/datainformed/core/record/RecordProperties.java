package dk.datainformed.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.core.id.Cpr;
import dk.datainformed.core.record.RecordArbitraries.Row;
import dk.datainformed.core.time.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RecordProperties {

  @Provide
  Arbitrary<Row> rows() {
    return RecordArbitraries.schemasWithRows();
  }

  @Property
  void typedAccessorsReadBackTheValuesSet(@ForAll("rows") Row row) {
    Record record = buildWithTypedSetters(row);
    for (int i = 0; i < row.schema().size(); i++) {
      Object expected = row.values().get(i);
      assertThat(record.isNull(i)).isEqualTo(expected == null);
      assertThat(record.value(i)).isEqualTo(Optional.ofNullable(expected));
      if (expected != null) {
        assertThat(readTyped(record, i)).isEqualTo(expected);
      }
    }
  }

  @Property
  void genericSetBuildsTheSameRecordAsTypedSetters(@ForAll("rows") Row row) {
    Record typed = buildWithTypedSetters(row);
    Record generic = Record.of(row.schema(), row.array());
    assertThat(generic).isEqualTo(typed);
    assertThat(generic.hashCode()).isEqualTo(typed.hashCode());
  }

  @Property
  void equalValuesGiveEqualRecordsAndHashCodes(@ForAll("rows") Row row) {
    RecordBuilder builder = Record.builder(row.schema());
    Record first = fill(builder, row).build();
    Record second = fill(builder, row).build();
    assertThat(second).isNotSameAs(first).isEqualTo(first);
    assertThat(second.hashCode()).isEqualTo(first.hashCode());
    assertThat(first).isEqualTo(first).isNotEqualTo(null);
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void changingOneValueGivesAnUnequalRecord(
      @ForAll("rows") Row row, @ForAll @IntRange(min = 0, max = 69) int pick) {
    int index = pick % row.schema().size();
    List<Object> changed = new ArrayList<>(row.values());
    changed.set(index, otherValue(row.schema().field(index).type(), changed.get(index)));
    Record original = Record.of(row.schema(), row.array());
    Record other = Record.of(row.schema(), changed.toArray());
    assertThat(other).isNotEqualTo(original);
    assertThat(original).isNotEqualTo(other);
  }

  @Property
  void aReusedBuilderNeverChangesRecordsItBuilt(@ForAll("rows") Row row) {
    RecordBuilder builder = Record.builder(row.schema());
    Record first = fill(builder, row).build();
    Record copy = Record.of(row.schema(), row.array());
    for (int i = 0; i < row.schema().size(); i++) {
      if (row.schema().field(i).nullable()) {
        builder.setNull(i);
      } else {
        builder.set(i, otherValue(row.schema().field(i).type(), row.values().get(i)));
      }
    }
    builder.build();
    assertThat(first).isEqualTo(copy);
  }

  @Property
  void toStringNamesEveryField(@ForAll("rows") Row row) {
    String text = Record.of(row.schema(), row.array()).toString();
    for (Field field : row.schema().fields()) {
      assertThat(text).contains(field.name() + "=");
    }
  }

  static Record buildWithTypedSetters(Row row) {
    return fill(Record.builder(row.schema()), row).build();
  }

  static RecordBuilder fill(RecordBuilder builder, Row row) {
    Schema schema = row.schema();
    for (int i = 0; i < schema.size(); i++) {
      Object value = row.values().get(i);
      if (value == null) {
        builder.setNull(i);
        continue;
      }
      switch (schema.field(i).type()) {
        case INTEGER:
          builder.setLong(i, (Long) value);
          break;
        case DECIMAL:
          builder.setDouble(i, (Double) value);
          break;
        case BOOLEAN:
          builder.setBoolean(i, (Boolean) value);
          break;
        case DATE:
          builder.setEpochDay(i, ((LocalDate) value).toEpochDay());
          break;
        case TIMESTAMP:
          builder.setTimestamp(i, (Instant) value);
          break;
        case PERIOD:
          builder.setPeriod(i, (Period) value);
          break;
        case CPR:
          builder.setCpr(i, (Cpr) value);
          break;
        default:
          builder.setText(i, (String) value);
          break;
      }
    }
    return builder;
  }

  static Object readTyped(Record record, int i) {
    switch (record.schema().field(i).type()) {
      case INTEGER:
        assertThat(record.getDouble(i)).isEqualTo((double) record.getLong(i));
        return record.getLong(i);
      case DECIMAL:
        return record.getDouble(i);
      case BOOLEAN:
        return record.getBoolean(i);
      case DATE:
        assertThat(record.getEpochDay(i)).isEqualTo(record.getDate(i).toEpochDay());
        return record.getDate(i);
      case TIMESTAMP:
        Instant instant = record.getTimestamp(i);
        assertThat(record.getEpochMicros(i))
            .isEqualTo(instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000);
        return instant;
      case PERIOD:
        return record.getPeriod(i);
      case CPR:
        return record.getCpr(i);
      default:
        return record.getText(i);
    }
  }

  /** A value of the same type that differs from the given one (which may be null). */
  static Object otherValue(FieldType type, Object value) {
    switch (type) {
      case INTEGER:
        return value == null ? 1L : (Long) value + 1;
      case DECIMAL:
        return value == null ? 1.0 : -(Double) value;
      case BOOLEAN:
        return value == null || !(Boolean) value;
      case DATE:
        LocalDate date = value == null ? LocalDate.MAX : (LocalDate) value;
        return date.equals(LocalDate.MAX) ? LocalDate.MIN : date.plusDays(1);
      case TIMESTAMP:
        Instant instant = value == null ? Instant.EPOCH : (Instant) value;
        return instant.getEpochSecond() > 0 ? instant.minusNanos(1_000) : instant.plusNanos(1_000);
      case PERIOD:
        return value == null ? Period.parse("2024K1") : ((Period) value).next();
      case CPR:
        return Cpr.parse("0101901234").equals(value) ? Cpr.parse("0202902345") : Cpr.parse("0101901234");
      default:
        return value == null ? "x" : value + "x";
    }
  }
}
