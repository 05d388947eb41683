package dk.datainformed.kpi.guard;

import static dk.datainformed.kpi.guard.Scenario.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.definition.Audience;
import org.junit.jupiter.api.Test;

/** Usage descriptions and policies read as strictly as KPI definitions, with file and line. */
class GuardFilesTest {
  private final KpiCatalog catalog = catalog(kpi(ABSENCE));

  private static final String USAGE =
      "municipality: Eksempelby Kommune\n"
          + "cockpits:\n"
          + "  - id: ledere\n"
          + "    name: Ledertavle\n"
          + "    audience: managers\n"
          + "    level: unit\n"
          + "    kpis:\n"
          + "      - kpi: %s\n"
          + "        display: [spc]\n"
          + "        refresh: monthly\n"
          + "%s";

  private Usage readUsage(String kpi, String extra) {
    return Usage.read("usage.yaml", String.format(USAGE, kpi, extra), catalog);
  }

  @Test
  void readsAUsageDescription() {
    Usage usage =
        readUsage(ABSENCE,
            "        target: {value: 4.5, owner: HR, reviewDate: 2027-01-31}\n"
                + "        ranking: {comparedWith: [spc]}\n"
                + "        incentives: [budget]\n"
                + "        smallestGroup: 12\n");
    Cockpit c = usage.cockpits().get(0);
    assertThat(c.audience()).isEqualTo(Audience.MANAGERS);
    KpiUse u = c.kpis().get(0);
    assertThat(u.target()).get().satisfies(t -> {
      assertThat(t.value()).isEqualTo(4.5);
      assertThat(t.owner()).contains("HR");
      assertThat(t.action()).isEmpty();
    });
    assertThat(u.ranking().orElseThrow().comparedWith()).containsExactly(Comparison.SPC);
    assertThat(u.incentives()).containsExactly(Incentive.BUDGET);
    assertThat(u.smallestGroup()).hasValue(12);
  }

  @Test
  void rejectsAnUnknownKpiIdWithTheLineAndTheNearestId() {
    assertThatThrownBy(() -> readUsage("sygefravaer.fravaersprocnt", ""))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith("usage.yaml, line 8, column ")
        .hasMessageContaining("unknown KPI id 'sygefravaer.fravaersprocnt'")
        .hasMessageContaining("did you mean 'sygefravaer.fravaersprocent'");
  }

