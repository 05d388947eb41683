package dk.datainformed.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CprDetectorTest {

  private static final String NBSP = "\u00A0";
  private static final String EN_DASH = "\u2013";

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "010190-1234",
        "0101901234",
        "010190 1234",
        "010190" + EN_DASH + "1234",
        "010190" + NBSP + "1234",
      })
  void masksEveryWrittenFormOfARegularNumber(String written) {
    assertThat(CprDetector.mask("Borger " + written + " ringede")).isEqualTo("Borger 010190-**** ringede");
    assertThat(CprDetector.containsCprLike(written)).isTrue();
    assertThat(CprDetector.isCprLike(" " + written + " ")).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'CPR 010190-1234.', REGULAR, 4, 15",
    "'nr. 0101901234', REGULAR, 4, 14",
    "'(010190 1234)', REGULAR, 1, 12",
    "'erstatning 610190-1234', REPLACEMENT, 11, 22",
    "'erstatning 6101901234', REPLACEMENT, 11, 21",
    "'eCPR 010101-1AB4', ECPR, 5, 16",
    "'eCPR 0101011AB4,', ECPR, 5, 15",
  })
  void findsRegularReplacementAndECprNumbersWhereTheyStand(
      String text, CprKind kind, int start, int end) {
    List<CprDetector.Found> found = CprDetector.find(text);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).cpr().kind()).isEqualTo(kind);
    assertThat(found.get(0).start()).isEqualTo(start);
    assertThat(found.get(0).end()).isEqualTo(end);
  }

  @Test
  void findsTheEnDashAndNoBreakSpaceForms() {
    assertThat(CprDetector.find("A 010190" + EN_DASH + "1234, B 010190" + NBSP + "1234"))
        .extracting(f -> f.cpr().canonical())
        .containsExactly("0101901234", "0101901234");
  }

  @Test
  void masksReplacementNumbersAndECprLikeRegularOnes() {
    assertThat(CprDetector.mask("610190-1234 og 010101-1AB4 og 0101011AB4"))
        .isEqualTo("610190-**** og 010101-**** og 010101-****");
  }

  @Test
  void masksTheShapeEvenWhenTheDateIsImpossibleOrTheNumberIsGlued() {
    assertThat(CprDetector.mask("320190-1234")).isEqualTo("320190-****");
    assertThat(CprDetector.mask("kode AB0101901234")).isEqualTo("kode AB010190-****");
    assertThat(CprDetector.mask("+4512345678")).isEqualTo("+451234-****");
    assertThat(CprDetector.mask("0101901234,50 kr")).isEqualTo("010190-****,50 kr");
    assertThat(CprDetector.find("320190-1234 AB0101901234 +4512345678 0101901234,50")).isEmpty();
  }

  @Test
  void masksEveryNumberInALongerRunOfDigits() {
    assertThat(CprDetector.mask("01019012340101901234")).isEqualTo("010190-****010190-****");
    assertThat(CprDetector.mask("5790001234567")).isEqualTo("579000-****567");
  }

  @Test
  void leavesTextWithoutTheShapeAlone() {
    String text = "Enhed 0042, tlf. 12345678, 1.234.567,89 kr., dato 01-01-2024, CVR 12345678, 010190";

    assertThat(CprDetector.mask(text)).isEqualTo(text);
    assertThat(CprDetector.containsCprLike(text)).isFalse();
    assertThat(CprDetector.find(text)).isEmpty();
  }

  @Test
  void doesNotTakeLowerCaseOrMixedLettersForAnECprWhenFinding() {
    assertThat(CprDetector.find("010101-1ab4")).isEmpty();
    assertThat(CprDetector.find("010101-1A34")).isEmpty();
    assertThat(CprDetector.isCprLike("010101-1ab4")).isFalse();
  }

  @Test
  void showsAFoundNumberMasked() {
    CprDetector.Found found = CprDetector.find("0101901234").get(0);

    assertThat(found.toString()).doesNotContain("1234").contains("010190-****");
  }

  @Test
  void tellsAWholeValueOfTheShapeFromTextThatHoldsOne() {
    assertThat(CprDetector.isCprLike("0101901234")).isTrue();
    assertThat(CprDetector.isCprLike("CPR 0101901234")).isFalse();
    assertThat(CprDetector.isCprLike("01019012345")).isFalse();
  }
}
