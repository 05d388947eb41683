package dk.datainformed.privacy.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.privacy.PrivacyException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The attacks an independent audit found against the first suppression (issue 17), each reproduced:
 * the old pattern falls, the library's audit says against which attacker, and the pattern the
 * library now returns resists both its own audit and the test's integer-programming intruder.
 */
class AttacksTest {

  /** k = 1, p = 10 %, no dominance rule: the policy of the reproduction. */
  private static final DisclosurePolicy P_PERCENT =
      DisclosurePolicy.builder().minimumCount(1).noDominanceRule().pPercentRule(10).build();

  private static StatisticalTable singletonRow() {
    StatisticalTable.Builder builder = StatisticalTable.magnitudes(Tables.grid(2, 3));
    builder.contributions(CellKey.of("R1", "K1"), 500);
    builder.contributions(CellKey.of("R1", "K2"), 300);
    builder.contributions(CellKey.of("R1", "K3"), 100, 90, 80, 70);
    builder.contributions(CellKey.of("R2", "K1"), 200, 150, 100, 90);
    builder.contributions(CellKey.of("R2", "K2"), 250, 200, 150);
    builder.contributions(CellKey.of("R2", "K3"), 300, 250, 200);
    return builder.build();
  }

  @Test
  void theOwnerOfASingletonCannotComputeTheOtherSuppressedCellOfItsRow() {
    StatisticalTable table = singletonRow();
    DisclosureControl control = DisclosureControl.with(P_PERCENT);
    assertThat(control.primarySuppressions(table).keySet())
        .containsExactly(CellKey.of("R1", "K1"), CellKey.of("R1", "K2"));

    // The first version's pattern: the rectangle R1/R2 × K1/K2.
    Map<CellKey, SuppressionReason> rectangle = new LinkedHashMap<>(control.primarySuppressions(table));
    rectangle.put(CellKey.of("R2", "K1"), SuppressionReason.SECONDARY);
    rectangle.put(CellKey.of("R2", "K2"), SuppressionReason.SECONDARY);
    PublishedTable old = Tables.publish(table, rectangle);
    assertThat(DisclosureAudit.audit(old, P_PERCENT).passes()).as("the outsider's audit").isTrue();
    AuditReport oldReport = DisclosureAudit.audit(table, old, P_PERCENT);
    assertThat(oldReport.failures())
        .extracting(CellInterval::attacker)
        .containsOnly(AttackerModel.CONTRIBUTOR);
    // The owner of R1 × K1 (500) computes R1 × K2 as 1140 - 340 - 500 = 300 exactly.
    assertThat(IntegerAttacker.of(old).knowing(CellKey.of("R1", "K1"), 500, 500)
            .interval(CellKey.of("R1", "K2")))
        .containsExactly(300, 300);

    PublishedTable published = control.protect(table);

    assertThat(DisclosureAudit.audit(table, published, P_PERCENT).passes()).isTrue();
    // p% protection levels: 10 % of the single contribution on both sides.
    assertResistsSingletons(table, published, Map.of(
        CellKey.of("R1", "K1"), new double[] {450, 550},
        CellKey.of("R1", "K2"), new double[] {270, 330}));
  }

