package dk.datainformed.kpi.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.kpi.guard.GuardPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The bunching test's false-alarm rate on smooth data, measured over seeded samples with the
 * default policy (bins of 5 % of the target, 1 % one-sided, at least 20 values near the target),
 * for the same samples continuous and rounded to whole days. Without bunching the rate must stay
 * at the significance level plus sampling error: at most α N + 3 √(N α (1 − α)) of N samples.
 */
class BunchingFalseAlarmTest {
  private static final int SAMPLES = 200;
  private static final int VALUES = 1_000;
  private static final double TARGET = 30;
  private static final GuardPolicy POLICY = GuardPolicy.defaults();
  private static final double ALPHA = POLICY.value(GuardPolicy.BUNCHING_SIGNIFICANCE).value();
  private static final double WIDTH = POLICY.value(GuardPolicy.BUNCHING_WINDOW_FRACTION).value() * TARGET;
  private static final double MINIMUM = POLICY.value(GuardPolicy.BUNCHING_MINIMUM_COUNT).value();
  private static final int ALLOWED =
      (int) Math.floor(ALPHA * SAMPLES + 3 * Math.sqrt(SAMPLES * ALPHA * (1 - ALPHA)));

  /** A flat 1–60 days and a bell around the target (sd 10 days): smooth across the bins. */
  private static double flat(SplittableRandom r) {
    return 0.5 + r.nextDouble() * 60;
  }

  private static double bell(SplittableRandom r) {
    double u1 = r.nextDouble();
    double u2 = r.nextDouble();
    return TARGET + 10 * Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
  }

  private interface Draw {
    double next(SplittableRandom r);
  }

  private static int flagged(Draw draw, DoubleUnaryOperator recorded, long seed) {
    int flagged = 0;
    int judged = 0;
    for (int s = 0; s < SAMPLES; s++) {
      SplittableRandom random = new SplittableRandom(seed + s);
      List<Double> values = new ArrayList<>(VALUES);
      for (int i = 0; i < VALUES; i++) {
        values.add(recorded.applyAsDouble(draw.next(random)));
      }
      BunchingTest test = BunchingTest.run(values, TARGET, WIDTH, true);
      if (test.total() >= MINIMUM) {
        judged++;
        flagged += test.pValue() < ALPHA ? 1 : 0;
      }
    }
    assertThat(judged).as("samples with enough values near the target").isEqualTo(SAMPLES);
    return flagged;
  }

  @Test
  void smoothContinuousDataRarelyLooksBunched() {
    assertThat(flagged(BunchingFalseAlarmTest::flat, v -> v, 1_000)).isLessThanOrEqualTo(ALLOWED);
    assertThat(flagged(BunchingFalseAlarmTest::bell, v -> v, 2_000)).isLessThanOrEqualTo(ALLOWED);
  }

  @Test
  void smoothWholeDayDataRarelyLooksBunched() {
    assertThat(flagged(BunchingFalseAlarmTest::flat, Math::rint, 1_000)).isLessThanOrEqualTo(ALLOWED);
    assertThat(flagged(BunchingFalseAlarmTest::bell, Math::rint, 2_000)).isLessThanOrEqualTo(ALLOWED);
  }

  @Test
  void aFlatSpreadOfOneToSixtyDaysIsNotBunched() {
    // Issue 14: every day 1–60 once. Bins of k = round(1.5) = 2 days: 29–30 against 31–32, 2 and 2.
    List<Double> days = new ArrayList<>();
    for (int d = 1; d <= 60; d++) {
      days.add((double) d);
    }
    BunchingTest test = BunchingTest.run(days, TARGET, WIDTH, true);

    assertThat(test.inside()).isEqualTo(2);
    assertThat(test.outside()).isEqualTo(2);
    assertThat(test.pValue()).isEqualTo(BunchingTest.upperTail(4, 2));
  }

  @Test
  void bunchedSamplesAreStillCaught() {
    // A third of the cases that would close on day 31 or 32 are closed on day 30 instead; for
    // continuous data, half of those just past the target are recorded just inside it.
    Draw bunched =
        r -> {
          double v = Math.rint(flat(r));
          return (v == 31 || v == 32) && r.nextDouble() < 1.0 / 3 ? 30 : v;
        };
    int caughtWhole = flagged(bunched, v -> v, 3_000);
    Draw bunchedContinuous =
        r -> {
          double v = flat(r);
          return v > 30 && v <= 31.5 && r.nextDouble() < 0.5 ? 30 - r.nextDouble() * 1.5 : v;
        };
    int caughtContinuous = flagged(bunchedContinuous, v -> v, 4_000);

    assertThat(caughtWhole).isGreaterThanOrEqualTo(SAMPLES / 2);
    assertThat(caughtContinuous).isGreaterThanOrEqualTo(SAMPLES / 2);
  }
}
