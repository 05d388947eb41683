package dk.datainformed.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.datainformed.core.DatainformedException;
import dk.datainformed.core.InvalidValueException;
import dk.datainformed.core.time.Period;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Every way a row or a read can fail to fit its schema, and what the message says. The CPR-like
 * values below are made up; the tests check that they never appear whole in a message.
 */
class SchemaViolationTest {

  private static final String CPR_LIKE = "2512901234";
  private static final String CPR_MASKED = "251290-****";
  private static final String TEN_DIGITS = "\\d{10}";

  private final Schema schema =
      Schema.of(
          Field.required("unit", FieldType.CATEGORY),
          Field.required("person", FieldType.IDENTIFIER),
          Field.nullable("hours", FieldType.DECIMAL),
          Field.nullable("started", FieldType.TIMESTAMP),
          Field.required("period", FieldType.PERIOD),
          Field.nullable("note", FieldType.TEXT),
          Field.required("count", FieldType.INTEGER),
          Field.nullable("active", FieldType.BOOLEAN),
          Field.nullable("born", FieldType.DATE));

  private final RecordBuilder builder = Record.builder(schema);

  private SchemaViolationException violation(Runnable action) {
    SchemaViolationException e = catchThrowableOfType(SchemaViolationException.class, action::run);
    assertThat(e).as("expected a SchemaViolationException").isNotNull();
    assertThat(e.getMessage()).doesNotContainPattern(TEN_DIGITS).doesNotContain(CPR_LIKE);
    return e;
  }

  @Test
  void rejectsAValueOfTheWrongTypeNamingFieldAndValue() {
    SchemaViolationException e = violation(() -> builder.set(2, "7,5"));
    assertThat(e.field()).isEqualTo("hours");
    assertThat(e.getMessage())
        .isEqualTo(
            "Field 'hours' (decimal) rejects '7,5': expected a number (Double, Float, Long,"
                + " Integer, Short, Byte or BigDecimal), got a String");
  }

  @Test
  void rejectsATypedSetterThatDoesNotFitTheField() {
    SchemaViolationException e = violation(() -> builder.setBoolean(6, true));
    assertThat(e.field()).isEqualTo("count");
    assertThat(e.getMessage()).contains("'count' (integer)", "'true'", "got a Boolean");
    assertThat(violation(() -> builder.setDouble(6, 1.5)).getMessage())
        .contains("'count' (integer)", "'1.5'");
    assertThat(violation(() -> builder.setText(4, "2024K1")).getMessage())
        .contains("'period' (period)", "'2024K1'", "expected a Period");
  }

  @Test
  void showsAnIdentifierOfTheWrongTypeMasked() {
    SchemaViolationException e = violation(() -> builder.set(1, Long.parseLong(CPR_LIKE)));
    assertThat(e.field()).isEqualTo("person");
    assertThat(e.getMessage()).contains("'person' (identifier)", "'" + CPR_MASKED + "'", "Long");
    assertThat(violation(() -> builder.setLong(1, Long.parseLong(CPR_LIKE))).getMessage())
        .contains(CPR_MASKED);
  }

  @Test
  void masksACprLikeValueEvenInAFieldThatIsNotAnIdentifier() {
    SchemaViolationException e = violation(() -> builder.set(5, Long.parseLong(CPR_LIKE)));
    assertThat(e.getMessage()).contains("'note' (text)", CPR_MASKED);
  }

  @Test
  void rejectsNullInAFieldThatIsNotNullable() {
    SchemaViolationException e = violation(() -> builder.setNull(0));
    assertThat(e.field()).isEqualTo("unit");
    assertThat(e.getMessage())
        .isEqualTo("Field 'unit' (category) rejects '<null>': the field is not nullable");
    assertThat(violation(() -> builder.set(1, null)).getMessage()).contains("'person'", "<null>");
    assertThat(violation(() -> builder.setText(1, null)).getMessage()).contains("'person'");
    assertThat(violation(() -> builder.setPeriod(4, null)).getMessage()).contains("'period'");
  }

  @Test
  void rejectsARowThatLeavesARequiredFieldUnset() {
    builder.setText(0, "0042").setText(1, CPR_LIKE).setPeriod(4, Period.parse("2024K1"));
    SchemaViolationException e = violation(builder::build);
    assertThat(e.field()).isEqualTo("count");
    assertThat(e.getMessage())
        .isEqualTo(
            "Field 'count' (integer) rejects '<null>': the field is not nullable and no value was"
                + " set");
    assertThat(builder.setLong(6, 3).build().getLong(6)).isEqualTo(3);
  }

  @Test
  void rejectsAnUnknownFieldNameNamingItAndTheFieldsThereAre() {
    SchemaViolationException e = violation(() -> schema.indexOf("enhed"));
    assertThat(e.field()).isEqualTo("enhed");
    assertThat(e.getMessage())
        .startsWith("Field 'enhed' is not in the schema")
        .contains("its fields are unit, person, hours");
  }

