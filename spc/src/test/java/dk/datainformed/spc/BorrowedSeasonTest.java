package dk.datainformed.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dk.datainformed.core.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Known answers for a borrowed season, worked by hand.
 *
 * <p>The lender: a winter (December to February) of 15 and 10 in the other months, so its season
 * as factors of its mean 11.25 is 4/3 in winter and 8/9 otherwise. The borrower: 6 in winter and 4
 * otherwise, with noise of ±0.2 alternating by month and of opposite sign in the second year, so
 * that it sums to 0. Its level is its sum, 2 × (3 × 6 + 9 × 4) = 108, over the sum of its points'
 * factors, 24: 4.5; its expectation is 4.5 × 4/3 = 6 in winter and 4.5 × 8/9 = 4 otherwise. The
 * residuals are the noise, whose 23 moving ranges are 0.4 twenty-two times and 0 once: limits
 * expectation ± 2.66 × 0.4 × 22 / 23.
 */
class BorrowedSeasonTest {
  private static final double MR_BAR = 0.4 * 22.0 / 23.0;

  private static double[] twoYears(double winter, double other, double noise) {
    double[] v = new double[24];
    for (int i = 0; i < 24; i++) {
      int m = i % 12 + 1;
      v[i] = (m == 12 || m <= 2 ? winter : other) + (m % 2 == 0 ? noise : -noise) * (i < 12 ? 1 : -1);
    }
    return v;
  }

  private static ProcessBehaviourChart lender() {
    return ProcessBehaviourChart.xmr(Series.months(2023, 1, twoYears(15, 10, 0.5)))
        .seasonal(Seasonality.monthOfYear())
        .build();
  }

  @Test
  void aSeasonalChartLendsItsExpectationsAsFactorsOfTheirMean() {
    Seasonality season = Seasonality.borrowedFrom(lender(), "Forvaltningen").orElseThrow();

    double[] f = season.factors().orElseThrow();
    assertThat(f[0]).isCloseTo(4.0 / 3, within(1e-12));
    assertThat(f[11]).isCloseTo(4.0 / 3, within(1e-12));
    assertThat(f[5]).isCloseTo(8.0 / 9, within(1e-12));
    assertThat(season.source()).hasValue("Forvaltningen");
    assertThat(Seasonality.borrowedFrom(
        ProcessBehaviourChart.xmr(Series.months(2023, 1, twoYears(15, 10, 0.5))).build(), "x")).isEmpty();
  }

  @Test
  void theBorrowersLimitsLieAroundItsOwnLevelTimesTheSeason() {
    Seasonality season = Seasonality.borrowedFrom(lender(), "Forvaltningen").orElseThrow();
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.xmr(Series.months(2023, 1, twoYears(6, 4, 0.2))).seasonal(season).build();

    assertThat(chart.seasonallyAdjusted()).isTrue();
    ChartPoint january = chart.points().get(0);
    ChartPoint june = chart.points().get(5);
    assertThat(january.limits().centre()).isCloseTo(6, within(1e-12));
    assertThat(june.limits().centre()).isCloseTo(4, within(1e-12));
    assertThat(chart.segments().get(0).meanMovingRange().getAsDouble()).isCloseTo(MR_BAR, within(1e-12));
    assertThat(june.limits().upper().getAsDouble()).isCloseTo(4 + 2.66 * MR_BAR, within(1e-12));
    assertThat(chart.findings()).isEmpty();
    assertThat(chart.notes()).singleElement().satisfies(n -> assertThat(n.describe(Language.DANISH))
        .startsWith("Sæsonjusteret efter sæsonmønstret i Forvaltningen"));

    // Charted without the season, the same series reads its winters as special causes.
    assertThat(ProcessBehaviourChart.xmr(Series.months(2023, 1, twoYears(6, 4, 0.2))).build().findings())
        .isNotEmpty();
  }

  @Test
  void aSeasonNeedsTwelveOrFiftyTwoFactorsAboveZeroAndASource() {
    assertThatThrownBy(() -> Seasonality.borrowed(new double[11], "x"))
        .isInstanceOf(SpcException.class).hasMessageContaining("12 factors");
    double[] zero = new double[12];
    assertThatThrownBy(() -> Seasonality.borrowed(zero, "x"))
        .isInstanceOf(SpcException.class).hasMessageContaining("above 0");
    double[] ones = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    assertThatThrownBy(() -> Seasonality.borrowed(ones, " "))
        .isInstanceOf(SpcException.class).hasMessageContaining("name");
  }
}
