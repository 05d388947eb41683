package dk.datainformed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code datainformed explain}: a KPI in plain English or Danish. */
class ExplainCommandTest {
  @TempDir Path folder;

  @Test
  void explainsAStarterKpiInEnglishWithItsPartsQuestionCoverageOwnerAudienceAndPurpose() {
    Invocation e = Invocation.of("explain", "sygefravaer.fravaersprocent");

    assertThat(e.code()).isZero();
    assertThat(e.out())
        .startsWith("sygefravaer.fravaersprocent (version 1): Sickness absence percentage (own illness)")
        .contains("What it counts: the ratio of two parts over the records of dataset payroll.absence_month, per month")
        .contains("Numerator: sum of own_illness_days")
        .contains("Denominator: sum of worked_days + own_illness_days + other_absence_days, times 100")
        .contains("Question it serves: Where is sickness absence rising or falling")
        .contains("Coverage: Employees paid through the municipality's payroll system")
        .contains("Owner: HR og Arbejdsmiljø")
        .contains("Audience: managers, frontline staff, the executive board")
        .contains("Purpose: learning")
        .contains("Better when: lower");
  }

  @Test
  void explainsInDanish() {
    Invocation e = Invocation.of("explain", "sygefravaer.fravaersprocent", "--lang", "da");

    assertThat(e.code()).isZero();
    assertThat(e.out())
        .contains("Tæller: summen af own_illness_days")
        .contains("Spørgsmål det tjener: Hvor stiger eller falder sygefraværet")
        .contains("Målgruppe: ledere, medarbejdere, direktionen")
        .contains("Formål: læring");
  }

  @Test
  void explainsAKpiOfACatalogGivenWithItsCoverageFraction() {
    Path f = Invocation.fixture(folder);
    Invocation e = Invocation.of("explain", "test.days", "--catalog", f.resolve("kpis").toString());

    assertThat(e.code()).isZero();
    assertThat(e.out())
        .contains("What it counts: the sum of days of the records of dataset test.absence, per month")
        .contains("Coverage: Every employee of the test municipality (about 90 % of the population it describes is seen)");
  }

  @Test
  void anUnknownKpiIsExitCodeTwoWithTheIdMeant() {
    Invocation e = Invocation.of("explain", "sygefravaer.fravaersprocnt").noStackTrace();

    assertThat(e.code()).isEqualTo(2);
    assertThat(e.out()).isEmpty();
    assertThat(e.err()).startsWith("datainformed explain: there is no KPI 'sygefravaer.fravaersprocnt' in the"
        + " starter catalog (did you mean 'sygefravaer.fravaersprocent'?)");
  }

  @Test
  void aCprNumberGivenAsTheIdIsMasked() {
    Invocation e = Invocation.of("explain", Invocation.PLANTED);

    assertThat(e.code()).isEqualTo(2);
    assertThat(e.all()).doesNotContain(Invocation.PLANTED).contains("040490-****");
  }

  @Test
  void aLanguageThatIsNotOneIsExitCodeTwo() {
    Invocation e = Invocation.of("explain", "sygefravaer.fravaersprocent", "--lang", "de").noStackTrace();

    assertThat(e.code()).isEqualTo(2);
    assertThat(e.err()).contains("--lang").contains("DA, EN");
  }
}
