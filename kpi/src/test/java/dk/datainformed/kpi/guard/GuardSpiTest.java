package dk.datainformed.kpi.guard;

import static dk.datainformed.kpi.guard.Scenario.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.definition.LocalizedText;
import dk.datainformed.core.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A municipality's own guard runs beside the built-in ones, through the same interface. */
class GuardSpiTest {

  /** Eksempelby's own guard: no more cockpits than its strategy allows. */
  static final class TooManyCockpits implements Guard {
    @Override
    public String id() {
      return "eksempelby.too-many-cockpits";
    }

    @Override
    public LocalizedText name() {
      return LocalizedText.of("For mange cockpits", "Too many cockpits");
    }

    @Override
    public LocalizedText source() {
      return LocalizedText.of("Digitaliseringsstrategi 2026", "Digital strategy 2026");
    }

    @Override
    public GuardResult check(GuardContext context) {
      PolicyValue max = context.policy().value("eksempelby.maximumCockpits");
      int n = context.usage().cockpits().size();
      LocalizedText summary = LocalizedText.of(n + " cockpits", n + " cockpits");
      if (n <= max.value()) {
        return GuardResult.nothingFound(this, summary);
      }
      GuardFinding f =
          new GuardFinding(id(), Severity.WARN, new GuardSubject.UsageFile(),
              LocalizedText.of(n + " cockpits", n + " cockpits"),
              LocalizedText.of("Saml dem", "Merge them"), List.of(max));
      return GuardResult.found(this, summary, List.of(f));
    }
  }

  private final KpiCatalog catalog = catalog(kpi(ABSENCE));

  @Test
  void runsAnOwnGuardAfterTheBuiltInOnesWithItsOwnThreshold() {
    Usage usage = usage(catalog, managers(use(ABSENCE).build()));
    GuardPolicy policy =
        GuardPolicy.builder("Eksempelby").custom("eksempelby.maximumCockpits", 0, "Strategi").build();
    GuardReport report =
        Guards.builtIn().with(new TooManyCockpits())
            .check(context(catalog, usage).policy(policy).build());
    assertThat(report.results()).hasSize(13);
    assertThat(report.results().get(12).verdict()).isEqualTo(Verdict.FOUND);
    assertThat(report.toText(Language.ENGLISH))
        .contains("13. Too many cockpits [eksempelby.too-many-cockpits]: FOUND")
        .contains("Threshold: eksempelby.maximumCockpits = 0 (Strategi)");
    assertThat(report.toJson()).contains("\"id\" : \"eksempelby.too-many-cockpits\"");
  }

  @Test
  void anOwnGuardWithinItsThresholdFindsNothing() {
    Usage usage = usage(catalog, managers(use(ABSENCE).build()));
    GuardPolicy policy =
        GuardPolicy.builder("Eksempelby").custom("eksempelby.maximumCockpits", 6, "Strategi").build();
    GuardReport report =
        Guards.none().with(new TooManyCockpits()).check(context(catalog, usage).policy(policy).build());
    assertThat(report.results()).singleElement()
        .satisfies(r -> assertThat(r.verdict()).isEqualTo(Verdict.NOTHING_FOUND));
  }

  @Test
  void theBuiltInGuardsHaveTwelveStableIds() {
    assertThat(Guards.builtIn().guards()).extracting(Guard::id)
        .containsExactly(
            "target-density", "league-table", "individual-control", "synecdoche",
            "reacting-to-noise", "target-without-reflection", "purpose-mismatch",
            "gaming-signals", "too-little-data", "cross-domain-linkage", "vanity-metric",
            "stale-data");
  }

  @Test
  void serviceLoadingWithNoProvidersKeepsTheBuiltInGuards() {
    assertThat(Guards.builtIn().withServiceLoaded().guards()).hasSize(12);
  }

  @Test
  void rejectsTwoGuardsWithOneId() {
    assertThatThrownBy(() -> Guards.none().with(new TooManyCockpits()).with(new TooManyCockpits()))
        .isInstanceOf(KpiException.class)
        .hasMessageContaining("two guards have the id 'eksempelby.too-many-cockpits'");
  }

  @Test
  void aResultCannotClaimFindingsItDoesNotHave() {
    LocalizedText t = LocalizedText.of("x", "x");
    assertThatThrownBy(() -> new GuardResult("g", t, t, Verdict.FOUND, t, List.of()))
        .isInstanceOf(KpiException.class);
  }
}