  @Test
  void aSmallCountMayNotSitAtTheLowerEndOfItsInterval() {
    // R1 × K1 = 1 with a 0 diagonally across: the rectangle gives [1, 11], wide enough by width
    // alone, but it proves that someone is in the cell.
    StatisticalTable table = Tables.counts(new int[][] {{1, 10}, {10, 0}});
    DisclosureControl control = DisclosureControl.with(DisclosurePolicy.defaults());
    Map<CellKey, SuppressionReason> rectangle = new LinkedHashMap<>(control.primarySuppressions(table));
    rectangle.put(CellKey.of("R1", "K2"), SuppressionReason.SECONDARY);
    rectangle.put(CellKey.of("R2", "K1"), SuppressionReason.SECONDARY);
    rectangle.put(CellKey.of("R2", "K2"), SuppressionReason.SECONDARY);
    PublishedTable old = Tables.publish(table, rectangle);
    assertThat(DisclosureAudit.audit(old, control.policy()).passes()).as("width alone").isTrue();
    assertThat(IntegerAttacker.of(old).interval(CellKey.of("R1", "K1"))).containsExactly(1, 11);
    CellInterval failing = DisclosureAudit.audit(table, old, control.policy()).failures().get(0);
    assertThat(failing.cell()).isEqualTo(CellKey.of("R1", "K1"));
    assertThat(failing.attacker()).isEqualTo(AttackerModel.OUTSIDER);
    assertThat(failing.lowerProtected()).isFalse();
    assertThat(failing.upperProtected()).isTrue();
    assertThat(failing.toString()).contains("too close below");

    PublishedTable published = control.protect(table);

    assertThat(DisclosureAudit.audit(table, published, control.policy()).passes()).isTrue();
    double[] interval = IntegerAttacker.of(published).interval(CellKey.of("R1", "K1"));
    assertThat(interval[0]).as("the intruder cannot prove the cell non-empty").isEqualTo(0);
    assertThat(interval[1]).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aStructuralZeroIsNeverUsedToHideACell() {
    // Same table, but the 0 is structural (everyone knows it): hiding it protects nothing.
    TableStructure shape = Tables.grid(2, 2);
    StatisticalTable table = StatisticalTable.counts(shape)
        .count(CellKey.of("R1", "K1"), 1)
        .count(CellKey.of("R1", "K2"), 10)
        .count(CellKey.of("R2", "K1"), 10)
        .structuralZero(CellKey.of("R2", "K2"))
        .build();
    DisclosureControl control = DisclosureControl.with(DisclosurePolicy.defaults());
    Map<CellKey, SuppressionReason> rectangle = new LinkedHashMap<>(control.primarySuppressions(table));
    rectangle.put(CellKey.of("R1", "K2"), SuppressionReason.SECONDARY);
    rectangle.put(CellKey.of("R2", "K1"), SuppressionReason.SECONDARY);
    rectangle.put(CellKey.of("R2", "K2"), SuppressionReason.SECONDARY);
    PublishedTable old = Tables.publish(table, rectangle);
    // Whoever knows the zero recovers the cell exactly.
    assertThat(IntegerAttacker.of(old).knowing(CellKey.of("R2", "K2"), 0, 0)
            .interval(CellKey.of("R1", "K1")))
        .containsExactly(1, 1);

    PublishedTable published = control.protect(table);

    assertThat(published.isSuppressed(CellKey.of("R2", "K2"))).isFalse();
    assertThat(published.value(CellKey.of("R2", "K2"))).hasValue(0);
    assertThat(DisclosureAudit.audit(table, published, control.policy()).passes()).isTrue();
    double[] interval = IntegerAttacker.of(published).interval(CellKey.of("R1", "K1"));
    assertThat(interval[0]).isEqualTo(0);
    assertThat(interval[1] - interval[0]).isGreaterThanOrEqualTo(3);
  }

  @Test
  void boundsKnownBeforehandAreUsedByTheIntruder() {
    // Without bounds the rectangle leaves R1 × K1 in [0, 6]; an intruder who knows that R2 × K2
    // holds at most 2 narrows it to [4, 6], and the audit must see that too.
    TableStructure shape = Tables.grid(2, 2);
    StatisticalTable.Builder builder = StatisticalTable.magnitudes(shape)
        .contributions(CellKey.of("R1", "K1"), 5)
        .contributions(CellKey.of("R1", "K2"), 40, 30, 20)
        .contributions(CellKey.of("R2", "K1"), 30, 30, 30)
        .contributions(CellKey.of("R2", "K2"), 1, 0.5, 0.5);
    StatisticalTable open = builder.build();
    StatisticalTable bounded = StatisticalTable.magnitudes(shape)
        .contributions(CellKey.of("R1", "K1"), 5)
        .contributions(CellKey.of("R1", "K2"), 40, 30, 20)
        .contributions(CellKey.of("R2", "K1"), 30, 30, 30)
        .contributions(CellKey.of("R2", "K2"), 1, 0.5, 0.5)
        .bounds(CellKey.of("R2", "K2"), 0, 2)
        .build();
    DisclosurePolicy policy = DisclosurePolicy.builder().attackers(AttackerModel.OUTSIDER).build();
    DisclosureControl control = DisclosureControl.with(policy);

    for (StatisticalTable table : List.of(open, bounded)) {
      PublishedTable published = control.protect(table);
      assertThat(DisclosureAudit.audit(table, published, policy).passes()).isTrue();
      assertThat(published.upperBound(CellKey.of("R2", "K2")))
          .isEqualTo(table.upperBound(CellKey.of("R2", "K2")));
      double[] interval = IntegerAttacker.of(published).interval(CellKey.of("R1", "K1"));
      // one contribution of 5: p% protection level 0.5 on each side, width 3 at least
      assertThat(interval[0]).isLessThanOrEqualTo(4.5);
      assertThat(interval[1]).isGreaterThanOrEqualTo(5.5);
    }
  }

  @Test
  void aTableOfDeviationsIsProtectedWithNegativeValues() {
    TableStructure shape = Tables.grid(2, 3);
    StatisticalTable table = StatisticalTable.magnitudes(shape)
        .allowNegative()
        .contributions(CellKey.of("R1", "K1"), -400)
        .contributions(CellKey.of("R1", "K2"), 120, -80, 60, -50)
        .contributions(CellKey.of("R1", "K3"), 90, 70, -60, 40)
        .contributions(CellKey.of("R2", "K1"), -200, 150, 100, 90)
        .contributions(CellKey.of("R2", "K2"), 250, -200, 150)
        .contributions(CellKey.of("R2", "K3"), 30, 25, -20)
        .build();
    DisclosureControl control = DisclosureControl.with(P_PERCENT);

    PublishedTable published = control.protect(table);

    assertThat(published.suppression(CellKey.of("R1", "K1"))).contains(SuppressionReason.P_PERCENT);
    assertThat(DisclosureAudit.audit(table, published, P_PERCENT).passes()).isTrue();
    assertResistsSingletons(table, published, Map.of(CellKey.of("R1", "K1"), new double[] {-440, -360}));
  }

  @Test
  void forcedCellsAreRespectedAndASensitiveCellCannotBeForcedOut() {
    StatisticalTable table = Tables.counts(new int[][] {{20, 15, 30}, {2, 14, 20}, {25, 3, 11}});
    DisclosureControl control = DisclosureControl.with(DisclosurePolicy.defaults());
    ForcedCells forced = ForcedCells.builder()
        .suppress(CellKey.of("R1", "K1"))
        .publish(CellKey.of("R3", "K1"))
        .build();

    PublishedTable published = control.protect(table, forced);

    assertThat(published.suppression(CellKey.of("R1", "K1"))).contains(SuppressionReason.FORCED);
    assertThat(published.isSuppressed(CellKey.of("R3", "K1"))).isFalse();
    assertThat(DisclosureAudit.audit(table, published, control.policy()).passes()).isTrue();
    double[] interval = IntegerAttacker.of(published).interval(CellKey.of("R1", "K1"));
    assertThat(interval[0]).isLessThanOrEqualTo(18);
    assertThat(interval[1]).isGreaterThanOrEqualTo(22);
    ForcedCells sensitive = ForcedCells.builder().publish(CellKey.of("R2", "K1")).build();
    assertThatThrownBy(() -> control.protect(table, sensitive))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("R2 × K1")
        .hasMessageContaining("fewer than 3 units");
  }

  /**
   * The test's own intruders: an outsider, and the sole contributor of every suppressed interior
   * cell with one contributor, each must leave every expected primary cell its required range.
   */
  private static void assertResistsSingletons(
      StatisticalTable table, PublishedTable published, Map<CellKey, double[]> mustReach) {
    mustReach.forEach((cell, range) -> {
      double[] outsider = IntegerAttacker.of(published).interval(cell);
      assertThat(outsider[0]).as("outsider, lower end of %s", cell).isLessThanOrEqualTo(range[0] + 1e-6);
      assertThat(outsider[1]).as("outsider, upper end of %s", cell).isGreaterThanOrEqualTo(range[1] - 1e-6);
      for (CellKey known : published.suppressedCells()) {
        if (known.equals(cell)
            || table.structure().isTotal(known)
            || table.contributions(known).size() != 1) {
          continue;
        }
        double own = table.value(known);
        double[] insider = IntegerAttacker.of(published).knowing(known, own, own).interval(cell);
        assertThat(insider[0]).as("owner of %s, lower end of %s", known, cell)
            .isLessThanOrEqualTo(range[0] + 1e-6);
        assertThat(insider[1]).as("owner of %s, upper end of %s", known, cell)
            .isGreaterThanOrEqualTo(range[1] - 1e-6);
      }
    });
  }
}
