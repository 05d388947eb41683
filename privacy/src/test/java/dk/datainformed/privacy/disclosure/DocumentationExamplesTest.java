package dk.datainformed.privacy.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Javadoc examples of the entry points, run as written so that they cannot rot. */
class DocumentationExamplesTest {

  @Test
  void kAnonymityExampleFindsTheLoneRow() {
    List<Map<String, String>> rows = List.of(
        Map.of("alder", "30-39", "køn", "K", "postnr", "8000"),
        Map.of("alder", "30-39", "køn", "K", "postnr", "8000"),
        Map.of("alder", "60-69", "køn", "M", "postnr", "8830"));
    KAnonymityReport report = KAnonymity.check(rows, List.of("alder", "køn", "postnr"), 2);

    assertThat(report.isKAnonymous()).isFalse();
  }

  @Test
  void disclosureControlExampleExplainsEveryGap() {
    Dimension sex = Dimension.of("køn", "I alt", List.of("Kvinder", "Mænd"));
    Map<String, List<String>> groups = new LinkedHashMap<>();
    groups.put("Ældre", List.of("Hjemmeplejen", "Plejecentre"));
    groups.put("Børn", List.of("Dagtilbud", "Skoler"));
    Dimension units = Dimension.hierarchical("enhed", "Kommunen", groups);
    TableStructure shape = TableStructure.of(units, sex);
    StatisticalTable table = StatisticalTable.counts(shape)
        .count(CellKey.of("Hjemmeplejen", "Kvinder"), 41)
        .count(CellKey.of("Hjemmeplejen", "Mænd"), 2)
        .count(CellKey.of("Plejecentre", "Kvinder"), 57)
        .count(CellKey.of("Plejecentre", "Mænd"), 9)
        .count(CellKey.of("Dagtilbud", "Kvinder"), 88)
        .count(CellKey.of("Dagtilbud", "Mænd"), 6)
        .count(CellKey.of("Skoler", "Kvinder"), 70)
        .count(CellKey.of("Skoler", "Mænd"), 31)
        .build();

    DisclosureControl control = DisclosureControl.with(DisclosurePolicy.defaults());
    PublishedTable published = control.protect(table);
    List<String> lines = new ArrayList<>();
    for (CellKey cell : published.suppressedCells()) {
      lines.add(cell + ": " + published.suppression(cell).orElseThrow().explanation(control.policy()));
    }

    assertThat(lines).contains("Hjemmeplejen × Mænd: fewer than 3 units in the cell");
    assertThat(DisclosureAudit.audit(published, control.policy()).passes()).isTrue();
    assertThat(published.suppressedCells()).noneMatch(shape::isTotal);
  }
}