  @Test
  void showsTheValueForAnUnknownFieldMasked() {
    SchemaViolationException e = violation(() -> builder.set("cpr", CPR_LIKE));
    assertThat(e.field()).isEqualTo("cpr");
    assertThat(e.getMessage()).contains("'cpr'", "'" + CPR_MASKED + "'", "not in the schema");
    assertThat(violation(() -> builder.set("enhed", "0042")).getMessage())
        .contains("'enhed'", "'****'")
        .doesNotContain("0042");
  }

  @Test
  void rejectsARowWithTooFewValuesNamingTheFirstMissingField() {
    SchemaViolationException e = violation(() -> Record.of(schema, "0042", CPR_LIKE));
    assertThat(e.field()).isEqualTo("hours");
    assertThat(e.getMessage())
        .startsWith(
            "Field 'hours' (decimal) has no value: the row has 2 values but the schema has 9"
                + " fields");
  }

  @Test
  void rejectsARowWithTooManyValuesShowingTheFirstExtraValueMasked() {
    Schema two =
        Schema.of(
            Field.required("unit", FieldType.CATEGORY), Field.nullable("n", FieldType.INTEGER));
    SchemaViolationException e = violation(() -> Record.of(two, "0042", 1L, CPR_LIKE, "x"));
    assertThat(e.field()).isEqualTo("n");
    assertThat(e.getMessage())
        .isEqualTo(
            "Value '"
                + CPR_MASKED
                + "' comes after the last field 'n': the row has 4 values but"
                + " the schema has 2 fields; its fields are unit, n");
  }

  @Test
  void rejectsDecimalsThatAreNotFinite() {
    assertThat(violation(() -> builder.setDouble(2, Double.NaN)).getMessage())
        .contains("'hours' (decimal) rejects 'NaN'", "finite");
    assertThat(violation(() -> builder.set(2, Double.NEGATIVE_INFINITY)).getMessage())
        .contains("'-Infinity'");
    assertThat(violation(() -> builder.set(2, Float.POSITIVE_INFINITY)).getMessage())
        .contains("'Infinity'");
  }

  @Test
  void rejectsTimestampsAndDaysOutOfRange() {
    assertThat(violation(() -> builder.setTimestamp(3, Instant.MAX)).getMessage())
        .contains("'started' (timestamp)", "too far from 1970");
    assertThat(violation(() -> builder.setEpochDay(8, Long.MAX_VALUE)).getMessage())
        .contains("'born' (date)", "outside the range");
  }

  @Test
  void rejectsAReadWithTheWrongAccessorSayingWhichOneFits() {
    Record record = aRecord();
    SchemaViolationException e = violation(() -> record.getLong(2));
    assertThat(e.field()).isEqualTo("hours");
    assertThat(e.getMessage())
        .isEqualTo("Field 'hours' is decimal, so getLong cannot read it; getDouble does");
    assertThat(violation(() -> record.getText(6)).getMessage()).contains("getLong does");
    assertThat(violation(() -> record.getPeriod(0)).getMessage()).contains("getText does");
  }

  @Test
  void rejectsATypedReadOfAFieldWithoutValue() {
    Record record = aRecord();
    SchemaViolationException e = violation(() -> record.getDouble(2));
    assertThat(e.field()).isEqualTo("hours");
    assertThat(e.getMessage())
        .isEqualTo(
            "Field 'hours' (decimal) holds no value in this record; ask isNull(2) before"
                + " getDouble");
  }

  @Test
  void rejectsFieldNamesThatBreakTheNamingRule() {
    assertThatThrownBy(() -> Field.required("unit code", FieldType.CATEGORY))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'unit code'")
        .hasMessageContaining("letters, digits and '_'");
    assertThatThrownBy(() -> Field.required("", FieldType.TEXT))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("1 to 128 characters");
    assertThatThrownBy(() -> Field.required("1st", FieldType.TEXT))
        .isInstanceOf(InvalidValueException.class);
    assertThat(Field.required("fraværsdage_2024", FieldType.DECIMAL).name())
        .isEqualTo("fraværsdage_2024");
  }

  @Test
  void rejectsSchemasWithoutFieldsOrWithClashingNames() {
    assertThatThrownBy(Schema::of)
        .isInstanceOf(DatainformedException.class)
        .hasMessage("A schema needs at least one field");
    assertThatThrownBy(
            () ->
                Schema.of(
                    Field.required("unit", FieldType.CATEGORY),
                    Field.nullable("Unit", FieldType.TEXT)))
        .isInstanceOf(DatainformedException.class)
        .hasMessageContaining("'Unit' clashes with field 'unit'");
  }

  private Record aRecord() {
    return Record.of(
        schema, "0042", CPR_LIKE, null, null, Period.parse("2024K1"), null, 3L, null, null);
  }
}
