package dk.datainformed.privacy.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules as defined in Hundepool et al., Statistical Disclosure Control (Wiley 2012), and the
 * ESSnet handbook: threshold rule (fewer than k units), dominance (n, k) rule (the n largest
 * contributions exceed k % of the cell), p% rule (the cell minus its two largest contributions is
 * less than p % of the largest, so the second largest contributor can estimate the largest to within
 * p %). The numbers below are worked by hand.
 */
class PrimaryRulesTest {

  private static final CellKey CELL = CellKey.of("Hjemmeplejen");
  private static final TableStructure ONE_UNIT =
      TableStructure.of(Dimension.of("enhed", "I alt", List.of("Hjemmeplejen")));

  private static Optional<SuppressionReason> reason(DisclosurePolicy policy, double... contributions) {
    StatisticalTable table =
        StatisticalTable.magnitudes(ONE_UNIT).contributions(CELL, contributions).build();
    return DisclosureControl.with(policy).primaryReason(table, CELL);
  }

  @Test
  void countsContributorsForTheThresholdRuleInMagnitudeTables() {
    assertThat(reason(DisclosurePolicy.defaults(), 300, 300)).contains(SuppressionReason.THRESHOLD);
    assertThat(reason(DisclosurePolicy.defaults(), 30, 30, 30)).isEmpty();
  }

  /** 50 + 45 = 95 of 100, above 85 %: dominated. 40 + 35 = 75 of 100: not. */
  @Test
  void marksACellWhoseTwoLargestContributionsExceed85Percent() {
    assertThat(reason(DisclosurePolicy.defaults(), 50, 45, 3, 2)).contains(SuppressionReason.DOMINANCE);
    assertThat(reason(DisclosurePolicy.defaults(), 40, 35, 10, 10, 5)).isEmpty();
  }

  /** One long-term sick employee: 120 of 150 absence days is 80 %, above (1, 75). */
  @Test
  void catchesOneEmployeeCarryingAUnitsAbsenceWithTheOneContributorRule() {
    DisclosurePolicy policy = DisclosurePolicy.builder().dominanceRule(1, 75).build();

    assertThat(reason(policy, 120, 10, 10, 10)).contains(SuppressionReason.DOMINANCE);
    assertThat(reason(policy, 60, 50, 40)).isEmpty();
  }

  /**
   * 50, 46, 2, 1, 1 (total 100): the remainder after the two largest is 4, less than 10 % of 50 =
   * 5, so the second contributor learns the first to within 10 %. With 50, 44, 2, 2, 2 the remainder
   * is 6: safe.
   */
  @Test
  void marksACellWhereTheSecondContributorCanEstimateTheFirstWithinP() {
    DisclosurePolicy policy = DisclosurePolicy.builder().noDominanceRule().build();

    assertThat(reason(policy, 50, 46, 2, 1, 1)).contains(SuppressionReason.P_PERCENT);
    assertThat(reason(policy, 50, 44, 2, 2, 2)).isEmpty();
  }

  @Test
  void reportsTheThresholdRuleFirstWhenSeveralApply() {
    assertThat(reason(DisclosurePolicy.defaults(), 99, 1)).contains(SuppressionReason.THRESHOLD);
  }

  @Test
  void leavesEmptyMagnitudeCellsPublishedUnlessZeroIsSensitive() {
    assertThat(reason(DisclosurePolicy.defaults())).isEmpty();
    assertThat(reason(DisclosurePolicy.builder().zeroIsSensitive(true).build()))
        .contains(SuppressionReason.THRESHOLD);
  }

  @Test
  void appliesTheMagnitudeRulesToTotalsWithTheContributionsBelowThem() {
    TableStructure shape = TableStructure.of(Dimension.of("enhed", "I alt", List.of("A", "B")));
    StatisticalTable table =
        StatisticalTable.magnitudes(shape)
            .contributions(CellKey.of("A"), 500, 10, 10)
            .contributions(CellKey.of("B"), 10, 10, 10)
            .build();

    assertThat(table.contributions(CellKey.of("I alt"))).containsExactly(500.0, 10.0, 10.0, 10.0, 10.0, 10.0);
    assertThat(DisclosureControl.with(DisclosurePolicy.defaults()).primarySuppressions(table))
        .containsOnlyKeys(CellKey.of("A"), CellKey.of("I alt"));
  }
}
