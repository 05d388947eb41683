package dk.datainformed.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** No violation message and no {@code toString()} shows ten digits that could be a CPR number. */
class SchemaViolationProperties {

  private final Schema schema =
      Schema.of(
          Field.required("person", FieldType.IDENTIFIER),
          Field.nullable("note", FieldType.TEXT),
          Field.nullable("count", FieldType.INTEGER));

  private String message(ThrowingCallable action) {
    SchemaViolationException e = catchThrowableOfType(SchemaViolationException.class, action);
    assertThat(e).isNotNull();
    return e.getMessage();
  }

  @Property
  void violationsNeverShowTenDigits(@ForAll @NumericChars @StringLength(10) String digits) {
    RecordBuilder builder = Record.builder(schema);
    long number = Long.parseLong(digits);
    String dashed = digits.substring(0, 6) + "-" + digits.substring(6);
    for (String m :
        new String[] {
          message(() -> builder.set(0, number)),
          message(() -> builder.setLong(0, number)),
          message(() -> builder.set(1, number)),
          message(() -> builder.setText(2, digits)),
          message(() -> builder.setText(2, "borger " + dashed + " ringede")),
          message(() -> builder.set("cpr", digits)),
          message(() -> Record.of(schema, digits, null, null, digits)),
        }) {
      assertThat(m).doesNotContain(digits).doesNotContain(dashed).doesNotContainPattern("\\d{10}");
    }
  }

  @Property
  void toStringNeverShowsTenDigits(@ForAll @NumericChars @StringLength(10) String digits) {
    String dashed = digits.substring(0, 6) + "-" + digits.substring(6);
    Record record =
        Record.of(schema, digits, "borger " + dashed + " ringede", Long.parseLong(digits));
    assertThat(record.toString())
        .doesNotContain(digits)
        .doesNotContain(dashed)
        .contains("person=" + digits.substring(0, 6) + "-****");
  }
}
