package dk.datainformed.kpi.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.kpi.definition.DerivedKpi;
import dk.datainformed.kpi.definition.Filter;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.definition.Unit;
import org.junit.jupiter.api.Test;

class StarterCatalogTest {

  @Test
  void loadsAndValidatesWithACitationOnEveryKpi() {
    KpiCatalog starter = StarterCatalog.load();

    assertThat(starter.size()).isGreaterThanOrEqualTo(5);
    assertThat(starter.definitions())
        .allSatisfy(
            k -> {
              assertThat(k.profile().citation()).as(k.id().value()).isPresent();
              assertThat(k.profile().citation().get()).as(k.id().value()).contains("https://");
            });
  }

  @Test
  void holdsSicknessAbsenceJobcentreAndEconomyKpis() {
    KpiCatalog starter = StarterCatalog.load();

    assertThat(starter.definitions())
        .extracting(k -> k.id().value())
        .contains(
            "sygefravaer.fravaersprocent",
            "sygefravaer.langtidssygefravaer_andel",
            "sygefravaer.fravaersperioder_pr_helaarsansat",
            "jobcenter.sygedagpenge_andel_af_befolkningen",
            "oekonomi.forbrugsprocent");
  }

  @Test
  void absencePercentageDividesAbsenceByWorkedPlusAbsenceDays() {
    // Statistics Denmark: fraværsprocent = fraværsdagsværk / (faktiske arbejdsdagsværk +
    // fraværsdagsværk) x 100 (dst.dk, begrebsforklaring "Fraværsprocent").
    RatioKpi percent =
        (RatioKpi) StarterCatalog.load().find("sygefravaer.fravaersprocent").orElseThrow();

    assertThat(percent.numerator().fields()).containsExactly("own_illness_days");
    assertThat(percent.denominator().fields())
        .containsExactly("worked_days", "own_illness_days", "other_absence_days");
    assertThat(percent.scale()).isEqualTo(100.0);
    assertThat(percent.unit()).isEqualTo(Unit.PERCENT);
  }

  @Test
  void longTermShareStatesItsThresholdInTheNumeratorFilter() {
    RatioKpi longTerm =
        (RatioKpi) StarterCatalog.load().find("sygefravaer.langtidssygefravaer_andel").orElseThrow();

    assertThat(longTerm.numerator().filter())
        .contains(new Filter.Compare("calendar_days", Filter.Comparison.GREATER_THAN, "28"));
    assertThat(longTerm.profile().description().en()).contains("28 calendar days");
  }

  @Test
  void derivedKpisResolveToTheirOperands() {
    KpiCatalog starter = StarterCatalog.load();
    KpiDefinition share = starter.find("jobcenter.sygedagpenge_andel_af_befolkningen").orElseThrow();

    assertThat(share).isInstanceOf(DerivedKpi.class);
    assertThat(starter.operands(share))
        .extracting(k -> k.id().value())
        .containsExactly("jobcenter.sygedagpenge_fuldtidspersoner", "befolkning.alder_16_66");
  }

  @Test
  void writesAndReadsBackUnchanged() {
    KpiCatalog starter = StarterCatalog.load();

    String yaml = DefinitionFormat.YAML.write(starter.definitions());
    String json = DefinitionFormat.JSON.write(starter.definitions());

    assertThat(DefinitionFormat.YAML.read("starter.yaml", yaml)).isEqualTo(starter.definitions());
    assertThat(DefinitionFormat.JSON.read("starter.json", json)).isEqualTo(starter.definitions());
  }

  @Test
  void statesCoverageForEveryKpi() {
    assertThat(StarterCatalog.load().definitions())
        .allSatisfy(k -> assertThat(k.profile().coverage().description().da()).isNotBlank());
  }
}
