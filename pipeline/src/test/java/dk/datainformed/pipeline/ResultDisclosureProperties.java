package dk.datainformed.pipeline;

import static dk.datainformed.pipeline.Results.FEB;
import static dk.datainformed.pipeline.Results.JAN;
import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.KpiValue;
import dk.datainformed.kpi.engine.MissingReason;
import dk.datainformed.kpi.engine.OrganisationBreakdown;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.privacy.disclosure.AuditReport;
import dk.datainformed.privacy.disclosure.CellInterval;
import dk.datainformed.privacy.disclosure.CellKey;
import dk.datainformed.privacy.disclosure.Dimension;
import dk.datainformed.privacy.disclosure.DisclosureAudit;
import dk.datainformed.privacy.disclosure.DisclosurePolicy;
import dk.datainformed.privacy.disclosure.Measure;
import dk.datainformed.privacy.disclosure.PublishedTable;
import dk.datainformed.privacy.disclosure.SuppressionReason;
import dk.datainformed.privacy.disclosure.TableStructure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * For random organisation trees (1 to 3 levels below the root, 1 to 3 children per unit) and random
 * results (records and persons per unit, some administrations with staff of their own), audited
 * independently of the implementation: the table an intruder sees is rebuilt from the published
 * result alone (every unit's published records, every withheld one unknown, each unit's own records
 * unknown), and the linear-programming audit must find every primary withheld value's interval at
 * least as wide as the policy requires; and no published value has fewer persons than the minimum.
 */
class ResultDisclosureProperties {
  private static final LocalDate START = LocalDate.of(2020, 1, 1);
  private static final List<Period> PERIODS = List.of(JAN, FEB);

