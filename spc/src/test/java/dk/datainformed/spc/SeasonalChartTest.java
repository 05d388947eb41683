package dk.datainformed.spc;

import static dk.datainformed.spc.Series.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dk.datainformed.core.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Known answers for the seasonal chart, worked by hand.
 *
 * <p>The series: a winter peak s = 15 in December, January and February and 10 in the other
 * months, plus noise of ±0.5 alternating by month: (−1)<sup>m</sup> × 0.5 in 2023 and the opposite
 * sign in 2024 (m the month number). Each month's mean over the two years is therefore exactly its
 * s; the residuals are −0.5, +0.5, … +0.5 in 2023 and +0.5, −0.5, … in 2024, so the 23 moving
 * ranges are 1 (eleven times), 0 (December 2023 to January 2024) and 1 (eleven times): mean moving
 * range 22 / 23. The limits are s ± 2.66 × 22 / 23 = s ± 2.5443…
 */
class SeasonalChartTest {
  private static final double MR_BAR = 22.0 / 23.0;

  private static double season(int monthOfYear) {
    return monthOfYear == 12 || monthOfYear <= 2 ? 15 : 10;
  }

  private static double[] twoYears() {
    double[] v = new double[24];
    for (int i = 0; i < 24; i++) {
      int m = i % 12 + 1;
      double noise = (m % 2 == 0 ? 0.5 : -0.5) * (i < 12 ? 1 : -1);
      v[i] = season(m) + noise;
    }
    return v;
  }

  private static List<Observation> withJanuary2025(double value) {
    return Series.months(2023, 1, Series.concat(twoYears(), value));
  }

  @Test
  void limitsLieAroundEachMonthsBaselineMean() {
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.xmr(Series.months(2023, 1, twoYears()))
            .seasonal(Seasonality.monthOfYear())
            .build();

    assertThat(chart.seasonallyAdjusted()).isTrue();
    assertThat(chart.segments().get(0).meanMovingRange().getAsDouble()).isCloseTo(MR_BAR, within(1e-12));
    ChartPoint january = chart.points().get(0);
    ChartPoint june = chart.points().get(5);
    assertThat(january.limits().centre()).isCloseTo(15, within(1e-12));
    assertThat(january.limits().upper().getAsDouble()).isCloseTo(15 + 2.66 * MR_BAR, within(1e-12));
    assertThat(june.limits().centre()).isCloseTo(10, within(1e-12));
    assertThat(june.limits().lower().getAsDouble()).isCloseTo(10 - 2.66 * MR_BAR, within(1e-12));
    assertThat(chart.findings()).isEmpty();
  }

  @Test
  void thePlainChartReadsTheWinterAsSpecialCause() {
    // Mean 25 × 6 + 10 × 18 … : (6 × 15 + 18 × 10) / 24 = 11.25; the winters are runs and jumps.
    ProcessBehaviourChart plain = ProcessBehaviourChart.xmr(Series.months(2023, 1, twoYears())).build();

    assertThat(plain.findings()).isNotEmpty();
    assertThat(plain.seasonallyAdjusted()).isFalse();
  }

  @Test
  void aJanuaryAboveItsSeasonalLimitIsASpecialCauseAndOneInsideIsNot() {
    // Limits fixed on the two years: January's upper limit 15 + 2.5443 = 17.544.
    ProcessBehaviourChart high =
        ProcessBehaviourChart.xmr(withJanuary2025(17.6))
            .seasonal(Seasonality.monthOfYear())
            .fixLimitsAfter(24)
            .direction(ImprovementDirection.LOWER_IS_BETTER)
            .build();
    ProcessBehaviourChart usual =
        ProcessBehaviourChart.xmr(withJanuary2025(17.4))
            .seasonal(Seasonality.monthOfYear())
            .fixLimitsAfter(24)
            .build();

    assertThat(high.latest().orElseThrow().flaggedBy()).contains(Rule.outsideLimits());
    assertThat(high.latestFindings().get(0).variation()).isEqualTo(Variation.SPECIAL_CAUSE_CONCERN);
    assertThat(usual.latest().orElseThrow().flaggedBy()).doesNotContain(Rule.outsideLimits());
  }

