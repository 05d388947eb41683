package dk.datainformed.privacy.disclosure;

import static dk.datainformed.privacy.disclosure.SuppressionReason.SECONDARY;
import static dk.datainformed.privacy.disclosure.SuppressionReason.THRESHOLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dk.datainformed.privacy.PrivacyException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trees deeper than one level of groups, tables of more than two dimensions, distinct units. */
class DeepHierarchyTest {

  private final DisclosureControl control = DisclosureControl.with(DisclosurePolicy.defaults());

  /** Kommunen → {Ældre → {Hjemmeplejen → {Nord, Syd}, Plejecentre}, Børn → {Dagtilbud, Skoler}}. */
  static Dimension organisation() {
    Map<String, List<String>> children = new LinkedHashMap<>();
    children.put("Kommunen", List.of("Ældre", "Børn"));
    children.put("Ældre", List.of("Hjemmeplejen", "Plejecentre"));
    children.put("Børn", List.of("Dagtilbud", "Skoler"));
    children.put("Hjemmeplejen", List.of("Nord", "Syd"));
    return Dimension.tree("enhed", "Kommunen", children);
  }

  @Test
  void ordersATreeDepthFirstWithEachCodeUnderItsParent() {
    Dimension tree = organisation();

    assertThat(tree.codes())
        .containsExactly(
            "Kommunen", "Ældre", "Hjemmeplejen", "Nord", "Syd", "Plejecentre", "Børn", "Dagtilbud", "Skoler");
    assertThat(tree.parent("Nord")).contains("Hjemmeplejen");
    assertThat(tree.parent("Hjemmeplejen")).contains("Ældre");
    assertThat(tree.leavesUnder("Ældre")).containsExactly("Nord", "Syd", "Plejecentre");
    assertThat(tree.isTotal("Hjemmeplejen")).isTrue();
  }

  @Test
  void relatesEverySubtotalOfATreeToItsChildren() {
    TableStructure shape = TableStructure.of(organisation());

    assertThat(shape.relations())
        .containsExactly(
            new AdditiveRelation(CellKey.of("Kommunen"), List.of(CellKey.of("Ældre"), CellKey.of("Børn"))),
            new AdditiveRelation(
                CellKey.of("Ældre"), List.of(CellKey.of("Hjemmeplejen"), CellKey.of("Plejecentre"))),
            new AdditiveRelation(CellKey.of("Hjemmeplejen"), List.of(CellKey.of("Nord"), CellKey.of("Syd"))),
            new AdditiveRelation(CellKey.of("Børn"), List.of(CellKey.of("Dagtilbud"), CellKey.of("Skoler"))));
  }

  @Test
  void rejectsATreeWithARepeatedCodeOrADetachedBranch() {
    Map<String, List<String>> repeated = new LinkedHashMap<>();
    repeated.put("Kommunen", List.of("Ældre", "Børn"));
    repeated.put("Ældre", List.of("Børn"));
    Map<String, List<String>> detached = new LinkedHashMap<>();
    detached.put("Kommunen", List.of("Ældre"));
    detached.put("Børn", List.of("Skoler"));

    assertThatThrownBy(() -> Dimension.tree("enhed", "Kommunen", repeated))
        .isInstanceOf(PrivacyException.class)
        .hasMessage("code 'Børn' appears twice in dimension 'enhed'; codes must be unique");
    assertThatThrownBy(() -> Dimension.tree("enhed", "Kommunen", detached))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("'Børn' of dimension 'enhed' has children but is not below the total 'Kommunen'");
    assertThatThrownBy(() -> Dimension.tree("enhed", "Kommunen", Map.of()))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("has no children");
  }

  /**
   * Nord = 2 is below k = 3. Hjemmeplejen = Nord + Syd is the only relation with it, and Syd (20)
   * its only published interior partner; then Nord ∈ [0, 22] from Hjemmeplejen = 22, wide enough.
   * Nothing above Hjemmeplejen is touched.
   */
  @Test
  void protectsALeafThreeLevelsDownWithinItsOwnSubtree() {
    StatisticalTable table = StatisticalTable.counts(TableStructure.of(organisation()))
        .count(CellKey.of("Nord"), 2)
        .count(CellKey.of("Syd"), 20)
        .count(CellKey.of("Plejecentre"), 30)
        .count(CellKey.of("Dagtilbud"), 40)
        .count(CellKey.of("Skoler"), 50)
        .build();

    PublishedTable published = control.protect(table);

    assertThat(published.suppressedCells()).containsExactly(CellKey.of("Nord"), CellKey.of("Syd"));
    DisclosureControlTest.assertInterval(
        DisclosureAudit.audit(published, control.policy()), CellKey.of("Nord"), 0, 22);
  }

