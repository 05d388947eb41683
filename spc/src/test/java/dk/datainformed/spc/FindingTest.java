package dk.datainformed.spc;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.core.text.Language;
import dk.datainformed.core.time.Period;
import dk.datainformed.spc.ImprovementDirection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {

  @Test
  void quarterlyFindingsCountQuartersInBothLanguages() {
    // Quarters 2023K1–2024K4: 11, 9, 11, 9 fix the limits at 4.68–15.32; 2024K1's 4 is below.
    List<Observation> observations = new ArrayList<>();
    double[] values = {11, 9, 11, 9, 4, 11, 9, 11};
    Period q = Period.quarter(2023, 1);
    for (double v : values) {
      observations.add(Observation.of(q, v));
      q = q.next();
    }
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.xmr(observations)
            .direction(ImprovementDirection.HIGHER_IS_BETTER)
            .fixLimitsAfter(4)
            .build();

    assertThat(chart.findings()).singleElement().satisfies(f -> {
      assertThat(f.describe(Language.DANISH)).isEqualTo("under den nedre kontrolgrænse, 1. kvartal 2024");
      assertThat(f.describe(Language.ENGLISH)).isEqualTo("below the lower process limit, Q1 2024");
      assertThat(f.variation()).isEqualTo(Variation.SPECIAL_CAUSE_CONCERN);
    });
    assertThat(chart.latestFindings()).isEmpty();
    assertThat(chart.latest().orElseThrow().variation()).contains(Variation.COMMON_CAUSE);
  }

  @Test
  void theLatestPointKnowsItsFindings() {
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.xmr(Series.from2024(11, 9, 11, 9, 16))
            .direction(ImprovementDirection.LOWER_IS_BETTER)
            .fixLimitsAfter(4)
            .build();

    assertThat(chart.latestFindings()).singleElement().satisfies(f ->
        assertThat(f.describe(Language.DANISH)).isEqualTo("over den øvre kontrolgrænse, maj 2024"));
    assertThat(chart.toString()).isEqualTo("XMR chart 2024M01–2024M05, 1 finding(s) by Making Data Count");
  }
}