  @Test
  void autoFindsTheSeasonAndSaysSo() {
    // By hand: month means 15 (three months) and 10 (nine), grand mean 11.25; between-month sum of
    // squares 2 × (3 × 3.75² + 9 × 1.25²) = 112.5 on 11 degrees, within 24 × 0.25 = 6 on 12:
    // F = 10.227 / 0.5 = 20.45, far beyond the 1 % point of F(11, 12) (about 4.2).
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.xmr(Series.months(2023, 1, twoYears()))
            .seasonal(Seasonality.auto())
            .build();

    assertThat(chart.seasonallyAdjusted()).isTrue();
    ChartNote.SeasonallyAdjusted note = (ChartNote.SeasonallyAdjusted) chart.notes().get(0);
    assertThat(note.pValue().getAsDouble()).isLessThan(0.01);
    assertThat(note.describe(Language.DANISH)).startsWith("Sæsonjusteret: ");
    assertThat(note.describe(Language.ENGLISH)).startsWith("Seasonally adjusted: ");
  }

  @Test
  void autoLeavesASeriesWithoutASeasonAlone() {
    // Noise without a season. By hand: the twelve month pairs differ by 2, 3, 2, 1, 3, 4, 2, 2, 3,
    // 1, 3, 1, so the within-month sum of squares is 71 / 2 = 35.5 on 12 degrees; the month means
    // lie near the grand mean 10.625 (between 4.125 on 11 degrees): F = 0.375 / 2.958 = 0.13.
    double[] flat = {
      10, 12, 9, 11, 10, 13, 9, 10, 12, 11, 9, 10,
      12, 9, 11, 10, 13, 9, 11, 12, 9, 10, 12, 11
    };
    ProcessBehaviourChart auto =
        ProcessBehaviourChart.xmr(Series.months(2023, 1, flat)).seasonal(Seasonality.auto()).build();
    ProcessBehaviourChart plain = ProcessBehaviourChart.xmr(Series.months(2023, 1, flat)).build();

    assertThat(auto.seasonallyAdjusted()).isFalse();
    assertThat(auto.points()).isEqualTo(plain.points());
    assertThat(auto.findings()).isEqualTo(plain.findings());
  }

  @Test
  void autoLeavesASeriesShorterThanTwoYearsAlone() {
    double[] year = new double[23];
    System.arraycopy(twoYears(), 0, year, 0, 23);
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.xmr(Series.months(2023, 1, year)).seasonal(Seasonality.auto()).build();

    assertThat(chart.seasonallyAdjusted()).isFalse();
  }

  @Test
  void aForcedSeasonNeedsTwoYears() {
    double[] year = new double[23];
    System.arraycopy(twoYears(), 0, year, 0, 23);

    assertThatThrownBy(
            () -> ProcessBehaviourChart.xmr(Series.months(2023, 1, year))
                .seasonal(Seasonality.monthOfYear())
                .build())
        .isInstanceOf(SpcException.class)
        .hasMessageContaining("1 value for month 12 of the year")
        .hasMessageContaining("two years");
  }

  @Test
  void aForcedSeasonNeedsAnXmrChartOfTheRightGrain() {
    assertThatThrownBy(
            () -> ProcessBehaviourChart.run(Series.months(2023, 1, twoYears()))
                .seasonal(Seasonality.monthOfYear())
                .build())
        .isInstanceOf(SpcException.class)
        .hasMessageContaining("use ProcessBehaviourChart.xmr");
    assertThatThrownBy(
            () -> ProcessBehaviourChart.xmr(Series.months(2023, 1, twoYears()))
                .seasonal(Seasonality.weekOfYear())
                .build())
        .isInstanceOf(SpcException.class)
        .hasMessageContaining("weekly observations");
  }

  @Test
  void aWinterShiftOnTheSeasonalChartIsStillFound() {
    // Two years of baseline, then 2025 every month 3 above its season: 12 points above their
    // expectation, a shift (and January's +3 is beyond 2.54).
    double[] after = new double[12];
    for (int m = 1; m <= 12; m++) {
      after[m - 1] = season(m) + 3;
    }
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.xmr(Series.months(2023, 1, Series.concat(twoYears(), after)))
            .seasonal(Seasonality.monthOfYear())
            .fixLimitsAfter(24)
            .build();

    assertThat(chart.findings()).anySatisfy(f -> assertThat(f.rule()).isEqualTo(Rule.shift(7)));
    assertThat(chart.latest().orElseThrow().period()).isEqualTo(month(2025, 12));
    assertThat(chart.latest().orElseThrow().isSpecialCause()).isTrue();
  }
}