  /**
   * Nord = Syd = 1, so Hjemmeplejen = 2 is sensitive too. Ældre = Hjemmeplejen + Plejecentre then
   * has one suppressed cell and Plejecentre (30) closes it: Nord, Syd and Hjemmeplejen each lie in
   * [0, 32], known only through Ældre = 32.
   */
  @Test
  void protectsASensitiveSubtreeFromTheLevelAbove() {
    StatisticalTable table = StatisticalTable.counts(TableStructure.of(organisation()))
        .count(CellKey.of("Nord"), 1)
        .count(CellKey.of("Syd"), 1)
        .count(CellKey.of("Plejecentre"), 30)
        .count(CellKey.of("Dagtilbud"), 40)
        .count(CellKey.of("Skoler"), 50)
        .build();

    PublishedTable published = control.protect(table);

    Map<CellKey, SuppressionReason> suppressed = new LinkedHashMap<>();
    published.suppressedCells().forEach(c -> suppressed.put(c, published.suppression(c).orElseThrow()));
    assertThat(suppressed)
        .containsOnly(
            entry(CellKey.of("Hjemmeplejen"), THRESHOLD),
            entry(CellKey.of("Nord"), THRESHOLD),
            entry(CellKey.of("Syd"), THRESHOLD),
            entry(CellKey.of("Plejecentre"), SECONDARY));
    AuditReport report = DisclosureAudit.audit(published, control.policy());
    DisclosureControlTest.assertInterval(report, CellKey.of("Hjemmeplejen"), 0, 32);
    DisclosureControlTest.assertInterval(report, CellKey.of("Nord"), 0, 32);
    assertThat(report.passes()).isTrue();
  }

  @Test
  void buildsEveryCombinationAndOneRelationPerTotalForThreeDimensions() {
    Dimension sex = Dimension.of("køn", "I alt", List.of("K", "M"));
    Dimension age = Dimension.of("alder", "Alle", List.of("ung", "gammel"));
    Dimension unit = Dimension.of("enhed", "Kommunen", List.of("A", "B"));

    TableStructure shape = TableStructure.of(List.of(unit, sex, age));

    assertThat(shape.cells()).hasSize(27).startsWith(CellKey.of("Kommunen", "I alt", "Alle"));
    assertThat(shape.relations()).hasSize(27);
    assertThat(shape.interiorCellsUnder(CellKey.of("A", "I alt", "Alle")))
        .containsExactly(
            CellKey.of("A", "K", "ung"), CellKey.of("A", "K", "gammel"),
            CellKey.of("A", "M", "ung"), CellKey.of("A", "M", "gammel"));
    assertThatThrownBy(() -> TableStructure.of(List.of(sex, sex)))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("'køn' appears twice");
  }

  @Test
  void appliesTheThresholdToTheDistinctUnitsNotTheCount() {
    TableStructure shape = TableStructure.of(Dimension.of("enhed", "I alt", List.of("A", "B", "C")));
    StatisticalTable table = StatisticalTable.counts(shape)
        .count(CellKey.of("A"), 24)
        .units(CellKey.of("A"), 2)
        .count(CellKey.of("B"), 30)
        .count(CellKey.of("C"), 40)
        .build();

    assertThat(table.units(CellKey.of("A"))).isEqualTo(2);
    assertThat(table.value(CellKey.of("A"))).isEqualTo(24);
    assertThat(control.primarySuppressions(table)).containsOnly(entry(CellKey.of("A"), THRESHOLD));
  }

  @Test
  void rejectsMoreUnitsThanTheCount() {
    TableStructure shape = TableStructure.of(Dimension.of("enhed", "I alt", List.of("A")));

    assertThatThrownBy(() -> StatisticalTable.counts(shape).count(CellKey.of("A"), 2).units(CellKey.of("A"), 3).build())
        .isInstanceOf(PrivacyException.class)
        .hasMessage("cell 'A' has 3 units but a count of 2; each unit counts at least once");
  }
}
