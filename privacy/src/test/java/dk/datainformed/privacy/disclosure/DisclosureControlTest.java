package dk.datainformed.privacy.disclosure;

import static dk.datainformed.privacy.disclosure.SuppressionReason.SECONDARY;
import static dk.datainformed.privacy.disclosure.SuppressionReason.THRESHOLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {

  private final DisclosureControl control = DisclosureControl.with(DisclosurePolicy.defaults());

  /**
   * Hand-worked 3×3 table with margins (rows R1..R3, columns K1..K3):
   *
   * <pre>
   *         K1  K2  K3 | I alt
   *   R1    20  15  10 |  45
   *   R2     2  12   8 |  22
   *   R3    10  25  30 |  65
   *   I alt 32  52  48 | 132
   * </pre>
   *
   * R2×K1 = 2 is below k = 3.
   */
  private static final int[][] THREE_BY_THREE = {{20, 15, 10}, {2, 12, 8}, {10, 25, 30}};

  @Test
  void marksOnlyTheCellBelowTheMinimumCountAsPrimary() {
    StatisticalTable table = Tables.counts(THREE_BY_THREE);

    assertThat(control.primarySuppressions(table)).containsOnly(entry(CellKey.of("R2", "K1"), THRESHOLD));
  }

  /**
   * Secondary suppression by hand, following the rule of {@link DisclosureControl#protect}:
   *
   * <ol>
   *   <li>Column K1 (I alt×K1 = R1×K1 + R2×K1 + R3×K1) has one suppressed cell; the cheapest
   *       partner is R3×K1 = 10 (R1×K1 = 20).
   *   <li>Row R2 has one suppressed cell; no candidate closes another singleton, so the cheapest:
   *       R2×K3 = 8 (R2×K2 = 12).
   *   <li>Row R3 (R3×K1 suppressed) and column K3 (R2×K3 suppressed) are singletons; R3×K3 = 30
   *       closes both (R3×K2 = 25 closes only one), so R3×K3.
   * </ol>
   *
   * The pattern is the rectangle R2×K1, R2×K3, R3×K1, R3×K3; no total is suppressed.
   */
  @Test
  void protectsTheThreeByThreeWithTheRectangleWorkedByHand() {
    PublishedTable published = control.protect(Tables.counts(THREE_BY_THREE));

    Map<CellKey, SuppressionReason> expected = new LinkedHashMap<>();
    expected.put(CellKey.of("R2", "K1"), THRESHOLD);
    expected.put(CellKey.of("R2", "K3"), SECONDARY);
    expected.put(CellKey.of("R3", "K1"), SECONDARY);
    expected.put(CellKey.of("R3", "K3"), SECONDARY);
    assertThat(published.suppressedCells()).containsExactlyElementsOf(expected.keySet());
    expected.forEach((cell, reason) -> assertThat(published.suppression(cell)).contains(reason));
    assertThat(published.value(CellKey.of("R1", "K1"))).hasValue(20);
    assertThat(published.value(CellKey.of(Tables.TOTAL, Tables.TOTAL))).hasValue(132);
  }

  /**
   * The audit's intervals for the rectangle, by hand. With a = R2×K1, b = R2×K3, c = R3×K1, d =
   * R3×K3 and the published cells: a + b = 22 − 12 = 10 (row R2), c + d = 65 − 25 = 40 (row R3),
   * a + c = 32 − 20 = 12 (column K1), b + d = 48 − 10 = 38 (column K3). With a = t: b = 10 − t,
   * c = 12 − t, d = 28 + t, and non-negativity gives 0 ≤ t ≤ 10. So a ∈ [0, 10], b ∈ [0, 10],
   * c ∈ [2, 12], d ∈ [28, 38]. The primary cell needs width max(3, 10 % of 10) = 3; it has 10.
   */
  @Test
  void auditsTheRectangleWithTheIntervalsWorkedByHand() {
    PublishedTable published = control.protect(Tables.counts(THREE_BY_THREE));

    AuditReport report = DisclosureAudit.audit(published, DisclosurePolicy.defaults());

    assertThat(report.passes()).isTrue();
    assertInterval(report, CellKey.of("R2", "K1"), 0, 10);
    assertInterval(report, CellKey.of("R2", "K3"), 0, 10);
    assertInterval(report, CellKey.of("R3", "K1"), 2, 12);
    assertInterval(report, CellKey.of("R3", "K3"), 28, 38);
    assertThat(report.interval(CellKey.of("R2", "K1")).orElseThrow().requiredWidth()).isEqualTo(3.0);
  }

  /**
   * The same table with a protection width of 15 instead of 3. R2×K1 needs partners with room for
   * 15, which the suppressor prefers (then the partner that closes the most singletons, then the
   * cheapest). By hand, relations in the table's order (columns, then rows):
   *
   * <ol>
   *   <li>Column K1: R1×K1 = 20 has room for 15, R3×K1 = 10 has not: R1×K1.
   *   <li>Row R1 (now a singleton): R1×K2 = 15 has room, R1×K3 = 10 has not: R1×K2.
   *   <li>Row R2: neither R2×K2 = 12 nor R2×K3 = 8 has room; R2×K2 also closes column K2: R2×K2.
   *   <li>Audit: the rectangle R1/R2 × K1/K2 gives R2×K1 ∈ [0, 14] (down by its own 2, up by
   *       min(20, 12)), narrower than 15.
   *   <li>Widen: no published cell related to R2×K1 has room; the cheapest is R2×K3 = 8.
   *   <li>Column K3: R3×K3 = 30 has room, R1×K3 = 10 has not: R3×K3. Row R3: R3×K2 = 25: R3×K2.
   *   <li>Audit: R2×K1 ≤ 22 (column K1 leaves 32 − 10 = 22 for R1×K1 + R2×K1), reached with
   *       R1×K1 = 0, R1×K2 = 35, R2×K2 = R2×K3 = 0, R3×K3 = 38, R3×K2 = 17; and 0 is reached too.
   *       So R2×K1 ∈ [0, 22]: width 22 ≥ 15, with seven cells where the first version hid eight.
   * </ol>
   */
  @Test
  void widensThePatternUntilTheAuditPassesAStricterProtectionInterval() {
    DisclosurePolicy wide = DisclosurePolicy.builder().minimumProtectionWidth(15).build();

    PublishedTable published = DisclosureControl.with(wide).protect(Tables.counts(THREE_BY_THREE));

    assertThat(published.suppressedCells())
        .containsExactlyInAnyOrder(
            CellKey.of("R1", "K1"), CellKey.of("R1", "K2"),
            CellKey.of("R2", "K1"), CellKey.of("R2", "K2"), CellKey.of("R2", "K3"),
            CellKey.of("R3", "K2"), CellKey.of("R3", "K3"));
    assertInterval(DisclosureAudit.audit(published, wide), CellKey.of("R2", "K1"), 0, 22);
  }

  /**
   * Magnitude table A (900 + 50 + 50 = 1000, dominated: 950 of 1000 is above 85 %), B = 500
   * (200 × 2 + 100), C = 300 (100 × 3). The total's relation is a singleton; the cheapest partner
   * is C. An intruder knows A + C = 1800 − 500 = 1300: A ∈ [0, 1300], width 1300, needing
   * max(3, 10 % of 1300) = 130.
   */
  @Test
  void protectsADominatedCellWithTheCheapestPartner() {
    TableStructure shape = TableStructure.of(Dimension.of("leverandør", "I alt", List.of("A", "B", "C")));
    StatisticalTable table =
        StatisticalTable.magnitudes(shape)
            .contributions(CellKey.of("A"), 900, 50, 50)
            .contributions(CellKey.of("B"), 200, 200, 100)
            .contributions(CellKey.of("C"), 100, 100, 100)
            .total(CellKey.of("I alt"), 1800)
            .build();

    PublishedTable published = control.protect(table);

    assertThat(published.suppression(CellKey.of("A"))).contains(SuppressionReason.DOMINANCE);
    assertThat(published.suppression(CellKey.of("C"))).contains(SECONDARY);
    assertThat(published.suppressedCells()).hasSize(2);
    AuditReport report = DisclosureAudit.audit(published, control.policy());
    assertInterval(report, CellKey.of("A"), 0, 1300);
    assertThat(report.interval(CellKey.of("A")).orElseThrow().requiredWidth()).isEqualTo(130.0);
  }

  @Test
  void explainsEachSuppressionWithoutTheHiddenValue() {
    PublishedTable published = control.protect(Tables.counts(THREE_BY_THREE));

    String primary = published.suppression(CellKey.of("R2", "K1")).orElseThrow().explanation(control.policy());
    String secondary = published.suppression(CellKey.of("R3", "K3")).orElseThrow().explanation(control.policy());

    assertThat(primary).isEqualTo("fewer than 3 units in the cell");
    assertThat(secondary).contains("cannot be computed from the totals").doesNotContain("30");
  }

  @Test
  void publishesEverythingWhenNoCellIsSensitive() {
    PublishedTable published = control.protect(Tables.counts(new int[][] {{5, 6}, {7, 8}}));

    assertThat(published.suppressedCells()).isEmpty();
  }

  @Test
  void treatsZeroAsSensitiveOnlyWhenThePolicySaysSo() {
    StatisticalTable table = Tables.counts(new int[][] {{0, 6}, {7, 8}});
    DisclosureControl strict =
        DisclosureControl.with(DisclosurePolicy.builder().zeroIsSensitive(true).build());

    assertThat(control.primarySuppressions(table)).isEmpty();
    assertThat(strict.primarySuppressions(table)).containsOnly(entry(CellKey.of("R1", "K1"), THRESHOLD));
  }

  @Test
  void appliesTheThresholdToTotalsToo() {
    StatisticalTable table = Tables.counts(new int[][] {{1, 0}, {7, 8}});

    assertThat(control.primarySuppressions(table))
        .containsOnly(entry(CellKey.of("R1", "K1"), THRESHOLD), entry(CellKey.of("R1", Tables.TOTAL), THRESHOLD));
  }

  /**
   * A unit below k inside a department: Ældre = Hjemmeplejen (2) + Plejecentre (30), Børn =
   * Dagtilbud (40) + Skoler (50). The department relation is a singleton, its only published
   * interior cell is Plejecentre; then Hjemmeplejen + Plejecentre = 32 is all an intruder knows:
   * Hjemmeplejen ∈ [0, 32]. The department subtotals stay published.
   */
  @Test
  void protectsAUnitWithinItsDepartmentWithoutHidingTheSubtotal() {
    StatisticalTable table = StatisticalTable.counts(TableStructure.of(units()))
        .count(CellKey.of("Hjemmeplejen"), 2)
        .count(CellKey.of("Plejecentre"), 30)
        .count(CellKey.of("Dagtilbud"), 40)
        .count(CellKey.of("Skoler"), 50)
        .build();

    PublishedTable published = control.protect(table);

    assertThat(published.suppressedCells())
        .containsExactly(CellKey.of("Hjemmeplejen"), CellKey.of("Plejecentre"));
    assertInterval(DisclosureAudit.audit(published, control.policy()), CellKey.of("Hjemmeplejen"), 0, 32);
  }

  /**
   * A whole department below k: Ældre = 1 + 1 = 2. Ældre is primary itself, and the relation
   * Kommunen = Ældre + Børn has no interior cell, so a total must go: Børn (90) is cheaper than
   * Kommunen (92). Børn = Dagtilbud + Skoler is then a singleton: Dagtilbud (40). An intruder knows
   * Ældre + Børn = 92 and Børn = Dagtilbud + 50, so Børn ≥ 50 and Ældre ∈ [0, 42].
   */
  @Test
  void suppressesASubtotalOnlyWhenTheSensitiveCellIsASubtotal() {
    StatisticalTable table = StatisticalTable.counts(TableStructure.of(units()))
        .count(CellKey.of("Hjemmeplejen"), 1)
        .count(CellKey.of("Plejecentre"), 1)
        .count(CellKey.of("Dagtilbud"), 40)
        .count(CellKey.of("Skoler"), 50)
        .build();

    PublishedTable published = control.protect(table);

    assertThat(published.suppression(CellKey.of("Ældre"))).contains(THRESHOLD);
    assertThat(published.suppression(CellKey.of("Børn"))).contains(SECONDARY);
    assertThat(published.suppression(CellKey.of("Dagtilbud"))).contains(SECONDARY);
    assertThat(published.isSuppressed(CellKey.of("Kommunen"))).isFalse();
    assertThat(published.isSuppressed(CellKey.of("Skoler"))).isFalse();
    assertInterval(DisclosureAudit.audit(published, control.policy()), CellKey.of("Ældre"), 0, 42);
  }

  static Dimension units() {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    groups.put("Ældre", List.of("Hjemmeplejen", "Plejecentre"));
    groups.put("Børn", List.of("Dagtilbud", "Skoler"));
    return Dimension.hierarchical("enhed", "Kommunen", groups);
  }

  static void assertInterval(AuditReport report, CellKey cell, double lower, double upper) {
    CellInterval interval = report.interval(cell).orElseThrow();
    assertThat(interval.lower()).as("lower bound of %s", cell).isEqualTo(lower);
    assertThat(interval.upper()).as("upper bound of %s", cell).isEqualTo(upper);
  }
}
