package dk.datainformed.privacy.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class SuppressionProperties {

  private final DisclosureControl control = DisclosureControl.with(DisclosurePolicy.defaults());

  @Property(tries = 60)
  void auditPassesOnEveryTableTheSuppressorReturns(@ForAll("countTables") StatisticalTable table) {
    PublishedTable published = control.protect(table);

    AuditReport report = DisclosureAudit.audit(published, control.policy());

    assertThat(report.passes()).as("%s", report).isTrue();
    Statistics.label("has secondary").collect(report.intervals().stream().anyMatch(i -> !i.reason().isPrimary()));
    Statistics.label("has secondary")
        .coverage(checker -> checker.check(true).percentage(p -> p > 20));
    for (CellInterval interval : report.intervals()) {
      double truth = table.value(interval.cell());
      assertThat(truth).as("true value of %s", interval.cell()).isBetween(interval.lower(), interval.upper());
    }
    control.primarySuppressions(table).forEach(
        (cell, reason) -> assertThat(published.suppression(cell)).contains(reason));
  }

  @Property(tries = 40)
  void auditPassesOnMagnitudeTables(@ForAll("magnitudeTables") StatisticalTable table) {
    PublishedTable published = control.protect(table);

    assertThat(DisclosureAudit.audit(published, control.policy()).passes()).isTrue();
  }

  /**
   * The rule: a total is suppressed secondarily only when no pattern of interior cells protects the
   * table. Hiding every interior cell (with the primary cells) is the widest such pattern, since
   * publishing fewer cells never narrows an interval; when it passes the audit, the suppressor must
   * not have hidden any total that is not primary.
   */
  @Property(tries = 60)
  void neverSuppressesATotalWhenInteriorCellsSuffice(@ForAll("countTables") StatisticalTable table) {
    Map<CellKey, SuppressionReason> widest = new LinkedHashMap<>(control.primarySuppressions(table));
    for (CellKey cell : table.structure().cells()) {
      if (!table.structure().isTotal(cell)) {
        widest.putIfAbsent(cell, SuppressionReason.SECONDARY);
      }
    }
    boolean interiorSuffices =
        DisclosureAudit.audit(table, Tables.publish(table, widest), control.policy()).passes();

    PublishedTable published = control.protect(table);

    Statistics.label("interior suffices, with primary cells")
        .collect(interiorSuffices && !control.primarySuppressions(table).isEmpty());
    Statistics.label("interior suffices, with primary cells")
        .coverage(checker -> checker.check(true).percentage(p -> p > 20));
    if (interiorSuffices) {
      for (CellKey cell : published.suppressedCells()) {
        if (table.structure().isTotal(cell)) {
          assertThat(published.suppression(cell).orElseThrow().isPrimary())
              .as("total %s suppressed secondarily", cell)
              .isTrue();
        }
      }
    }
  }

  @Property(tries = 100)
  void primaryResultsDoNotDependOnTheOrderOfCellsOrContributions(
      @ForAll("contributionGrids") List<List<List<Integer>>> grid, @ForAll long seed) {
    StatisticalTable given = magnitudes(grid, new Random(seed), false);
    StatisticalTable shuffled = magnitudes(grid, new Random(seed), true);

    assertThat(control.primarySuppressions(shuffled))
        .containsExactlyEntriesOf(control.primarySuppressions(given));
  }

  @Provide
  Arbitrary<StatisticalTable> countTables() {
    Arbitrary<Integer> size = Arbitraries.integers().between(2, 4);
    Arbitrary<int[][]> flat =
        Combinators.combine(size, size)
            .flatAs(
                (rows, columns) ->
                    Arbitraries.integers()
                        .between(0, 25)
                        .array(int[].class)
                        .ofSize(columns)
                        .array(int[][].class)
                        .ofSize(rows));
    Arbitrary<StatisticalTable> grids = flat.map(Tables::counts);
    Arbitrary<StatisticalTable> hierarchies =
        Arbitraries.integers()
            .between(2, 3)
            .array(int[].class)
            .ofMinSize(2)
            .ofMaxSize(3)
            .flatMap(
                units ->
                    Arbitraries.integers()
                        .between(0, 25)
                        .list()
                        .ofSize(sum(units) * 2)
                        .map(values -> hierarchyTable(units, values)));
    return Arbitraries.oneOf(grids, hierarchies);
  }

  @Provide
  Arbitrary<StatisticalTable> magnitudeTables() {
    return contributionGrids().map(grid -> magnitudes(grid, new Random(1), false));
  }

  @Provide
  Arbitrary<List<List<List<Integer>>>> contributionGrids() {
    Arbitrary<List<Integer>> cell = Arbitraries.integers().between(1, 100).list().ofMaxSize(5);
    return Arbitraries.integers()
        .between(2, 3)
        .flatMap(columns -> cell.list().ofSize(columns).list().ofMinSize(2).ofMaxSize(3));
  }

  private static int sum(int[] values) {
    int total = 0;
    for (int value : values) {
      total += value;
    }
    return total;
  }

  private static StatisticalTable hierarchyTable(int[] units, List<Integer> values) {
    TableStructure shape = Tables.hierarchy(units, 2);
    StatisticalTable.Builder builder = StatisticalTable.counts(shape);
    int next = 0;
    for (CellKey cell : shape.cells()) {
      if (!shape.isTotal(cell)) {
        builder.count(cell, values.get(next++));
      }
    }
    return builder.build();
  }

  private static StatisticalTable magnitudes(
      List<List<List<Integer>>> grid, Random random, boolean shuffle) {
    TableStructure shape = Tables.grid(grid.size(), grid.get(0).size());
    List<CellKey> cells = new ArrayList<>();
    for (CellKey cell : shape.cells()) {
      if (!shape.isTotal(cell)) {
        cells.add(cell);
      }
    }
    if (shuffle) {
      Collections.shuffle(cells, random);
    }
    StatisticalTable.Builder builder = StatisticalTable.magnitudes(shape);
    for (CellKey cell : cells) {
      int row = Integer.parseInt(cell.coordinate(0).substring(1)) - 1;
      int column = Integer.parseInt(cell.coordinate(1).substring(1)) - 1;
      List<Integer> contributions = new ArrayList<>(grid.get(row).get(column));
      if (shuffle) {
        Collections.shuffle(contributions, random);
      }
      builder.contributions(cell, contributions.stream().mapToDouble(Integer::doubleValue).toArray());
    }
    return builder.build();
  }
}