  @Property(tries = 150)
  void everyWithheldValueIsProtectedAgainstEverythingPublished(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3) int depth,
      @ForAll @IntRange(min = 3, max = 6) int minimumCount,
      @ForAll boolean zeroIsSensitive) {
    Random random = new Random(seed);
    Municipality town = Municipality.random(random, depth);
    // A municipality without a single record in either period publishes nothing to attack.
    Assume.that(!town.units().isEmpty());
    DisclosurePolicy policy =
        DisclosurePolicy.builder().minimumCount(minimumCount).zeroIsSensitive(zeroIsSensitive).build();

    DisclosedResult shown =
        ResultDisclosure.with(policy)
            .protect(town.result(), OrganisationBreakdown.everyLevel("organisation_unit", town.tree()));

    Statistics.label("has a secondary suppression")
        .collect(shown.suppressions().stream().anyMatch(s -> s.reason() == SuppressionReason.SECONDARY))
        .coverage(c -> c.check(true).percentage(p -> p > 30));
    for (Period period : PERIODS) {
      AuditReport report = DisclosureAudit.audit(town.asPublished(shown, period, policy), policy);
      for (CellInterval interval : report.intervals()) {
        if (interval.reason().isPrimary()) {
          assertThat(interval.width())
              .as("interval of %s in %s", interval.cell(), period)
              .isGreaterThanOrEqualTo(interval.requiredWidth() - 1e-6)
              .isPositive();
        }
      }
      for (String unit : town.units()) {
        KpiValue value = shown.result().value(SeriesKey.of("organisation_unit", unit), period).orElseThrow();
        boolean withheld = value.missingReason().filter(r -> r == MissingReason.SUPPRESSED).isPresent();
        if (withheld) {
          assertThat(value.parts().numerator()).isEmpty();
          assertThat(value.parts().persons()).isEmpty();
        } else if (town.records(unit, period) > 0 || zeroIsSensitive) {
          assertThat(town.persons(unit, period))
              .as("persons behind the published value of %s in %s", unit, period)
              .isGreaterThanOrEqualTo(minimumCount);
        }
      }
    }
  }

  /** A random tree, its units' own records and persons, and everything summed up the tree. */
  private static final class Municipality {
    private final OrganisationTree tree;
    private final Map<String, String> parents = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new LinkedHashMap<>();
    private final Map<Period, Map<String, long[]>> own = new LinkedHashMap<>();
    private final Map<Period, Map<String, long[]>> whole = new LinkedHashMap<>();
    private final List<String> units = new ArrayList<>();

    private Municipality(OrganisationTree tree) {
      this.tree = tree;
    }

    static Municipality random(Random random, int depth) {
      OrganisationTree.Builder builder = OrganisationTree.builder().root(OrgUnitId.of("u"), "U", START);
      Map<String, String> parents = new LinkedHashMap<>();
      parents.put("u", null);
      List<String> level = List.of("u");
      for (int d = 0; d < depth; d++) {
        List<String> next = new ArrayList<>();
        for (String parent : level) {
          int fanOut = 1 + random.nextInt(3);
          for (int c = 1; c <= fanOut; c++) {
            String child = parent + "." + c;
            builder.unit(OrgUnitId.of(child), child, OrgUnitId.of(parent), START);
            parents.put(child, parent);
            next.add(child);
          }
        }
        level = next;
      }
      Municipality town = new Municipality(builder.build());
      town.parents.putAll(parents);
      parents.forEach((child, parent) -> {
        town.children.computeIfAbsent(child, c -> new ArrayList<>());
        if (parent != null) {
          town.children.get(parent).add(child);
        }
      });
      for (Period period : PERIODS) {
        Map<String, long[]> ownOf = new LinkedHashMap<>();
        for (String unit : parents.keySet()) {
          boolean leaf = town.children.get(unit).isEmpty();
          long persons = leaf ? random.nextInt(12) : (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
          long records = persons * (1 + random.nextInt(3));
          ownOf.put(unit, new long[] {records, persons});
        }
        town.own.put(period, ownOf);
        Map<String, long[]> wholeOf = new LinkedHashMap<>();
        town.sum("u", ownOf, wholeOf);
        town.whole.put(period, wholeOf);
      }
      for (String unit : parents.keySet()) {
        if (PERIODS.stream().anyMatch(p -> town.records(unit, p) > 0)) {
          town.units.add(unit);
        }
      }
      return town;
    }

    private long[] sum(String unit, Map<String, long[]> ownOf, Map<String, long[]> wholeOf) {
      long[] total = ownOf.get(unit).clone();
      for (String child : children.get(unit)) {
        long[] part = sum(child, ownOf, wholeOf);
        total[0] += part[0];
        total[1] += part[1];
      }
      wholeOf.put(unit, total);
      return total;
    }

    OrganisationTree tree() {
      return tree;
    }

    List<String> units() {
      return units;
    }

    long records(String unit, Period period) {
      return whole.get(period).get(unit)[0];
    }

    long persons(String unit, Period period) {
      return whole.get(period).get(unit)[1];
    }

    /** The result an everyLevel request computes: a series for every unit with records. */
    KpiResult result() {
      Results results = Results.byUnit(JAN, FEB);
      for (String unit : units) {
        for (Period period : PERIODS) {
          results.cell(period, records(unit, period), persons(unit, period), unit);
        }
      }
      return results.build();
    }

    /**
     * The table an intruder sees in one period: each unit of the result under its parent, its
     * records published or withheld as the disclosed result shows, and a unit's own records beyond
     * its children's as an unknown cell, sensitive when they belong to fewer persons than the minimum.
     */
    PublishedTable asPublished(DisclosedResult shown, Period period, DisclosurePolicy policy) {
      Map<String, List<String>> below = new LinkedHashMap<>();
      List<String> ownCells = new ArrayList<>();
      for (String unit : units) {
        List<String> shownChildren = new ArrayList<>();
        for (String child : children.get(unit)) {
          if (units.contains(child)) {
            shownChildren.add(child);
          }
        }
        if (!shownChildren.isEmpty() && own.get(period).get(unit)[0] > 0) {
          shownChildren.add("own " + unit);
          ownCells.add(unit);
        }
        if (!shownChildren.isEmpty()) {
          below.put(unit, shownChildren);
        }
      }
      String total = "u";
      if (below.isEmpty()) {
        total = "all";
        below.put(total, List.of("u"));
      }
      TableStructure shape = TableStructure.of(Dimension.tree("organisation_unit", total, below));
      PublishedTable.Builder table = PublishedTable.builder(Measure.COUNT, shape);
      if (total.equals("all")) {
        table.value(CellKey.of("all"), records("u", period));
      }
      for (String unit : units) {
        var suppression = shown.suppression(SeriesKey.of("organisation_unit", unit), period);
        if (suppression.isPresent()) {
          table.suppressed(CellKey.of(unit), suppression.get().reason());
        } else {
          table.value(CellKey.of(unit), records(unit, period));
        }
      }
      for (String unit : ownCells) {
        long persons = own.get(period).get(unit)[1];
        table.suppressed(
            CellKey.of("own " + unit),
            persons < policy.minimumCount() ? SuppressionReason.THRESHOLD : SuppressionReason.SECONDARY);
      }
      return table.build();
    }
  }
}
