package dk.datainformed.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Laws that hold for every valid organisation, checked on random trees whose units are created,
 * renamed, moved (also below their former descendants), closed and succeeded over time.
 */
class OrganisationTreeProperties {

  private static final LocalDate BASE = LocalDate.of(2020, 1, 1);

  @Property
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void ancestorsEndAtARootAndNeverRepeatAUnit(@ForAll("trees") OrganisationTree tree) {
    int deepest = 0;
    boolean moved = false;
    for (LocalDate date : daysOfInterest(tree)) {
      OrganisationSnapshot snapshot = tree.asOf(date);
      for (OrgUnitId unit : tree.units()) {
        List<OrgUnitId> chain = tree.ancestorsOrSelf(unit, date);
        if (!tree.isValid(unit, date)) {
          assertThat(chain).isEmpty();
          continue;
        }
        assertThat(chain.get(0)).isEqualTo(unit);
        assertThat(chain).doesNotHaveDuplicates();
        for (int i = 0; i + 1 < chain.size(); i++) {
          assertThat(snapshot.parent(chain.get(i))).contains(chain.get(i + 1));
        }
        assertThat(snapshot.parent(chain.get(chain.size() - 1))).isEmpty();
        assertThat(snapshot.roots()).contains(chain.get(chain.size() - 1));
        assertThat(tree.ancestors(unit, date)).isEqualTo(chain.subList(1, chain.size()));
        deepest = Math.max(deepest, chain.size());
        moved |= !chain.equals(tree.ancestorsOrSelf(unit, date.minusDays(1)))
            && tree.isValid(unit, date.minusDays(1));
      }
    }
    // The generator must produce the cases the laws are about: deep trees, moves and successions.
    Statistics.label("depth of at least 3").collect(deepest >= 3);
    Statistics.label("a unit moves").collect(moved);
    Statistics.label("successions").collect(!tree.successions().isEmpty());
    Statistics.label("depth of at least 3")
        .coverage(coverage -> coverage.check(true).percentage(p -> p >= 20));
    Statistics.label("a unit moves").coverage(coverage -> coverage.check(true).percentage(p -> p >= 20));
    Statistics.label("successions").coverage(coverage -> coverage.check(true).percentage(p -> p >= 10));
  }

  @Property
  void everyValidUnitAppearsExactlyOnceInTheSnapshot(@ForAll("trees") OrganisationTree tree) {
    for (LocalDate date : daysOfInterest(tree)) {
      OrganisationSnapshot snapshot = tree.asOf(date);
      List<OrgUnitId> reached = new ArrayList<>();
      List<OrgUnitId> open = new ArrayList<>(snapshot.roots());
      while (!open.isEmpty()) {
        OrgUnitId unit = open.remove(open.size() - 1);
        reached.add(unit);
        open.addAll(snapshot.children(unit));
      }
      List<OrgUnitId> valid =
          tree.units().stream().filter(unit -> tree.isValid(unit, date)).toList();
      assertThat(reached).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(valid);
      assertThat(snapshot.units()).containsExactlyInAnyOrderElementsOf(valid);
    }
  }

  @Property
  void isUnderAgreesWithAncestors(@ForAll("trees") OrganisationTree tree) {
    for (LocalDate date : daysOfInterest(tree)) {
      for (OrgUnitId unit : tree.units()) {
        List<OrgUnitId> ancestors = tree.ancestors(unit, date);
        for (OrgUnitId other : tree.units()) {
          assertThat(tree.isUnder(unit, other, date)).isEqualTo(ancestors.contains(other));
          assertThat(tree.rollsUpTo(unit, other, date))
              .isEqualTo(tree.ancestorsOrSelf(unit, date).contains(other));
        }
      }
    }
  }

  @Property
  void rollUpPicksTheNearestTargetAmongAncestorsOrSelf(
      @ForAll("trees") OrganisationTree tree, @ForAll long targetMask) {
    List<OrgUnitId> targets = new ArrayList<>();
    for (int i = 0; i < tree.units().size(); i++) {
      if ((targetMask >>> i & 1) == 1) {
        targets.add(tree.units().get(i));
      }
    }
    RollUp rollUp = tree.rollUp(targets);
    for (LocalDate date : daysOfInterest(tree)) {
      for (OrgUnitId unit : tree.units()) {
        Optional<OrgUnitId> expected =
            tree.ancestorsOrSelf(unit, date).stream().filter(targets::contains).findFirst();
        assertThat(rollUp.targetOf(unit, date)).isEqualTo(expected);
      }
    }
  }

  @Property
  void successorsOfAValidUnitAreTheUnitItself(@ForAll("trees") OrganisationTree tree) {
    for (LocalDate date : daysOfInterest(tree)) {
      for (OrgUnitId unit : tree.units()) {
        List<OrgUnitId> successors = tree.successors(unit, date);
        if (tree.isValid(unit, date)) {
          assertThat(successors).containsExactly(unit);
        } else {
          assertThat(successors)
              .doesNotHaveDuplicates()
              .allSatisfy(successor -> assertThat(tree.isValid(successor, date)).isTrue());
        }
      }
    }
  }

  @Property
  void rebuildingFromTheHistoryGivesTheSameAnswers(@ForAll("trees") OrganisationTree tree) {
    OrganisationTree.Builder builder = OrganisationTree.builder();
    tree.units().forEach(unit -> builder.addAll(tree.history(unit)));
    tree.successions()
        .forEach(s -> builder.succession(s.predecessor(), s.successor(), s.on()));
    OrganisationTree rebuilt = builder.build();
    for (LocalDate date : daysOfInterest(tree)) {
      for (OrgUnitId unit : tree.units()) {
        assertThat(rebuilt.ancestorsOrSelf(unit, date))
            .isEqualTo(tree.ancestorsOrSelf(unit, date));
        assertThat(rebuilt.successors(unit, date)).isEqualTo(tree.successors(unit, date));
      }
    }
  }

