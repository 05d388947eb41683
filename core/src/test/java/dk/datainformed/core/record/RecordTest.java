package dk.datainformed.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.time.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordTest {

  private final Schema schema =
      Schema.of(
          Field.required("unit", FieldType.CATEGORY),
          Field.required("period", FieldType.PERIOD),
          Field.nullable("absence_days", FieldType.DECIMAL),
          Field.nullable("employees", FieldType.INTEGER),
          Field.nullable("updated", FieldType.TIMESTAMP));

  @Test
  void readsANumericFieldByAnIndexResolvedOnce() {
    RecordBuilder builder = Record.builder(schema);
    int days = schema.indexOf("absence_days");
    List<Record> rows = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      rows.add(
          builder
              .setText(0, "0042")
              .setPeriod(1, Period.parse("2024M0" + i))
              .setDouble(days, i * 0.5)
              .build());
    }
    double total = 0;
    for (Record r : rows) {
      if (!r.isNull(days)) {
        total += r.getDouble(days);
      }
    }
    assertThat(total).isEqualTo(5.0);
    assertThat(rows.get(3).getPeriod(1)).isEqualTo(Period.parse("2024M04"));
  }

  @Test
  void keepsTimestampsToTheMicrosecond() {
    Instant precise = Instant.parse("2024-03-01T08:15:30.123456789Z");
    Record r = Record.of(schema, "0042", Period.parse("2024"), null, null, precise);
    assertThat(r.getTimestamp(4)).isEqualTo(Instant.parse("2024-03-01T08:15:30.123456Z"));
    assertThat(r.getEpochMicros(4)).isEqualTo(1_709_280_930_123_456L);
    Instant beforeEpoch = Instant.parse("1969-12-31T23:59:59.999999Z");
    Record early =
        Record.builder(schema)
            .setText(0, "x")
            .setPeriod(1, Period.parse("1969"))
            .setTimestamp(4, beforeEpoch)
            .build();
    assertThat(early.getEpochMicros(4)).isEqualTo(-1L);
    assertThat(early.getTimestamp(4)).isEqualTo(beforeEpoch);
  }

  @Test
  void widensIntegersToDecimalsButNotBack() {
    RecordBuilder builder =
        Record.builder(schema).setText(0, "0042").setPeriod(1, Period.parse("2024"));
    Record r = builder.setLong(2, 3).setLong(3, 7).build();
    assertThat(r.getDouble(2)).isEqualTo(3.0);
    assertThat(r.getDouble(3)).isEqualTo(7.0);
    assertThat(r.getLong(3)).isEqualTo(7L);
    Record viaObjects = Record.of(schema, "0042", Period.parse("2024"), 3, 7, null);
    assertThat(viaObjects).isEqualTo(r);
    assertThat(
            Record.of(schema, "0042", Period.parse("2024"), new BigDecimal("2.25"), null, null)
                .getDouble(2))
        .isEqualTo(2.25);
  }

  @Test
  void buildStartsTheNextRowEmpty() {
    RecordBuilder builder = Record.builder(schema);
    Record first =
        builder.setText(0, "0042").setPeriod(1, Period.parse("2024")).setLong(3, 12).build();
    assertThatThrownBy(builder::build)
        .isInstanceOf(SchemaViolationException.class)
        .hasMessageContaining("'unit'");
    Record second = builder.setText(0, "0043").setPeriod(1, Period.parse("2025")).build();
    assertThat(second.isNull(3)).isTrue();
    assertThat(first.getLong(3)).isEqualTo(12);
    assertThat(first.getText(0)).isEqualTo("0042");
  }

  @Test
  void clearDiscardsTheValuesSet() {
    RecordBuilder builder = Record.builder(schema).setText(0, "0042").setLong(3, 5);
    builder.clear().setText(0, "0043").setPeriod(1, Period.parse("2024"));
    Record r = builder.build();
    assertThat(r.isNull(3)).isTrue();
    assertThat(r).isEqualTo(Record.of(schema, "0043", Period.parse("2024"), null, null, null));
  }

  @Test
  void settingNullAfterAValueLeavesNoValue() {
    Record r =
        Record.builder(schema)
            .setText(0, "0042")
            .setPeriod(1, Period.parse("2024"))
            .setDouble(2, 1.5)
            .setNull(2)
            .set("updated", Instant.EPOCH)
            .set("updated", null)
            .build();
    assertThat(r.isNull(2)).isTrue();
    assertThat(r.isNull(4)).isTrue();
    assertThat(r).isEqualTo(Record.of(schema, "0042", Period.parse("2024"), null, null, null));
  }

  @Test
  void tracksNullsBeyondTheSixtyFourthField() {
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < 130; i++) {
      fields.add(Field.nullable("f" + i, i % 2 == 0 ? FieldType.INTEGER : FieldType.TEXT));
    }
    Schema wide = Schema.of(fields);
    RecordBuilder builder = Record.builder(wide);
    for (int i = 0; i < 130; i += 3) {
      builder.set(i, i % 2 == 0 ? (Object) (long) i : "v" + i);
    }
    Record r = builder.build();
    for (int i = 0; i < 130; i++) {
      assertThat(r.isNull(i)).as("field %d", i).isEqualTo(i % 3 != 0);
      if (i % 3 == 0) {
        assertThat(r.value(i)).contains(i % 2 == 0 ? (Object) (long) i : "v" + i);
      }
    }
  }

  @Test
  void boxesValuesOnlyWhenAskedForAnObject() {
    Schema all =
        Schema.of(
            Field.required("b", FieldType.BOOLEAN),
            Field.required("d", FieldType.DATE),
            Field.nullable("n", FieldType.INTEGER));
    Record r = Record.of(all, true, LocalDate.of(2024, 2, 29), null);
    assertThat(r.value(0)).contains(Boolean.TRUE);
    assertThat(r.value(1)).contains(LocalDate.of(2024, 2, 29));
    assertThat(r.value(2)).isEqualTo(Optional.empty());
    assertThat(r.getEpochDay(1)).isEqualTo(LocalDate.of(2024, 2, 29).toEpochDay());
  }

  @Test
  void recordsOfDifferentSchemasAreNotEqual() {
    Schema a = Schema.of(Field.required("n", FieldType.INTEGER));
    Schema b = Schema.of(Field.nullable("n", FieldType.INTEGER));
    assertThat(Record.of(a, 1L)).isNotEqualTo(Record.of(b, 1L)).isEqualTo(Record.of(a, 1L));
  }

  @Test
  void showsValuesInToStringWithIdentifiersMasked() {
    Schema people =
        Schema.of(
            Field.required("person", FieldType.IDENTIFIER),
            Field.required("unit", FieldType.CATEGORY),
            Field.nullable("days", FieldType.DECIMAL));
    // A made-up CPR-shaped value; only its first six digits may be shown.
    Record r = Record.of(people, "0101901234", "0042", null);
    assertThat(r.toString()).isEqualTo("Record{person=010190-****, unit=0042, days=null}");
    assertThat(Record.of(people, "pseudo-9f2c", "0042", 2.5).toString())
        .isEqualTo("Record{person=****, unit=0042, days=2.5}");
  }

  @Test
  void describesTheSchema() {
    assertThat(schema.toString())
        .isEqualTo(
            "Schema[unit category, period period, absence_days decimal nullable,"
                + " employees integer nullable, updated timestamp nullable]");
    assertThat(schema.findIndex("employees")).hasValue(3);
    assertThat(schema.findIndex("Employees")).isEmpty();
    assertThat(schema.field(2)).isEqualTo(Field.nullable("absence_days", FieldType.DECIMAL));
    assertThat(schema.size()).isEqualTo(5);
  }
}