  @Test
  void masksACprLikeNumberInAnUnknownKpiId() {
    assertThatThrownBy(() -> readUsage("sag.x0101001234", ""))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith("usage.yaml, line 8, column 14: KPI id 'sag.x010100-****'")
        .hasMessageContaining("looks like a CPR number")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("0101001234"));
  }

  @Test
  void rejectsAnUnknownFieldWhereItIsWritten() {
    assertThatThrownBy(() -> readUsage(ABSENCE, "        incentivs: [bonus]\n"))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith("usage.yaml, line 11, column 9: unknown field 'incentivs'")
        .hasMessageContaining("did you mean 'incentives'");
  }

  @Test
  void rejectsANegativeGroupSizeWithItsLine() {
    assertThatThrownBy(() -> readUsage(ABSENCE, "        smallestGroup: -3\n"))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith("usage.yaml, line 11, column ")
        .hasMessageContaining("smallest group (-3) must not be negative");
  }

  @Test
  void rejectsAnUnknownDisplayModeWithTheChoices() {
    assertThatThrownBy(
            () -> Usage.read("usage.yaml", String.format(USAGE, ABSENCE, "").replace("[spc]", "[traffic_light]"), catalog))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith("usage.yaml, line 9, column ")
        .hasMessageContaining("red_green");
  }

  @Test
  void rejectsAMissingRequiredFieldAtItsMapping() {
    String text = String.format(USAGE, ABSENCE, "").replace("    audience: managers\n", "");
    assertThatThrownBy(() -> Usage.read("usage.yaml", text, catalog))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith("usage.yaml, line 3, column ")
        .hasMessageContaining("required field 'audience' is missing in 'cockpits[0]'");
  }

  @Test
  void rejectsAnUnknownKpiInADecision() {
    String text =
        String.format(USAGE, ABSENCE, "")
            + "decisions:\n  - id: d\n    title: T\n    cites: [" + ABSENCE + ", a.b]\n";
    assertThatThrownBy(() -> Usage.read("usage.yaml", text, catalog))
        .hasMessageStartingWith("usage.yaml, line 14, column ")
        .hasMessageContaining("unknown KPI id 'a.b'");
  }

  @Test
  void readsAPolicyAndNamesTheLineOfEachValue() {
    GuardPolicy p =
        GuardPolicy.read("policy.yaml",
            "name: Eksempelby 2026\nthresholds:\n  minimumGroupSize: 10\n");
    assertThat(p.value(GuardPolicy.MINIMUM_GROUP_SIZE))
        .isEqualTo(new PolicyValue("minimumGroupSize", 10, "Eksempelby 2026 (policy.yaml, line 3)"));
    assertThat(p.value(GuardPolicy.MINIMUM_COVERAGE).source()).startsWith("default: ");
    assertThat(p.values()).hasSize(GuardPolicy.builtInKeys().size());
  }

  @Test
  void rejectsANegativeThresholdWithItsLine() {
    assertThatThrownBy(
            () -> GuardPolicy.read("policy.yaml",
                "name: P\nthresholds:\n  minimumCoverage: 0.8\n  minimumGroupSize: -1\n"))
        .isInstanceOf(KpiException.class)
        .hasMessage("policy.yaml, line 4, column 21: threshold 'minimumGroupSize' (-1.0) must not be"
            + " negative: give 0 or more");
  }

  @Test
  void rejectsAnUnknownThresholdWithTheNearestName() {
    assertThatThrownBy(
            () -> GuardPolicy.read("policy.yaml", "name: P\nthresholds:\n  minimumGroupSise: 5\n"))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith("policy.yaml, line 3, column 3: unknown field 'minimumGroupSise'")
        .hasMessageContaining("did you mean 'minimumGroupSize'");
  }

  @Test
  void rejectsAFractionAboveOneAndACountWithDecimals() {
    assertThatThrownBy(
            () -> GuardPolicy.read("policy.yaml", "name: P\nthresholds:\n  minimumCoverage: 80\n"))
        .hasMessageContaining("line 3")
        .hasMessageContaining("is a fraction: give a number from 0 to 1");
    assertThatThrownBy(
            () -> GuardPolicy.read("policy.yaml", "name: P\nthresholds:\n  minimumPoints: 12.5\n"))
        .hasMessageContaining("is a count: give a whole number");
  }

  @Test
  void readsCustomThresholdsAndRejectsBuiltInKeysThere() {
    GuardPolicy p =
        GuardPolicy.read("policy.yaml",
            "name: P\ncustom:\n  - {key: eksempelby.maks, value: 6, source: Strategi 2026}\n");
    assertThat(p.value("eksempelby.maks").source()).isEqualTo("P (policy.yaml, line 3); Strategi 2026");
    assertThatThrownBy(
            () -> GuardPolicy.read("policy.yaml",
                "name: P\ncustom:\n  - {key: minimumPoints, value: 6}\n"))
        .hasMessageStartingWith("policy.yaml, line 3, column ")
        .hasMessageContaining("is a built-in threshold");
  }

  @Test
  void saysWhichThresholdsExistWhenAGuardAsksForAnUnknownOne() {
    assertThatThrownBy(() -> GuardPolicy.defaults().value("eksempelby.maks"))
        .isInstanceOf(KpiException.class)
        .hasMessageContaining("has no threshold 'eksempelby.maks'")
        .hasMessageContaining("custom");
  }

  @Test
  void readsTheExampleFilesInTheDocs() {
    Usage usage =
        Usage.load(ExampleReportTest.DOCS.resolve("usage.yaml"), dk.datainformed.kpi.catalog.StarterCatalog.load());
    assertThat(usage.cockpits()).hasSize(3);
    assertThat(usage.linkages()).hasSize(2);
  }
}
