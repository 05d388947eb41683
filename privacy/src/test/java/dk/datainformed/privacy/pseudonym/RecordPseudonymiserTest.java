package dk.datainformed.privacy.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.id.Cpr;
import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.Schema;
import dk.datainformed.privacy.PrivacyException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordPseudonymiserTest {

  private static final Schema SOURCE =
      Schema.of(
          Field.required("employee", FieldType.CPR),
          Field.nullable("partner", FieldType.CPR),
          Field.required("unit", FieldType.CATEGORY),
          Field.required("day", FieldType.DATE),
          Field.nullable("hours", FieldType.DECIMAL));

  private final Pseudonymiser pseudonymiser =
      Pseudonymiser.of(PseudonymKey.fromBytes("k1", new byte[32]), "dk.test.sygefravaer");
  private final RecordPseudonymiser ingest = RecordPseudonymiser.of(pseudonymiser, SOURCE);

  @Test
  void turnsEveryCprFieldIntoAPseudonymFieldOfTheSameName() {
    assertThat(ingest.schema())
        .isEqualTo(
            Schema.of(
                Field.required("employee", FieldType.PSEUDONYM),
                Field.nullable("partner", FieldType.PSEUDONYM),
                Field.required("unit", FieldType.CATEGORY),
                Field.required("day", FieldType.DATE),
                Field.nullable("hours", FieldType.DECIMAL)));
  }

  @Test
  void replacesEachNumberByItsPseudonymAndCopiesTheRest() {
    Record row =
        Record.of(SOURCE, "0101901234", null, "0042", LocalDate.of(2024, 1, 2), 7.4);

    Record out = ingest.pseudonymise(row);

    assertThat(out.schema()).isEqualTo(ingest.schema());
    assertThat(out.getText(0)).isEqualTo(pseudonymiser.pseudonymise(Cpr.parse("0101901234")));
    assertThat(out.isNull(1)).isTrue();
    assertThat(out.getText(2)).isEqualTo("0042");
    assertThat(out.getDate(3)).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(out.getDouble(4)).isEqualTo(7.4);
  }

  @Test
  void pseudonymisesReplacementNumbersAndECprAsWritten() {
    Record row = Record.of(SOURCE, "6101901234", "010101-1AB4", "0042", LocalDate.of(2024, 1, 2), null);

    Record out = ingest.pseudonymise(row);

    assertThat(out.getText(0)).isEqualTo(pseudonymiser.pseudonymise("6101901234"));
    assertThat(out.getText(1)).isEqualTo(pseudonymiser.pseudonymise("0101011AB4"));
  }

  @Test
  void theOutputRecordShowsNoCprNumber() {
    Record row = Record.of(SOURCE, "0101901234", "0202902345", "0042", LocalDate.of(2024, 1, 2), 1.0);

    String shown = ingest.pseudonymise(row).toString();

    assertThat(shown)
        .doesNotContain("0101901234", "1234", "0202902345", "2345", "010190", "020290")
        .startsWith("Record{employee=****, partner=****, unit=0042");
  }

  @Test
  void refusesARecordOfAnotherSchema() {
    Schema other = Schema.of(Field.required("employee", FieldType.CPR));

    assertThatThrownBy(() -> ingest.pseudonymise(Record.of(other, "0101901234")))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("make one RecordPseudonymiser per source schema")
        .hasMessageNotContaining("1234");
  }

  @Test
  void passesASchemaWithoutCprFieldsThrough() {
    Schema units = Schema.of(Field.required("unit", FieldType.CATEGORY));
    RecordPseudonymiser none = RecordPseudonymiser.of(pseudonymiser, units);

    assertThat(none.schema()).isEqualTo(units);
    assertThat(none.pseudonymise(Record.of(units, "0042"))).isEqualTo(Record.of(units, "0042"));
  }

  @Test
  void showsTheDomainAndFieldsButNoKey() {
    assertThat(ingest)
        .hasToString("RecordPseudonymiser[name=dk.test.sygefravaer, keyId=k1; employee, partner]");
  }
}
