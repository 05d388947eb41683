package dk.datainformed.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.datainformed.core.text.Language;
import org.junit.jupiter.api.Test;

class AutocorrelationTest {

  @Test
  void aSlowlyWanderingSeriesGetsANote() {
    // 1..6 up, 6..1 down, twice: deviations from the mean 3.5 are −2.5 … 2.5, 2.5 … −2.5 (× 2).
    // Σ d² = 4 × 17.5 = 70; Σ d_t d_(t−1) over the 23 pairs: within each run of six
    // (−2.5·−1.5 + −1.5·−0.5 + −0.5·0.5 + 0.5·1.5 + 1.5·2.5) = 8.75, four runs = 35, plus the three
    // joins 2.5·2.5, −2.5·−2.5, 2.5·2.5 = 18.75: r1 = 53.75 / 70 = 0.7679.
    double[] v = {1, 2, 3, 4, 5, 6, 6, 5, 4, 3, 2, 1, 1, 2, 3, 4, 5, 6, 6, 5, 4, 3, 2, 1};
    ProcessBehaviourChart chart = ProcessBehaviourChart.xmr(Series.from2024(v)).build();

    assertThat(chart.lag1Autocorrelation().getAsDouble()).isCloseTo(53.75 / 70, within(1e-12));
    assertThat(chart.notes()).singleElement().isInstanceOfSatisfying(
        ChartNote.Autocorrelated.class, n -> assertThat(n.threshold()).isEqualTo(0.5));
    assertThat(chart.notes().get(0).describe(Language.DANISH)).startsWith("Autokorrelation 0,77: ");
  }

  @Test
  void anAlternatingSeriesGetsNone() {
    double[] v = new double[24];
    for (int i = 0; i < v.length; i++) {
      v[i] = i % 2 == 0 ? 9 : 11;
    }
    ProcessBehaviourChart chart = ProcessBehaviourChart.xmr(Series.from2024(v)).build();

    assertThat(chart.lag1Autocorrelation().getAsDouble()).isLessThan(0);
    assertThat(chart.notes()).isEmpty();
  }
}
