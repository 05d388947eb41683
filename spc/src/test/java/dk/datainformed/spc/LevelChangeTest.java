package dk.datainformed.spc;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.core.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run on one side of the centre line, then special causes on the other: a level change. */
class LevelChangeTest {

  private static List<Observation> years(int first, double... values) {
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      obs.add(Observation.of(Period.year(first + i), values[i]));
    }
    return obs;
  }

  @Test
  void eightYearsBelowTheMeanThenTwoAboveTheLimitIsALevelChangeFromTheYearAfterTheRun() {
    // The school example's Engskolen: mean 3.8525, mean moving range 0.0464 (11 ranges summing to
    // 0.51), upper limit 3.976; 2014–2021 are below the mean, 2023 (4.00) is above the limit.
    ProcessBehaviourChart chart = ProcessBehaviourChart.xmr(years(2014,
        3.82, 3.77, 3.79, 3.81, 3.74, 3.81, 3.84, 3.85, 3.89, 4.00, 3.97, 3.95)).build();

    assertThat(chart.findings()).anyMatch(f -> f.rule() instanceof Rule.Shift && f.last().equals(Period.year(2021)));
    assertThat(chart.levelChange()).hasValue(Period.year(2022));
  }

  @Test
  void aStableSeriesAndARunAtTheEndAreNoLevelChange() {
    assertThat(ProcessBehaviourChart.xmr(years(2014, 3.8, 3.9, 3.8, 3.9, 3.8, 3.9, 3.8, 3.9)).build().levelChange())
        .isEmpty();
    // Seven above at the end, nothing flagged after it: the run is the signal, not a change.
    ProcessBehaviourChart runAtTheEnd = ProcessBehaviourChart.xmr(years(2010,
        3.9, 4.1, 3.9, 4.1, 3.9, 4.1, 4.2, 4.25, 4.2, 4.25, 4.2, 4.25, 4.2)).build();
    assertThat(runAtTheEnd.findings()).anyMatch(f -> f.rule() instanceof Rule.Shift);
    assertThat(runAtTheEnd.levelChange()).isEmpty();
  }
}
