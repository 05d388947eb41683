package dk.datainformed.privacy.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.privacy.PrivacyException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * For random tables of every shape the library supports (two and three dimensions, a one-level
 * hierarchy, an organisation tree three levels deep), with structural zeros and forced cells, the
 * protected table passes the audit against every attacker model, and the test's own
 * integer-programming intruder agrees with the audit's intervals.
 */
class AttackerModelProperties {
  private static final DisclosurePolicy COUNTS = DisclosurePolicy.defaults();
  private static final DisclosurePolicy MAGNITUDES =
      DisclosurePolicy.builder().minimumCount(2).pPercentRule(10).dominanceRule(1, 80).build();

  @Property(tries = 40)
  void frequencyTablesResistEveryAttacker(@ForAll("shapes") TableStructure shape, @ForAll long seed) {
    StatisticalTable table = counts(shape, new Random(seed));
    checkProtection(table, COUNTS);
  }

  @Property(tries = 30)
  void magnitudeTablesResistEveryAttacker(@ForAll("shapes") TableStructure shape, @ForAll long seed) {
    StatisticalTable table = magnitudes(shape, new Random(seed));
    checkProtection(table, MAGNITUDES);
  }

  private static void checkProtection(StatisticalTable table, DisclosurePolicy policy) {
    DisclosureControl control = DisclosureControl.with(policy);
    ForcedCells forced = forced(table, control);
    PublishedTable published;
    try {
      published = control.protect(table, forced);
    } catch (PrivacyException e) {
      // Only when no pattern can protect the table: the forced-published cells and structural
      // zeros together determine a sensitive cell even with every other cell hidden.
      assertThat(DisclosureAudit.audit(table, widest(table, control, forced), policy).passes())
          .as("protect gave up (%s) although hiding every free cell suffices", e.getMessage())
          .isFalse();
      Statistics.label("suppressed cells").collect("impossible");
      return;
    }

    AuditReport report = DisclosureAudit.audit(table, published, policy);
    assertThat(report.passes()).as("%s", report).isTrue();
    forced.suppressed().forEach(cell -> assertThat(published.isSuppressed(cell)).isTrue());
    forced.published().forEach(cell -> assertThat(published.isSuppressed(cell)).isFalse());
    for (CellKey cell : table.structure().cells()) {
      if (table.isStructuralZero(cell)) {
        assertThat(published.value(cell)).as("structural zero %s", cell).hasValue(0);
      }
    }
    Statistics.label("suppressed cells").collect(bucket(published.suppressedCells().size()));
    for (CellInterval audited : report.intervals()) {
      double truth = table.value(audited.cell());
      assertThat(truth).isBetween(audited.lower() - 1e-6, audited.upper() + 1e-6);
      if (!audited.reason().isPrimary()) {
        continue;
      }
      double[] exact = IntegerAttacker.of(published).interval(audited.cell());
      assertThat(exact[0])
          .as("integer intruder's lower end of %s in %s", audited.cell(), report)
          .isLessThanOrEqualTo(audited.requiredLower() + 1e-6);
      assertThat(exact[1])
          .as("integer intruder's upper end of %s in %s", audited.cell(), report)
          .isGreaterThanOrEqualTo(audited.requiredUpper() - 1e-6);
      if (Double.isFinite(audited.upper())) {
        assertThat(exact[1] - exact[0]).isGreaterThanOrEqualTo(audited.requiredWidth() - 1e-6);
      }
      for (CellKey known : published.suppressedCells()) {
        if (table.structure().isTotal(known)
            || table.contributions(known).size() != 1
            || table.structure().interiorCellsUnder(audited.cell()).contains(known)) {
          continue;
        }
        double own = table.value(known);
        double[] insider = IntegerAttacker.of(published).knowing(known, own, own).interval(audited.cell());
        assertThat(insider[0])
            .as("sole contributor of %s, lower end of %s", known, audited.cell())
            .isLessThanOrEqualTo(audited.requiredLower() + 1e-6);
        assertThat(insider[1])
            .as("sole contributor of %s, upper end of %s", known, audited.cell())
            .isGreaterThanOrEqualTo(audited.requiredUpper() - 1e-6);
      }
    }
  }

