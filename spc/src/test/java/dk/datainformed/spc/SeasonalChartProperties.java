package dk.datainformed.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * A pure seasonal pattern is what the seasonal chart takes out: adding one to a series changes its
 * centre line by the pattern and nothing else. Small whole numbers over exactly two baseline years
 * keep every month mean a half-integer, so the arithmetic is exact and the law holds to the bit.
 */
class SeasonalChartProperties {

  @Property(tries = 300)
  void aStableSeriesWithASeasonAddedHasNoSpecialCauseOnTheSeasonalChart(
      @ForAll @Size(min = 24, max = 36) List<@IntRange(min = 0, max = 6) Integer> noise,
      @ForAll @Size(12) List<@IntRange(min = -40, max = 40) Integer> pattern) {
    ProcessBehaviourChart stable = seasonal(noise, null);
    Assume.that(stable.findings().isEmpty());

    ProcessBehaviourChart withSeason = seasonal(noise, pattern);

    assertThat(withSeason.findings()).isEmpty();
    assertThat(withSeason.points()).noneMatch(ChartPoint::isSpecialCause);
  }

  @Property(tries = 300)
  void addingASeasonChangesOnlyTheCentreLine(
      @ForAll @Size(min = 24, max = 36) List<@IntRange(min = 0, max = 6) Integer> noise,
      @ForAll @Size(12) List<@IntRange(min = -40, max = 40) Integer> pattern) {
    ProcessBehaviourChart plain = seasonal(noise, null);
    ProcessBehaviourChart withSeason = seasonal(noise, pattern);

    assertThat(withSeason.findings()).extracting(Finding::flagged)
        .isEqualTo(plain.findings().stream().map(Finding::flagged).toList());
    for (int i = 0; i < noise.size(); i++) {
      ChartPoint a = plain.points().get(i);
      ChartPoint b = withSeason.points().get(i);
      assertThat(b.flaggedBy()).isEqualTo(a.flaggedBy());
      assertThat(b.limits().centre() - a.limits().centre()).isEqualTo(pattern.get(i % 12).doubleValue());
    }
  }

  private static ProcessBehaviourChart seasonal(List<Integer> noise, List<Integer> pattern) {
    double[] v = new double[noise.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = noise.get(i) + (pattern == null ? 0 : pattern.get(i % 12));
    }
    return ProcessBehaviourChart.xmr(Series.months(2023, 1, v))
        .seasonal(Seasonality.monthOfYear())
        .fixLimitsAfter(24)
        .build();
  }
}
