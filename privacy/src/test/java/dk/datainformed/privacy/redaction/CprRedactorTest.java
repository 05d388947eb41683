package dk.datainformed.privacy.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.id.Cpr;
import dk.datainformed.core.id.CprKind;
import dk.datainformed.privacy.PrivacyException;
import dk.datainformed.privacy.pseudonym.PseudonymKey;
import dk.datainformed.privacy.pseudonym.Pseudonymiser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class CprRedactorTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = CprRedactorTest.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Pseudonymiser pseudonymiser() {
    return Pseudonymiser.of(PseudonymKey.fromBytes("psn-test", new byte[32]), "dk.test.journal");
  }

  @Test
  void masksEveryCprInTheSyntheticCorpusAndNothingElse() throws IOException {
    assertThat(CprRedactor.masking().redact(resource("case-notes.txt")))
        .isEqualTo(resource("case-notes.masked.txt"));
  }

  @Test
  void replacesEveryCprInTheSyntheticCorpusWithAFixedText() throws IOException {
    assertThat(CprRedactor.replacingWith("[CPR]").redact(resource("case-notes.txt")))
        .isEqualTo(resource("case-notes.fixed.txt"));
  }

  @Test
  void findsRegularReplacementAndECprNumbersInTheCorpus() throws IOException {
    List<CprRedactor.Finding> findings = CprRedactor.masking().find(resource("case-notes.txt"));

    assertThat(findings)
        .extracting(CprRedactor.Finding::kind)
        .containsExactly(
            CprKind.REGULAR,
            CprKind.REGULAR,
            CprKind.REGULAR,
            CprKind.REPLACEMENT,
            CprKind.ECPR,
            CprKind.REGULAR,
            CprKind.REGULAR,
            CprKind.REGULAR);
  }

  @Test
  void reportsWhereEachNumberStandsWithoutItsValue() {
    String text = "CPR 010101-1234, også 0101011234.";

    assertThat(CprRedactor.masking().find(text))
        .containsExactly(
            new CprRedactor.Finding(4, 15, CprKind.REGULAR),
            new CprRedactor.Finding(22, 32, CprKind.REGULAR));
  }

  @Test
  void pseudonymisesEveryWrittenFormOfOneNumberAlike() {
    Pseudonymiser pseudonymiser = pseudonymiser();
    String pseudonym = pseudonymiser.pseudonymise(Cpr.parse("0101011234"));

    String redacted =
        CprRedactor.pseudonymising(pseudonymiser).redact("A: 010101-1234. B: 0101011234. C: 010101 1234.");

    assertThat(redacted).isEqualTo("A: " + pseudonym + ". B: " + pseudonym + ". C: " + pseudonym + ".");
  }

  @Test
  void returnsTextWithoutCprNumbersUnchanged() {
    String text = "Ring 12345678 om beløbet 1.234.567,89 kr. senest 01-01-2024.";

    assertThat(CprRedactor.masking().redact(text)).isEqualTo(text);
    assertThat(CprRedactor.masking().find(text)).isEmpty();
  }

  @Test
  void rejectsAFixedReplacementWithDigits() {
    assertThatThrownBy(() -> CprRedactor.replacingWith("CPR-0"))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("must not contain digits");
  }

  @Test
  void showsHowItReplacesButNoKey() {
    assertThat(CprRedactor.masking()).hasToString("CprRedactor[masking]");
    assertThat(CprRedactor.pseudonymising(pseudonymiser()))
        .hasToString(
            "CprRedactor[pseudonymising in PseudonymDomain[name=dk.test.journal, keyId=psn-test]]");
  }
}
