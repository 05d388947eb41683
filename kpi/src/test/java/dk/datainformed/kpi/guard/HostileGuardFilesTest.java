package dk.datainformed.kpi.guard;

import static dk.datainformed.kpi.guard.Scenario.ABSENCE;
import static dk.datainformed.kpi.guard.Scenario.catalog;
import static dk.datainformed.kpi.guard.Scenario.kpi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.kpi.CauseChain;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.ReadLimits;
import dk.datainformed.kpi.catalog.KpiCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Usage and policy files written to break the reader: each is refused with the library's error. */
class HostileGuardFilesTest {
  private final KpiCatalog catalog = catalog(kpi(ABSENCE));

  @Test
  void refusesAnEmptyCockpitWhereItIsWritten() {
    assertThatThrownBy(() -> Usage.read("usage.yaml", "municipality: X\ncockpits:\n  -\n", catalog))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith("usage.yaml, line 3, column ")
        .hasMessageContaining("item 1 of 'cockpits' is empty");
  }

  @Test
  void refusesAnEmptyKpiUseAndAnEmptyLinkage() {
    String kpis =
        "municipality: X\ncockpits:\n  - id: a\n    name: A\n    audience: managers\n"
            + "    level: unit\n    kpis:\n      -\n";

    assertThatThrownBy(() -> Usage.read("usage.yaml", kpis, catalog))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith("usage.yaml, line 8, column ")
        .hasMessageContaining("item 1 of 'cockpits[0].kpis' is empty");
    assertThatThrownBy(() -> Usage.read("usage.yaml", "municipality: X\nlinkages:\n  -\n", catalog))
        .isInstanceOf(KpiException.class)
        .hasMessageContaining("item 1 of 'linkages' is empty");
  }

  @Test
  void refusesAnEmptyCustomThreshold() {
    assertThatThrownBy(() -> GuardPolicy.read("policy.yaml", "name: P\ncustom:\n  -\n"))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith("policy.yaml, line 3, column ")
        .hasMessageContaining("item 1 of 'custom' is empty");
  }

  @Test
  void refusesMissingArgumentsWithTheLibrarysError() {
    assertThatThrownBy(() -> Usage.read("usage.yaml", null, catalog))
        .isInstanceOf(KpiException.class)
        .hasMessage("The text of usage description 'usage.yaml' is missing");
    assertThatThrownBy(() -> Usage.load(null, catalog)).isInstanceOf(KpiException.class);
    assertThatThrownBy(() -> Usage.read("usage.yaml", "municipality: X\n", null))
        .isInstanceOf(KpiException.class);
    assertThatThrownBy(() -> GuardPolicy.read(null, "name: P\n")).isInstanceOf(KpiException.class);
    assertThatThrownBy(() -> GuardPolicy.load((Path) null)).isInstanceOf(KpiException.class);
  }

  @Test
  void refusesAPolicyOverTheSizeLimitNamingTheLimit() {
    ReadLimits small = ReadLimits.builder().maxFileChars(20).build();

    assertThatThrownBy(() -> GuardPolicy.read("policy.yaml", "name: " + "x".repeat(40) + "\n", small))
        .isInstanceOf(KpiException.class)
        .hasMessageContaining("ReadLimits.maxFileChars");
  }

  @Test
  void masksACprInAnUnknownFieldAndAValueAndKeepsItOutOfTheCause() {
    String cpr = CauseChain.PLANTED_CPR;
    KpiException field = refused("name: P\n" + cpr + ": 1\n");
    KpiException value = refused("name: P\nthresholds:\n  minimumPoints: x" + cpr + "\n");

    assertThat(field).hasMessageContaining("unknown field '010190-****'");
    assertThat(CauseChain.leaksPlantedCpr(field)).isFalse();
    assertThat(value).hasMessageStartingWith("policy.yaml, line 3, column ");
    assertThat(CauseChain.leaksPlantedCpr(value)).isFalse();
  }

  private static KpiException refused(String policy) {
    try {
      GuardPolicy.read("policy.yaml", policy);
    } catch (KpiException e) {
      return e;
    }
    throw new AssertionError("the policy was read without an error");
  }
}
