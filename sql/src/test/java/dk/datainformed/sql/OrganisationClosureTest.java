package dk.datainformed.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.org.OrganisationTree;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The closure table: the tree as it stood on each record's day, and DuckDB and PostgreSQL rolling records up
 * to every ancestor exactly as core's {@code ancestorsOrSelf} does, through moves and closings.
 */
class OrganisationClosureTest {
  private static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);

  private static OrgUnitId id(String s) {
    return OrgUnitId.of(s);
  }

  @Test
  void aMoveEndsTheOldChainTheDayBeforeTheNewOneStarts() {
    LocalDate moved = LocalDate.of(2024, 8, 1);
    OrganisationTree tree = OrganisationTree.builder().root(id("k"), "Kommune", FOUNDED)
        .unit(id("born"), "Børn", id("k"), FOUNDED).unit(id("social"), "Social", id("k"), FOUNDED)
        .unit(id("dag"), "Dagtilbud Øst", id("born"), FOUNDED).move(id("dag"), moved, id("social")).build();

    List<OrganisationClosure.Row> dag = OrganisationClosure.of(tree).rows().stream()
        .filter(r -> r.unit().equals("dag")).toList();

    assertThat(dag).containsExactly(
        new OrganisationClosure.Row("dag", "dag", 0, FOUNDED, Optional.of(moved)),
        new OrganisationClosure.Row("dag", "born", 1, FOUNDED, Optional.of(moved)),
        new OrganisationClosure.Row("dag", "k", 2, FOUNDED, Optional.of(moved)),
        new OrganisationClosure.Row("dag", "dag", 0, moved, Optional.empty()),
        new OrganisationClosure.Row("dag", "social", 1, moved, Optional.empty()),
        new OrganisationClosure.Row("dag", "k", 2, moved, Optional.empty()));
  }

  @Property(tries = 200)
  void duckDbRollsRecordsUpExactlyAsCoresTreeDoes(@ForAll long seed, @ForAll @IntRange(min = 1, max = 80) int count) {
    Random random = new Random(seed);
    OrganisationTree tree = RandomTrees.of(random);
    List<String> units = RandomTrees.units();

    Map<String, Long> expected = new TreeMap<>();
    List<List<Object>> records = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String unit = units.get(random.nextInt(units.size()));
      LocalDate day = FOUNDED.plusDays(random.nextInt(1_500));
      records.add(List.of(unit, day));
      for (OrgUnitId a : tree.ancestorsOrSelf(id(unit), day)) {
        expected.merge(a.value(), 1L, Long::sum);
      }
    }

    OrganisationClosure closure = OrganisationClosure.of(tree);
    for (Dialect dialect : Engines.REAL) {
      String sql = "WITH " + dialect.values("closure", OrganisationClosure.COLUMNS, OrganisationClosure.TYPES, closure.values())
          + ", " + dialect.values("records", List.of("unit", "day"), records)
          + " SELECT c.ancestor, COUNT(*) FROM records r JOIN closure c ON c.unit = r.unit"
          + " AND r.day >= c.valid_from AND (c.valid_to IS NULL OR r.day < c.valid_to) GROUP BY c.ancestor";

      assertThat(Engines.counts(dialect, sql)).as(dialect.name()).isEqualTo(expected);
    }
  }
}
