package dk.datainformed.privacy.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.privacy.PrivacyException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosureAuditTest {

  private static final TableStructure GRID = Tables.grid(2, 2);

  /**
   * Someone else published this 2×2 (rows 2 + 28 = 30 and 25 + 15 = 40, columns 27 and 43, total
   * 70) with only R1×K1 (true value 2) hidden. Row R1 gives R1×K1 = 30 − 28 = 2 exactly: the interval is [2, 2] and the audit fails.
   */
  @Test
  void failsATableWhereTheHiddenCellFollowsFromItsRow() {
    PublishedTable published =
        PublishedTable.builder(Measure.COUNT, GRID)
            .suppressed(CellKey.of("R1", "K1"))
            .value(CellKey.of("R1", "K2"), 28)
            .value(CellKey.of("R2", "K1"), 25)
            .value(CellKey.of("R2", "K2"), 15)
            .value(CellKey.of("R1", "I alt"), 30)
            .value(CellKey.of("R2", "I alt"), 40)
            .value(CellKey.of("I alt", "K1"), 27)
            .value(CellKey.of("I alt", "K2"), 43)
            .value(CellKey.of("I alt", "I alt"), 70)
            .build();

    AuditReport report = DisclosureAudit.audit(published, DisclosurePolicy.defaults());

    assertThat(report.passes()).isFalse();
    CellInterval interval = report.failures().get(0);
    assertThat(interval.cell()).isEqualTo(CellKey.of("R1", "K1"));
    assertThat(interval.reason()).isEqualTo(SuppressionReason.UNSPECIFIED);
    assertThat(interval.lower()).isEqualTo(2.0);
    assertThat(interval.upper()).isEqualTo(2.0);
  }

  /**
   * All four interior cells hidden in a 2×2 with margins R1 = 5, R2 = 45, K1 = 20, K2 = 30: with
   * R1×K1 = t, R1×K2 = 5 − t, R2×K1 = 20 − t, R2×K2 = 25 + t and 0 ≤ t ≤ 5. R1×K1 ∈ [0, 5] is
   * wide enough (needs 3); R2×K2 ∈ [25, 30] needs max(3, 10 % of 30) = 3 and has 5.
   */
  @Test
  void computesIntervalsFromMarginsAlone() {
    PublishedTable published =
        PublishedTable.builder(Measure.COUNT, GRID)
            .suppressed(CellKey.of("R1", "K1"))
            .suppressed(CellKey.of("R1", "K2"))
            .suppressed(CellKey.of("R2", "K1"))
            .suppressed(CellKey.of("R2", "K2"))
            .value(CellKey.of("R1", "I alt"), 5)
            .value(CellKey.of("R2", "I alt"), 45)
            .value(CellKey.of("I alt", "K1"), 20)
            .value(CellKey.of("I alt", "K2"), 30)
            .value(CellKey.of("I alt", "I alt"), 50)
            .build();

    AuditReport report = DisclosureAudit.audit(published, DisclosurePolicy.defaults());

    DisclosureControlTest.assertInterval(report, CellKey.of("R1", "K1"), 0, 5);
    DisclosureControlTest.assertInterval(report, CellKey.of("R1", "K2"), 0, 5);
    DisclosureControlTest.assertInterval(report, CellKey.of("R2", "K1"), 15, 20);
    DisclosureControlTest.assertInterval(report, CellKey.of("R2", "K2"), 25, 30);
    assertThat(report.passes()).isTrue();
  }

  @Test
  void aStricterPolicyFailsTheSameTable() {
    PublishedTable published =
        PublishedTable.builder(Measure.COUNT, TableStructure.of(Dimension.of("enhed", "I alt", List.of("A", "B"))))
            .suppressed(CellKey.of("A"), SuppressionReason.THRESHOLD)
            .suppressed(CellKey.of("B"), SuppressionReason.SECONDARY)
            .value(CellKey.of("I alt"), 4)
            .build();

    // A + B = 4: A ∈ [0, 4], width 4. Enough for k = 3, not for a width of 5.
    assertThat(DisclosureAudit.audit(published, DisclosurePolicy.defaults()).passes()).isTrue();
    assertThat(
            DisclosureAudit.audit(published, DisclosurePolicy.builder().minimumCount(5).build())
                .failures())
        .extracting(CellInterval::cell)
        .containsExactly(CellKey.of("A"));
  }

  @Test
  void reportsAnUnboundedCellWhenNothingLimitsIt() {
    PublishedTable published =
        PublishedTable.builder(Measure.COUNT, TableStructure.of(Dimension.of("enhed", "I alt", List.of("A", "B"))))
            .suppressed(CellKey.of("A"))
            .suppressed(CellKey.of("B"))
            .suppressed(CellKey.of("I alt"))
            .build();

    AuditReport report = DisclosureAudit.audit(published, DisclosurePolicy.defaults());

    assertThat(report.interval(CellKey.of("A")).orElseThrow().upper()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(report.passes()).isTrue();
  }

  @Test
  void doesNotRoundMagnitudeBounds() {
    PublishedTable published =
        PublishedTable.builder(Measure.MAGNITUDE, TableStructure.of(Dimension.of("enhed", "I alt", List.of("A", "B"))))
            .suppressed(CellKey.of("A"))
            .suppressed(CellKey.of("B"))
            .value(CellKey.of("I alt"), 2.5)
            .build();

    DisclosureControlTest.assertInterval(
        DisclosureAudit.audit(published, DisclosurePolicy.defaults()), CellKey.of("A"), 0, 2.5);
  }

  @Test
  void rejectsAPublishedTableThatContradictsItsTotals() {
    // A + B = 10 with B published as 12 would need A = -2.
    PublishedTable published =
        PublishedTable.builder(Measure.COUNT, TableStructure.of(Dimension.of("enhed", "I alt", List.of("A", "B"))))
            .suppressed(CellKey.of("A"))
            .value(CellKey.of("B"), 12)
            .value(CellKey.of("I alt"), 10)
            .build();

    assertThatThrownBy(() -> DisclosureAudit.audit(published, DisclosurePolicy.defaults()))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("inconsistent");
  }

  @Test
  void rejectsAPublishedTableWhosePublishedCellsDoNotAddUp() {
    PublishedTable.Builder builder =
        PublishedTable.builder(Measure.COUNT, TableStructure.of(Dimension.of("enhed", "I alt", List.of("A", "B"))))
            .value(CellKey.of("A"), 3)
            .value(CellKey.of("B"), 4)
            .value(CellKey.of("I alt"), 8);

    assertThatThrownBy(builder::build)
        .isInstanceOf(PrivacyException.class)
        .hasMessage("the published table does not add up: total 'I alt' is 8.0 but its parts add up to 7.0");
  }

  @Test
  void rejectsAPublishedTableWithACellLeftOut() {
    PublishedTable.Builder builder =
        PublishedTable.builder(Measure.COUNT, TableStructure.of(Dimension.of("enhed", "I alt", List.of("A", "B"))))
            .value(CellKey.of("A"), 3)
            .value(CellKey.of("I alt"), 8);

    assertThatThrownBy(builder::build)
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("cell 'B' is neither published nor suppressed");
  }
}
