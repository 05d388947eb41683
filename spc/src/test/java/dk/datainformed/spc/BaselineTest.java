package dk.datainformed.spc;

import static dk.datainformed.spc.Series.from2024;
import static dk.datainformed.spc.Series.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.spc.SpcException;
import org.junit.jupiter.api.Test;

class BaselineTest {

  @Test
  void fixedLimitsIgnoreLaterPoints() {
    // Baseline 11, 9, 11, 9: mean 10, limits 4.68–15.32, whatever follows.
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.xmr(from2024(11, 9, 11, 9, 30, 31, 29)).fixLimitsAfter(4).build();

    Segment segment = chart.segments().get(0);
    assertThat(segment.centre()).isEqualTo(10);
    assertThat(segment.baselinePoints()).isEqualTo(4);
    assertThat(segment.trial()).isTrue();
    assertThat(chart.latest().orElseThrow().limits().upper().getAsDouble()).isEqualTo(10 + 2.66 * 2.0);
    assertThat(chart.points().subList(4, 7)).allSatisfy(p -> assertThat(p.isSpecialCause()).isTrue());
    // The moving ranges after the baseline are still shown.
    assertThat(chart.points().get(4).movingRange().getAsDouble()).isEqualTo(21);
  }

  @Test
  void theBaselineCountsObservedPointsNotPeriods() {
    // 11, gap, 9, 11, 9 → the baseline of 3 is 11, 9, 11 (the gap does not count); mean 31/3.
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.xmr(from2024(11, Double.NaN, 9, 11, 9)).fixLimitsAfter(3).build();

    assertThat(chart.segments().get(0).centre()).isEqualTo(31.0 / 3);
  }

  @Test
  void aChangePointStartsNewLimitsAndNewRuns() {
    // January–June around 10 (mean 10, mean moving range 2), July–December around 20 (same
    // spread). Without the change point July–December are six points far above 15.32.
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.xmr(from2024(11, 9, 11, 9, 11, 9, 21, 19, 21, 19, 21, 19))
            .changePoint(ChangePoint.rebase(month(2024, 7), "new intake process"))
            .build();

    assertThat(chart.segments()).hasSize(2);
    Segment after = chart.segments().get(1);
    assertThat(after.first()).isEqualTo(month(2024, 7));
    assertThat(after.startedBy()).contains(ChangePoint.rebase(month(2024, 7), "new intake process"));
    assertThat(after.centre()).isEqualTo(20);
    assertThat(after.meanMovingRange().getAsDouble()).isEqualTo(2);
    assertThat(chart.points().get(6).movingRange()).isEmpty();
    assertThat(chart.points().get(6).segment()).isEqualTo(1);
    assertThat(chart.findings()).isEmpty();
  }

  @Test
  void aDataBreakDoesTheSame() {
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.xmr(from2024(11, 9, 11, 9, 21, 19, 21, 19))
            .changePoint(ChangePoint.dataBreak(month(2024, 5), "new absence registration system"))
            .build();

    assertThat(chart.segments().get(1).startedBy().orElseThrow().kind())
        .isEqualTo(ChangePoint.Kind.DATA_BREAK);
    assertThat(chart.findings()).isEmpty();
  }

  @Test
  void aRebaseNeedsAReason() {
    assertThatThrownBy(() -> ChangePoint.rebase(month(2024, 7), " "))
        .isInstanceOf(SpcException.class)
        .hasMessage("change point at 2024M07 needs a reason: say what changed in the process");
  }

  @Test
  void rejectsAChangePointOutsideTheSeries() {
    assertThatThrownBy(
            () -> ProcessBehaviourChart.xmr(from2024(1, 2, 3))
                .changePoint(ChangePoint.rebase(month(2025, 1), "later"))
                .build())
        .isInstanceOf(SpcException.class)
        .hasMessage("change point at 2025M01 is outside the series 2024M01–2024M03");
  }

  @Test
  void rejectsAChangePointAtTheFirstPeriod() {
    assertThatThrownBy(
            () -> ProcessBehaviourChart.xmr(from2024(1, 2, 3))
                .changePoint(ChangePoint.rebase(month(2024, 1), "start"))
                .build())
        .isInstanceOf(SpcException.class)
        .hasMessageContaining("is the first period");
  }

  @Test
  void aSegmentTooShortForLimitsIsDrawnWithoutThemAndSaysSo() {
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.xmr(from2024(1, 2, 3))
            .changePoint(ChangePoint.rebase(month(2024, 3), "just rebased"))
            .build();

    assertThat(chart.points().get(1).limits().upper()).isPresent();
    assertThat(chart.points().get(2).limits().upper()).isEmpty();
    assertThat(chart.hasEnoughData()).isFalse();
    assertThat(chart.notes()).singleElement().isInstanceOfSatisfying(
        ChartNote.NotEnoughData.class, n -> {
          assertThat(n.segment()).isEqualTo(1);
          assertThat(n.first()).isEqualTo(month(2024, 3));
        });
  }

  @Test
  void rejectsABaselineOfOnePoint() {
    assertThatThrownBy(() -> ProcessBehaviourChart.xmr(from2024(1, 2, 3)).fixLimitsAfter(1))
        .isInstanceOf(SpcException.class)
        .hasMessageContaining("baseline size (1) must be at least 2");
  }
}
