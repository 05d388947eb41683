package dk.datainformed.privacy.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.privacy.PrivacyException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableModelTest {

  @Test
  void listsTheRowAndColumnRelationsOfATableWithMargins() {
    TableStructure shape = Tables.grid(3, 3);

    // 3 column totals + grand total over rows, 3 row totals + grand total over columns.
    assertThat(shape.relations()).hasSize(8);
    assertThat(shape.cells()).hasSize(16);
    assertThat(shape.relations())
        .contains(
            new AdditiveRelation(
                CellKey.of("R2", "I alt"),
                List.of(CellKey.of("R2", "K1"), CellKey.of("R2", "K2"), CellKey.of("R2", "K3"))));
  }

  @Test
  void addsOneRelationPerSubtotalInAHierarchy() {
    TableStructure shape = TableStructure.of(DisclosureControlTest.units());

    assertThat(shape.relations())
        .extracting(AdditiveRelation::toString)
        .containsExactly("Kommunen = Ældre + Børn", "Ældre = Hjemmeplejen + Plejecentre", "Børn = Dagtilbud + Skoler");
    assertThat(shape.isTotal(CellKey.of("Ældre"))).isTrue();
    assertThat(shape.isTotal(CellKey.of("Skoler"))).isFalse();
  }

  @Test
  void computesTotalsThatAreNotGiven() {
    StatisticalTable table = Tables.counts(new int[][] {{1, 2}, {3, 4}});

    assertThat(table.value(CellKey.of("I alt", "K2"))).isEqualTo(6.0);
    assertThat(table.value(CellKey.of("I alt", "I alt"))).isEqualTo(10.0);
  }

  @Test
  void rejectsATotalThatIsNotTheSumOfItsCells() {
    StatisticalTable.Builder builder =
        StatisticalTable.counts(Tables.grid(2, 2))
            .count(CellKey.of("R1", "K1"), 1)
            .count(CellKey.of("R1", "K2"), 2)
            .count(CellKey.of("R2", "K1"), 3)
            .count(CellKey.of("R2", "K2"), 4)
            .count(CellKey.of("R1", "I alt"), 4);

    assertThatThrownBy(builder::build)
        .isInstanceOf(PrivacyException.class)
        .hasMessage(
            "total 'R1 × I alt' is 4 but the cells it covers add up to 3; a table whose cells do not add"
                + " up to its totals cannot be protected");
  }

  @Test
  void rejectsAMagnitudeTotalThatIsNotTheSumOfItsContributions() {
    StatisticalTable.Builder builder =
        StatisticalTable.magnitudes(TableStructure.of(Dimension.of("enhed", "I alt", List.of("A", "B"))))
            .contributions(CellKey.of("A"), 100.5, 20)
            .contributions(CellKey.of("B"))
            .total(CellKey.of("I alt"), 120);

    assertThatThrownBy(builder::build)
        .isInstanceOf(PrivacyException.class)
        .hasMessageStartingWith("total 'I alt' is 120 but the cells it covers add up to 120.5");
  }

  @Test
  void rejectsNegativeCounts() {
    StatisticalTable.Builder builder = StatisticalTable.counts(Tables.grid(2, 2));

    assertThatThrownBy(() -> builder.count(CellKey.of("R1", "K1"), -1))
        .isInstanceOf(PrivacyException.class)
        .hasMessage("count for cell 'R1 × K1' (-1) must not be negative");
  }

  @Test
  void rejectsNegativeContributions() {
    StatisticalTable.Builder builder = StatisticalTable.magnitudes(Tables.grid(2, 2));

    assertThatThrownBy(() -> builder.contributions(CellKey.of("R1", "K1"), 10, -3))
        .isInstanceOf(PrivacyException.class)
        .hasMessageStartingWith("a contribution to cell 'R1 × K1' is negative;")
        .hasMessageNotContaining("3");
  }

  @Test
  void rejectsATableWithAnInteriorCellLeftOut() {
    StatisticalTable.Builder builder =
        StatisticalTable.counts(Tables.grid(1, 2)).count(CellKey.of("R1", "K1"), 5);

    assertThatThrownBy(builder::build)
        .isInstanceOf(PrivacyException.class)
        .hasMessage("interior cell 'R1 × K2' has no value; give every interior cell, an empty one as count(cell, 0)");
  }

  @Test
  void rejectsAnUnknownCodeNamingTheKnownOnes() {
    StatisticalTable.Builder builder = StatisticalTable.counts(Tables.grid(1, 2));

    assertThatThrownBy(() -> builder.count(CellKey.of("R1", "K9"), 5))
        .isInstanceOf(PrivacyException.class)
        .hasMessage("cell 'R1 × K9': dimension 'kolonne' has no code 'K9'; its codes are [I alt, K1, K2]");
  }

  @Test
  void rejectsContributionsForATotal() {
    StatisticalTable.Builder builder = StatisticalTable.magnitudes(Tables.grid(1, 2));

    assertThatThrownBy(() -> builder.contributions(CellKey.of("R1", "I alt"), 5))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("is a total");
  }

  @Test
  void rejectsRepeatedCodesAndEmptyGroups() {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    groups.put("Ældre", List.of("Hjemmeplejen"));
    groups.put("Børn", List.of());

    assertThatThrownBy(() -> Dimension.of("køn", "I alt", List.of("Kvinder", "Kvinder")))
        .isInstanceOf(PrivacyException.class)
        .hasMessage("code 'Kvinder' appears twice in dimension 'køn'; codes must be unique");
    assertThatThrownBy(() -> Dimension.hierarchical("enhed", "Kommunen", groups))
        .isInstanceOf(PrivacyException.class)
        .hasMessage("group 'Børn' of dimension 'enhed' has no categories; give at least one");
  }

  @Test
  void showsNoValuesInToString() {
    StatisticalTable table = Tables.counts(new int[][] {{1234, 2}, {3, 4}});

    assertThat(table.toString()).doesNotContain("1234");
  }
}
