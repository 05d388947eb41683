package dk.datainformed.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
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

  @Property(tries = 300)
  void aFlatBorrowedSeasonChartsAsNoSeasonAtAll(
      @ForAll @Size(min = 13, max = 36) List<@IntRange(min = 0, max = 60) Integer> values) {
    double[] v = values.stream().mapToDouble(Integer::doubleValue).toArray();
    double[] flat = new double[12];
    Arrays.fill(flat, 1.0);
    ProcessBehaviourChart plain = ProcessBehaviourChart.xmr(Series.months(2023, 1, v)).fixLimitsAfter(12).build();
    ProcessBehaviourChart borrowed = ProcessBehaviourChart.xmr(Series.months(2023, 1, v))
        .seasonal(Seasonality.borrowed(flat, "flat")).fixLimitsAfter(12).build();

    for (int i = 0; i < v.length; i++) {
      assertThat(borrowed.points().get(i).flaggedBy()).isEqualTo(plain.points().get(i).flaggedBy());
      assertThat(borrowed.points().get(i).limits().centre())
          .isCloseTo(plain.points().get(i).limits().centre(), within(1e-9));
    }
  }

  @Property(tries = 300)
  void aBorrowedSeasonedChartScalesWithItsSeries(
      @ForAll @Size(min = 13, max = 36) List<@IntRange(min = 1, max = 60) Integer> values,
      @ForAll @Size(12) List<@IntRange(min = 1, max = 8) Integer> pattern,
      @ForAll @IntRange(min = -3, max = 3) int power) {
    double scale = Math.pow(2, power);
    double[] factors = pattern.stream().mapToDouble(Integer::doubleValue).toArray();
    double[] v = values.stream().mapToDouble(Integer::doubleValue).toArray();
    double[] scaled = Arrays.stream(v).map(x -> x * scale).toArray();
    ProcessBehaviourChart a = ProcessBehaviourChart.xmr(Series.months(2023, 1, v))
        .seasonal(Seasonality.borrowed(factors, "p")).fixLimitsAfter(12).build();
    ProcessBehaviourChart b = ProcessBehaviourChart.xmr(Series.months(2023, 1, scaled))
        .seasonal(Seasonality.borrowed(factors, "p")).fixLimitsAfter(12).build();

    for (int i = 0; i < v.length; i++) {
      assertThat(b.points().get(i).flaggedBy()).isEqualTo(a.points().get(i).flaggedBy());
      assertThat(b.points().get(i).limits().centre())
          .isCloseTo(a.points().get(i).limits().centre() * scale, within(1e-9));
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
