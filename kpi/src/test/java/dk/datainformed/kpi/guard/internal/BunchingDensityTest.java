package dk.datainformed.kpi.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The binomial density test for threshold bunching. */
class BunchingDensityTest {

  @Test
  void upperTailMatchesHandComputedBinomialSums() {
    // P(X >= 8), X ~ Bin(10, 1/2) = (C(10,8) + C(10,9) + C(10,10)) / 2^10 = 56 / 1024.
    assertThat(BunchingTest.upperTail(10, 8)).isCloseTo(56.0 / 1024, within(1e-12));
    // P(X >= 3), X ~ Bin(3, 1/2) = 1/8.
    assertThat(BunchingTest.upperTail(3, 3)).isCloseTo(0.125, within(1e-12));
    assertThat(BunchingTest.upperTail(5, 0)).isEqualTo(1.0);
  }

  @Property
  void upperTailsOfComplementaryCountsSumToOne(
      @ForAll @IntRange(min = 1, max = 400) int n, @ForAll @IntRange(min = 0, max = 400) int k) {
    int kk = Math.min(k, n);
    // P(X >= k) + P(X >= n - k + 1) = P(X >= k) + P(X <= k - 1) = 1 by symmetry of Bin(n, 1/2).
    assertThat(BunchingTest.upperTail(n, kk) + BunchingTest.upperTail(n, n - kk + 1))
        .isCloseTo(1.0, within(1e-9));
  }

  @Test
  void countsInsideAsMeetingTheTargetInEitherDirection() {
    List<Double> values = List.of(4.8, 4.9, 5.0, 5.1, 5.3, 6.0);
    BunchingTest lower = BunchingTest.run(values, 5.0, 0.25, true);
    assertThat(lower.inside()).isEqualTo(3);
    assertThat(lower.outside()).isEqualTo(1);
    BunchingTest higher = BunchingTest.run(values, 5.0, 0.25, false);
    assertThat(higher.inside()).isEqualTo(2);
    assertThat(higher.outside()).isEqualTo(2);
  }
}
