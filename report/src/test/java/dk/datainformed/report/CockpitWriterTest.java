package dk.datainformed.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.kpi.engine.SeriesKey;
import org.junit.jupiter.api.Test;

/** How the cockpit heads a series when there is no organisation tree to name it. */
class CockpitWriterTest {

  @Test
  void aNameDimensionHeadsTheSeriesWithTheOtherValuesInBrackets() {
    assertThat(CockpitWriter.label(SeriesKey.of("område", "151", "område_name", "Ballerup Kommune")))
        .isEqualTo("Ballerup Kommune (151)");
    assertThat(CockpitWriter.label(SeriesKey.of("skole", "Engskolen"))).isEqualTo("Engskolen");
    assertThat(CockpitWriter.label(SeriesKey.of("skole", "Engskolen", "alder", "10-12")))
        .isEqualTo("Engskolen (10-12)");
    assertThat(CockpitWriter.label(SeriesKey.of("enhed", "Nord 010190-1234"))).isEqualTo("Nord 010190-****");
    assertThat(CockpitWriter.label(SeriesKey.total())).isEqualTo("total");
  }
}
