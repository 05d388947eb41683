package dk.datainformed.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.id.Cpr;
import dk.datainformed.core.id.CprKind;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

class PersonFieldTypesTest {

  private final Schema people =
      Schema.of(
          Field.required("cpr", FieldType.CPR),
          Field.nullable("person", FieldType.PSEUDONYM),
          Field.nullable("note", FieldType.TEXT));

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "0101901234, REGULAR",
    "010190-1234, REGULAR",
    "6101901234, REPLACEMENT",
    "010101-1AB4, ECPR",
  })
  void aCprFieldTakesWhatCprTryParseAccepts(String written, CprKind kind) {
    Record r = Record.builder(people).set(0, written).build();

    assertThat(r.getCpr(0)).isEqualTo(Cpr.parse(written));
    assertThat(r.getCpr(0).kind()).isEqualTo(kind);
    assertThat(r.value(0)).isEqualTo(Optional.of(Cpr.parse(written)));
  }

  @Test
  void aCprFieldTakesACpr() {
    Cpr cpr = Cpr.parse("0101901234");

    assertThat(Record.builder(people).setCpr(0, cpr).build().getCpr(0)).isSameAs(cpr);
  }

  @Test
  void aCprFieldRejectsAnImpossibleDateMaskedAndSaysWhy() {
    assertThatThrownBy(() -> Record.builder(people).set(0, "310290-1234"))
        .isInstanceOf(SchemaViolationException.class)
        .hasMessage(
            "Field 'cpr' (cpr) rejects '310290-****': not a CPR number: day 31 does not exist in"
                + " 1990-02")
        .hasMessageNotContaining("1234");
  }

  @Test
  void aCprFieldIsReadWithGetCprOnly() {
    Record r = Record.builder(people).set(0, "0101901234").build();

    assertThatThrownBy(() -> r.getText(0))
        .isInstanceOf(SchemaViolationException.class)
        .hasMessageContaining("getCpr does")
        .hasMessageNotContaining("1234");
    assertThatThrownBy(() -> Record.builder(people).setText(0, "0101901234"))
        .isInstanceOf(SchemaViolationException.class)
        .hasMessageNotContaining("1234");
  }

  @Test
  void aPseudonymFieldTakesAPseudonym() {
    String pseudonym = "k5xq7v2m3wzb4d6h2n7p5r3t4y6c2f7a";

    Record r = Record.builder(people).set(0, "0101901234").setText(1, pseudonym).build();

    assertThat(r.getText(1)).isEqualTo(pseudonym);
  }

  /** A synthetic CPR number in every written form: the separators, a replacement number, eCPR. */
  static Stream<String> writtenForms() {
    return Stream.of(
        "0101901234", "010190-1234", "010190 1234", "010190\u20131234", "010190\u00A01234",
        "6101901234", "010101-1AB4");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writtenForms")
  void aPseudonymFieldRejectsACprNumberInAnyWrittenForm(String raw) {
    assertThatThrownBy(() -> Record.builder(people).setText(1, raw))
        .isInstanceOf(SchemaViolationException.class)
        .hasMessageContaining("pseudonymise it at ingest")
        .hasMessageNotContaining("1234")
        .hasMessageNotContaining("1AB4");
    assertThatThrownBy(() -> Record.builder(people).set("person", raw))
        .isInstanceOf(SchemaViolationException.class);
  }

  @Test
  void showsCprAndPseudonymFieldsMasked() {
    Record r =
        Record.builder(people)
            .set(0, "0101901234")
            .setText(1, "k5xq7v2m3wzb4d6h2n7p5r3t4y6c2f7a")
            .setText(2, "ringede fra 020290 2345")
            .build();

    assertThat(r.toString())
        .isEqualTo("Record{cpr=010190-****, person=****, note=ringede fra 020290-****}");
  }

  @Test
  void aPseudonymFieldRejectsACprNumberInsideText() {
    assertThatThrownBy(() -> Record.builder(people).setText(1, "id 010190-1234"))
        .isInstanceOf(SchemaViolationException.class)
        .hasMessageNotContaining("1234");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writtenForms")
  void masksEveryCprFormInATextFieldOfToString(String planted) {
    Schema texts =
        Schema.of(Field.required("unit", FieldType.CATEGORY), Field.required("note", FieldType.TEXT));

    String shown = Record.of(texts, "Skole " + planted, "note " + planted + " slut").toString();

    assertThat(shown).doesNotContain(planted.substring(6)).contains("-****");
  }

  @Test
  void masksACprShapeWithAnImpossibleDateInToString() {
    Schema texts = Schema.of(Field.required("note", FieldType.TEXT));

    assertThat(Record.of(texts, "fejl 320190-1234").toString()).isEqualTo("Record{note=fejl 320190-****}");
  }

  @Test
  void readsAndWritesTheNewTypesInJson() {
    JsonMapper mapper = JsonMapper.builder().build();
    String json =
        "{\"fields\":[{\"name\":\"cpr\",\"type\":\"cpr\",\"nullable\":false},"
            + "{\"name\":\"person\",\"type\":\"pseudonym\",\"nullable\":true},"
            + "{\"name\":\"note\",\"type\":\"text\",\"nullable\":true}]}";

    assertThat(mapper.readValue(json, Schema.class)).isEqualTo(people);
    assertThat(mapper.writeValueAsString(people)).isEqualTo(json);
  }
}
