package dk.datainformed.spc;

import static dk.datainformed.spc.Series.from2024;
import static dk.datainformed.spc.Series.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.text.Language;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FrozenBaselineTest {

  @Test
  void aFrozenBaselineKeepsItsLimitsWhenABaselineMonthIsRevisedAndAMonthIsAdded() {
    // Run 1: 11, 9, 11, 9 then 10; fixed after 4: mean 10, mean moving range 2, limits 4.68–15.32.
    ProcessBehaviourChart first =
        ProcessBehaviourChart.xmr(from2024(11, 9, 11, 9, 10)).fixLimitsAfter(4).build();
    FrozenBaseline kept = FrozenBaseline.of(first.baselinePoints(0), "fixed on January–April 2024");
    assertThat(kept.points()).extracting(o -> o.value().getAsDouble()).containsExactly(11.0, 9.0, 11.0, 9.0);

    // Run 2: the source revised March to 17 and June arrived. Recomputed, the limits would move
    // (mean 12.5); frozen, they stay at run 1's.
    List<Observation> revised = from2024(11, 9, 17, 9, 10, 15);
    ProcessBehaviourChart moved = ProcessBehaviourChart.xmr(revised).fixLimitsAfter(4).build();
    ProcessBehaviourChart next = ProcessBehaviourChart.xmr(revised).frozenBaseline(kept).build();

    assertThat(moved.segments().get(0).centre()).isEqualTo(11.5);
    assertThat(next.segments().get(0).centre()).isEqualTo(first.segments().get(0).centre());
    assertThat(next.segments().get(0).meanMovingRange()).isEqualTo(first.segments().get(0).meanMovingRange());
    assertThat(next.latest().orElseThrow().limits()).isEqualTo(first.latest().orElseThrow().limits());
    assertThat(next.latest().orElseThrow().limits().upper().getAsDouble()).isEqualTo(10 + 2.66 * 2);
    // The chart shows the revised value and its own moving ranges.
    assertThat(next.points().get(2).value().getAsDouble()).isEqualTo(17);
    assertThat(next.points().get(2).movingRange().getAsDouble()).isEqualTo(8);
    // 17 lies above the frozen upper limit: a signal the recomputed chart would have hidden.
    assertThat(next.points().get(2).isSpecialCause()).isTrue();
    assertThat(next.notes()).containsExactly(new ChartNote.LimitsFrozen(0, month(2024, 1), month(2024, 4), 4,
        "fixed on January–April 2024"));
    assertThat(next.notes().get(0).describe(Language.DANISH))
        .startsWith("Grænserne er låst på 4 punkter")
        .endsWith("nye og rettede tal flytter dem ikke");
    assertThat(next.baselinePoints(0)).isEqualTo(kept.points());
  }

  @Test
  void aChangePointAfterTheBaselineStartsLimitsOfItsOwn() {
    FrozenBaseline kept = FrozenBaseline.of(from2024(11, 9, 11, 9), "first year");
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.xmr(from2024(11, 9, 11, 9, 21, 19, 21, 19))
            .frozenBaseline(kept)
            .changePoint(ChangePoint.rebase(month(2024, 5), "new rota"))
            .build();

    assertThat(chart.segments().get(0).centre()).isEqualTo(10);
    assertThat(chart.segments().get(1).centre()).isEqualTo(20);
    assertThat(chart.baselinePoints(1)).hasSize(4);
  }

  @Test
  void aP_primeChartTakesTheFrozenPartsAndEachPointsOwnDenominator() {
    List<Observation> base = List.of(
        Observation.ratio(month(2024, 1), 10, 200), Observation.ratio(month(2024, 2), 12, 210),
        Observation.ratio(month(2024, 3), 9, 190), Observation.ratio(month(2024, 4), 11, 205));
    ProcessBehaviourChart first = ProcessBehaviourChart.pPrime(base).build();
    List<Observation> more = new ArrayList<>(base);
    more.set(1, Observation.ratio(month(2024, 2), 30, 210));
    more.add(Observation.ratio(month(2024, 5), 11, 400));
    ProcessBehaviourChart next =
        ProcessBehaviourChart.pPrime(more).frozenBaseline(FrozenBaseline.of(first.baselinePoints(0), "kept")).build();

    assertThat(next.segments().get(0).centre()).isEqualTo(first.segments().get(0).centre());
    assertThat(next.points().get(0).limits()).isEqualTo(first.points().get(0).limits());
    // May's limits use May's denominator (400), narrower than January's (200).
    Limits may = next.points().get(4).limits();
    Limits january = next.points().get(0).limits();
    assertThat(may.upper().getAsDouble() - may.centre()).isLessThan(january.upper().getAsDouble() - january.centre());
  }

  @Test
  void refusesABaselineOutsideTheSeriesOrAcrossAChangePoint() {
    FrozenBaseline kept = FrozenBaseline.of(Series.months(2023, 11, 11, 9, 11, 9), "from 2023");
    assertThatThrownBy(() -> ProcessBehaviourChart.xmr(from2024(11, 9, 11, 9)).frozenBaseline(kept).build())
        .isInstanceOf(SpcException.class)
        .hasMessageContaining("2023M11–2024M02 (from 2023) does not lie within one segment");
    FrozenBaseline across = FrozenBaseline.of(from2024(11, 9, 11, 9), "first months");
    assertThatThrownBy(() -> ProcessBehaviourChart.xmr(from2024(11, 9, 11, 9, 10))
            .frozenBaseline(across).changePoint(ChangePoint.rebase(month(2024, 3), "x")).build())
        .isInstanceOf(SpcException.class)
        .hasMessageContaining("does not lie within one segment");
    assertThatThrownBy(() -> ProcessBehaviourChart.pPrime(List.of(Observation.ratio(month(2024, 1), 1, 10),
            Observation.ratio(month(2024, 2), 2, 10))).frozenBaseline(across).build())
        .isInstanceOf(SpcException.class)
        .hasMessageContaining("without numerator and denominator");
  }

  @Test
  void refusesMissingOrUnorderedPointsAndABlankReason() {
    assertThatThrownBy(() -> FrozenBaseline.of(from2024(1, Double.NaN), "x"))
        .isInstanceOf(SpcException.class).hasMessageContaining("2024M02 is missing");
    assertThatThrownBy(() -> FrozenBaseline.of(List.of(Observation.of(month(2024, 2), 1), Observation.of(month(2024, 1), 1)), "x"))
        .isInstanceOf(SpcException.class).hasMessageContaining("increasing order");
    assertThatThrownBy(() -> FrozenBaseline.of(from2024(1, 2), " "))
        .isInstanceOf(SpcException.class).hasMessageContaining("reason");
    assertThatThrownBy(() -> FrozenBaseline.of(List.of(), "x")).isInstanceOf(SpcException.class);
  }

  /**
   * No moving goalposts: whatever later months bring, and however the source revises the baseline
   * months, a chart on the frozen baseline has the first chart's limits in the baseline's segment,
   * seasonal or not.
   */
  @Property(tries = 300)
  void laterAndRevisedDataNeverMoveFrozenLimits(
      @ForAll @Size(min = 2, max = 36) List<@IntRange(min = 0, max = 200) Integer> values,
      @ForAll @IntRange(min = 2, max = 36) int fixAfter,
      @ForAll @Size(max = 24) List<@IntRange(min = 0, max = 200) Integer> later,
      @ForAll @Size(max = 36) List<@IntRange(min = -50, max = 50) Integer> revisions,
      @ForAll boolean seasonal) {
    Seasonality season = seasonal ? Seasonality.auto() : Seasonality.none();
    ProcessBehaviourChart first = ProcessBehaviourChart.xmr(series(values, List.of()))
        .fixLimitsAfter(fixAfter).seasonal(season).build();
    FrozenBaseline kept = FrozenBaseline.of(first.baselinePoints(0), "first run");
    List<Integer> revisedValues = new ArrayList<>(values);
    for (int i = 0; i < Math.min(revisions.size(), values.size()); i++) {
      revisedValues.set(i, Math.max(0, values.get(i) + revisions.get(i)));
    }
    ProcessBehaviourChart next = ProcessBehaviourChart.xmr(series(revisedValues, later))
        .frozenBaseline(kept).seasonal(season).build();

    assertThat(next.segments().get(0).centre()).isEqualTo(first.segments().get(0).centre());
    assertThat(next.segments().get(0).meanMovingRange()).isEqualTo(first.segments().get(0).meanMovingRange());
    for (int i = 0; i < values.size(); i++) {
      assertThat(next.points().get(i).limits()).isEqualTo(first.points().get(i).limits());
    }
    assertThat(next.baselinePoints(0)).isEqualTo(first.baselinePoints(0));
  }

  private static List<Observation> series(List<Integer> values, List<Integer> later) {
    double[] v = new double[values.size() + later.size()];
    for (int i = 0; i < values.size(); i++) {
      v[i] = values.get(i);
    }
    for (int i = 0; i < later.size(); i++) {
      v[values.size() + i] = later.get(i);
    }
    return from2024(v);
  }
}