  @Property
  void movingAUnitBelowItsOwnDescendantIsReportedAsACycle(
      @ForAll("trees") OrganisationTree tree, @ForAll int pick) {
    List<OrgUnitId[]> candidates = new ArrayList<>();
    List<LocalDate> candidateDays = new ArrayList<>();
    for (LocalDate date : daysOfInterest(tree)) {
      for (OrgUnitId unit : tree.units()) {
        for (OrgUnitId ancestor : tree.ancestors(unit, date)) {
          candidates.add(new OrgUnitId[] {unit, ancestor});
          candidateDays.add(date);
        }
      }
    }
    Assume.that(!candidates.isEmpty());
    int chosen = Math.floorMod(pick, candidates.size());
    OrgUnitId descendant = candidates.get(chosen)[0];
    OrgUnitId ancestor = candidates.get(chosen)[1];
    LocalDate day = candidateDays.get(chosen);
    OrganisationTree.Builder builder = OrganisationTree.builder();
    tree.units().forEach(unit -> builder.addAll(tree.history(unit)));
    builder.move(ancestor, day, descendant);

    InvalidOrganisationException e =
        catchThrowableOfType(InvalidOrganisationException.class, builder::build);

    assertThat(e).isNotNull();
    assertThat(e.problems())
        .anySatisfy(
            problem ->
                assertThat(problem)
                    .contains("form a cycle")
                    .contains(descendant + " under")
                    .contains(ancestor + " under"));
  }

  /** Every first and last day of every version, and the day before the first change. */
  private static Set<LocalDate> daysOfInterest(OrganisationTree tree) {
    Set<LocalDate> days = new TreeSet<>(Comparator.naturalOrder());
    days.add(BASE.minusDays(1));
    for (OrgUnitId unit : tree.units()) {
      for (OrgUnitVersion version : tree.history(unit)) {
        days.add(version.validity().from());
        days.add(version.validity().from().minusDays(1));
        version.validity().to().ifPresent(to -> {
          days.add(to);
          days.add(to.minusDays(1));
        });
      }
    }
    return days;
  }

  @Provide
  Arbitrary<OrganisationTree> trees() {
    Arbitrary<Integer> unitCount = Arbitraries.integers().between(1, 9);
    Arbitrary<List<Integer>> periodLengths =
        Arbitraries.integers().between(1, 400).list().ofMinSize(1).ofMaxSize(5);
    Arbitrary<List<Integer>> choices =
        Arbitraries.integers().between(0, 9_999).list().ofMinSize(1).ofMaxSize(120);
    return Combinators.combine(unitCount, periodLengths, choices).as(RandomTree::build);
  }

  /**
   * Builds a valid tree from random choices. Time is cut into periods; in each period every unit is
   * either absent or present, and the present units are put in a random order in which each unit's
   * parent comes before it. So parents are valid whenever their children are, no cycle can form, and
   * a unit may sit above another in one period and below it in the next.
   */
  private static final class RandomTree {
    private final List<Integer> choices;
    private int next;

    private RandomTree(List<Integer> choices) {
      this.choices = choices;
    }

    private int choose(int bound) {
      return choices.get(next++ % choices.size()) % bound;
    }

    static OrganisationTree build(int unitCount, List<Integer> periodLengths, List<Integer> choices) {
      return new RandomTree(choices).build(unitCount, periodLengths);
    }

    private OrganisationTree build(int unitCount, List<Integer> periodLengths) {
      OrganisationTree.Builder builder = OrganisationTree.builder();
      List<LocalDate> starts = new ArrayList<>();
      LocalDate start = BASE;
      for (int length : periodLengths) {
        starts.add(start);
        start = start.plusDays(length);
      }
      boolean[] presentBefore = new boolean[unitCount];
      for (int p = 0; p < starts.size(); p++) {
        LocalDate from = starts.get(p);
        boolean last = p == starts.size() - 1;
        Validity validity = last ? Validity.from(from) : Validity.between(from, starts.get(p + 1));
        List<Integer> order = new ArrayList<>();
        for (int u = 0; u < unitCount; u++) {
          if (choose(4) != 0) {
            order.add(u);
          }
        }
        for (int i = order.size() - 1; i > 0; i--) {
          int j = choose(i + 1);
          order.set(j, order.set(i, order.get(j)));
        }
        boolean[] present = new boolean[unitCount];
        for (int i = 0; i < order.size(); i++) {
          int u = order.get(i);
          present[u] = true;
          String name = "Enhed " + u + (choose(2) == 0 ? "" : " (" + p + ")");
          if (i == 0 || choose(4) == 0) {
            builder.add(OrgUnitVersion.root(id(u), name, validity));
          } else {
            builder.add(OrgUnitVersion.of(id(u), name, id(order.get(choose(i))), validity));
          }
        }
        Set<Integer> successorsTaken = new HashSet<>();
        for (int u = 0; u < unitCount; u++) {
          if (presentBefore[u] && !present[u] && !order.isEmpty() && choose(2) == 0) {
            int successor = order.get(choose(order.size()));
            if (successorsTaken.add(u * unitCount + successor)) {
              builder.succession(id(u), id(successor), from);
            }
          }
        }
        presentBefore = present;
      }
      return builder.build();
    }

    private static OrgUnitId id(int unit) {
      return OrgUnitId.of("u" + unit);
    }
  }
}
