package dk.datainformed.kpi.definition;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.spc.ProcessBehaviourChart;
import dk.datainformed.spc.Observation;
import dk.datainformed.core.time.Period;
import dk.datainformed.spc.ValueRange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitRangeTest {

  @Test
  void eachUnitSaysWhichValuesArePossible() {
    assertThat(Unit.PERCENT.range()).isEqualTo(ValueRange.between(0, 100));
    assertThat(Unit.RATIO.range()).isEqualTo(ValueRange.between(0, 1));
    assertThat(Unit.PER_MILLE.range()).isEqualTo(ValueRange.between(0, 1000));
    assertThat(Unit.COUNT.range()).isEqualTo(ValueRange.atLeast(0));
    assertThat(Unit.DAYS.range()).isEqualTo(ValueRange.atLeast(0));
    assertThat(Unit.PER_FULL_TIME_EQUIVALENT.range()).isEqualTo(ValueRange.atLeast(0));
    assertThat(Unit.SCORE.range()).isEqualTo(ValueRange.atLeast(0));
    assertThat(Unit.NUMBER.range()).isEqualTo(ValueRange.unbounded());
    assertThat(Unit.PERCENTAGE_POINTS.range()).isEqualTo(ValueRange.between(-100, 100));
    assertThat(Unit.DKK.range()).isEqualTo(ValueRange.unbounded());
  }

  @Test
  void aPercentKpisChartHasNoNegativeLimit() {
    // 0.5, 2.5 alternating: mean 1.5, moving range 2, lower limit 1.5 − 5.32 < 0, clamped to 0.
    List<Observation> obs = new ArrayList<>();
    Period p = Period.month(2024, 1);
    for (int i = 0; i < 12; i++) {
      obs.add(Observation.of(p, i % 2 == 0 ? 0.5 : 2.5));
      p = p.next();
    }
    ProcessBehaviourChart chart = ProcessBehaviourChart.xmr(obs).range(Unit.PERCENT.range()).build();

    assertThat(chart.points().get(0).limits().lower()).hasValue(0);
  }
}