  private static PublishedTable widest(
      StatisticalTable table, DisclosureControl control, ForcedCells forced) {
    Map<CellKey, SuppressionReason> hidden = new LinkedHashMap<>(control.primarySuppressions(table));
    forced.suppressed().forEach(cell -> hidden.putIfAbsent(cell, SuppressionReason.FORCED));
    for (CellKey cell : table.structure().cells()) {
      if (!table.isStructuralZero(cell) && !forced.published().contains(cell)) {
        hidden.putIfAbsent(cell, SuppressionReason.SECONDARY);
      }
    }
    return Tables.publish(table, hidden);
  }

  private static String bucket(int suppressed) {
    return suppressed == 0 ? "none" : suppressed < 5 ? "1-4" : "5+";
  }

  /** Sometimes one cell forced each way, chosen among cells that can be forced. */
  private static ForcedCells forced(StatisticalTable table, DisclosureControl control) {
    Map<CellKey, SuppressionReason> primary = control.primarySuppressions(table);
    List<CellKey> free = new ArrayList<>();
    for (CellKey cell : table.structure().cells()) {
      if (!primary.containsKey(cell) && !table.isStructuralZero(cell)) {
        free.add(cell);
      }
    }
    ForcedCells.Builder builder = ForcedCells.builder();
    Random random = new Random(free.size() * 31L + primary.size());
    if (free.size() > 2 && random.nextInt(3) == 0) {
      builder.suppress(free.remove(random.nextInt(free.size())));
    }
    if (free.size() > 2 && random.nextInt(3) == 0) {
      builder.publish(free.get(random.nextInt(free.size())));
    }
    return builder.build();
  }

  @Provide
  Arbitrary<TableStructure> shapes() {
    return Arbitraries.of(
        Tables.grid(2, 3),
        Tables.grid(3, 4),
        Tables.hierarchy(new int[] {2, 3}, 2),
        Tables.hierarchy(new int[] {1, 2, 2}, 3),
        TableStructure.of(List.of(
            Dimension.of("a", "I alt", Tables.codes("A", 2)),
            Dimension.of("b", "I alt", Tables.codes("B", 2)),
            Dimension.of("c", "I alt", Tables.codes("C", 3)))),
        TableStructure.of(tree(), Dimension.of("køn", "I alt", List.of("Kvinder", "Mænd"))));
  }

  /** Kommunen over two administrations over two or three units, one of them split in two teams. */
  private static Dimension tree() {
    Map<String, List<String>> children = new LinkedHashMap<>();
    children.put("Kommunen", List.of("Ældre", "Børn"));
    children.put("Ældre", List.of("Hjemmeplejen", "Plejecentre"));
    children.put("Børn", List.of("Dagtilbud", "Skoler", "PPR"));
    children.put("Hjemmeplejen", List.of("Nord", "Syd"));
    return Dimension.tree("enhed", "Kommunen", children);
  }

  private static StatisticalTable counts(TableStructure shape, Random random) {
    StatisticalTable.Builder builder = StatisticalTable.counts(shape);
    for (CellKey cell : shape.cells()) {
      if (shape.isTotal(cell)) {
        continue;
      }
      int draw = random.nextInt(10);
      if (draw == 0) {
        builder.structuralZero(cell);
      } else if (draw <= 3) {
        builder.count(cell, random.nextInt(3));
      } else {
        builder.count(cell, 3 + random.nextInt(25));
      }
    }
    return builder.build();
  }

  private static StatisticalTable magnitudes(TableStructure shape, Random random) {
    StatisticalTable.Builder builder = StatisticalTable.magnitudes(shape);
    for (CellKey cell : shape.cells()) {
      if (shape.isTotal(cell)) {
        continue;
      }
      int draw = random.nextInt(10);
      if (draw == 0) {
        builder.structuralZero(cell);
        continue;
      }
      int contributors = draw <= 2 ? 1 : 1 + random.nextInt(5);
      double[] values = new double[contributors];
      for (int i = 0; i < contributors; i++) {
        values[i] = 1 + random.nextInt(100);
      }
      builder.contributions(cell, values);
    }
    return builder.build();
  }
}
