package dk.datainformed.pipeline.internal;

import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.MissingReason;
import dk.datainformed.kpi.engine.OrganisationBreakdown;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.kpi.engine.ValueParts;
import dk.datainformed.privacy.PrivacyException;
import dk.datainformed.privacy.disclosure.CellKey;
import dk.datainformed.privacy.disclosure.Dimension;
import dk.datainformed.privacy.disclosure.DisclosureControl;
import dk.datainformed.privacy.disclosure.PublishedTable;
import dk.datainformed.privacy.disclosure.StatisticalTable;
import dk.datainformed.privacy.disclosure.SuppressionReason;
import dk.datainformed.privacy.disclosure.TableStructure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The disclosure table of one period of a KPI result, protected: a frequency table of the records
 * behind each cell (records add up along the tree and over the other dimensions), with the persons
 * behind each cell as its units for the threshold rule.
 *
 * <p>The table's dimensions are the organisation (when the result has an organisation breakdown)
 * followed by each other breakdown dimension, each with its total:
 *
 * <ul>
 *   <li>With {@link OrganisationBreakdown#everyLevel} the organisation dimension is the tree of the
 *       result's units as it stood on the period's last day. A unit's records beyond its children's
 *       (staff placed directly in an administration) form an unpublished leaf of its own, which an
 *       intruder can compute from the unit and its children when both are published, so it is
 *       protected like any other cell. Several top units, or a single unit without children, get a
 *       virtual total above them.
 *   <li>With the other organisation breakdowns each record counts for one unit only: the units are
 *       a flat dimension with a virtual total.
 *   <li>Each other dimension has a total over its values. These totals, and the virtual
 *       organisation total, are not in the result; the table treats them as published (they are
 *       when the same KPI is shown without that breakdown), which can only make the protection
 *       stricter.
 * </ul>
 *
 * <p>Fail closed: when the organisation changed during the period for a unit with records (its
 * chain of parents differs between the period's first and last day, or it is not in the tree), the
 * values cannot be placed in one tree and the period has no table.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class DisclosureTable {
  private static final String ALL = "*";
  private static final String VALUE = "=";
  private static final String UNIT = "unit:";
  private static final String OWN = "own:";

  private final KpiResult result;
  private final Optional<OrganisationBreakdown> organisation;
  private final int orgIndex;
  private final List<Integer> otherIndexes = new ArrayList<>();
  private final List<List<String>> otherValues = new ArrayList<>();
  private final List<String> allUnits;

  /**
   * Prepares the tables of a result.
   *
   * @param result the result as computed, without suppressed values
   * @param organisation the organisation breakdown of its request, if it had one
   * @throws PrivacyException if the result does not have the breakdown's dimension, or already has
   *     suppressed values
   */
  public DisclosureTable(KpiResult result, Optional<OrganisationBreakdown> organisation) {
    this.result = result;
    this.organisation = organisation;
    this.orgIndex = organisation.map(o -> result.dimensions().indexOf(o.field())).orElse(-1);
    if (organisation.isPresent() && orgIndex < 0) {
      throw new PrivacyException(
          "the result of KPI '" + result.definition().id() + "' has no dimension '"
              + organisation.get().field() + "' (it has " + result.dimensions() + "); protect it with"
              + " the organisation breakdown of the request that computed it");
    }
    List<Set<String>> seen = new ArrayList<>();
    for (int d = 0; d < result.dimensions().size(); d++) {
      seen.add(new LinkedHashSet<>());
      if (d != orgIndex) {
        otherIndexes.add(d);
      }
    }
    for (Series s : result.series()) {
      for (int d = 0; d < s.key().values().size(); d++) {
        seen.get(d).add(s.key().values().get(d));
      }
      s.points().forEach(p -> {
        if (p.value().missingReason().filter(r -> r == MissingReason.SUPPRESSED).isPresent()) {
          throw new PrivacyException(
              "the result of KPI '" + result.definition().id() + "' already has suppressed values ("
                  + s.key().text() + ", " + p.period() + "), so the records behind them are lost;"
                  + " protect the result as the engine computed it");
        }
      });
    }
    for (int d : otherIndexes) {
      otherValues.add(List.copyOf(seen.get(d)));
    }
    this.allUnits = orgIndex < 0 ? List.of() : List.copyOf(seen.get(orgIndex));
  }

  /**
   * Protects one period.
   *
   * @param period a period of the result
   * @param control the disclosure control to apply
   * @return the cells to withhold, as series keys with their reasons (keys may name groups the
   *     result has no series for); empty when the period has no table and must fail closed
   */
  public Optional<Map<SeriesKey, SuppressionReason>> protect(Period period, DisclosureControl control) {
    Map<List<String>, ValueParts> cells = new HashMap<>();
    for (Series s : result.series()) {
      s.at(period).ifPresent(v -> cells.put(s.key().values(), v.parts()));
    }
    List<List<String>> combinations = combinations();
    Optional<Organisation> org = organisation.isEmpty()
        ? Optional.of(Organisation.none())
        : organisation.get().coversSubtrees() ? tree(period, cells, combinations) : Optional.of(flat());
    if (org.isEmpty()) {
      return Optional.empty();
    }
    Map<SeriesKey, SuppressionReason> withheld = new LinkedHashMap<>();
    Set<List<String>> inTable = new HashSet<>();
    if (!org.get().real().isEmpty()) {
      withheld.putAll(protect(org.get(), cells, combinations, control, inTable));
    }
    for (Map.Entry<List<String>, ValueParts> cell : cells.entrySet()) {
      if (inTable.contains(cell.getKey())) {
        continue;
      }
      SeriesKey key = new SeriesKey(result.dimensions(), cell.getKey());
      if (cell.getValue().records() > 0) {
        withheld.put(key, SuppressionReason.UNSPECIFIED);
      } else if (control.policy().zeroIsSensitive()) {
        withheld.put(key, SuppressionReason.THRESHOLD);
      }
    }
    return Optional.of(withheld);
  }

  private Map<SeriesKey, SuppressionReason> protect(
      Organisation org,
      Map<List<String>, ValueParts> cells,
      List<List<String>> combinations,
      DisclosureControl control,
      Set<List<String>> inTable) {
    List<Dimension> dimensions = new ArrayList<>();
    if (organisation.isPresent()) {
      dimensions.add(Dimension.tree(organisation.get().field(), org.total(), org.children()));
    } else if (otherIndexes.isEmpty()) {
      dimensions.add(Dimension.of("total", ALL, List.of(VALUE)));
    }
    for (int i = 0; i < otherIndexes.size(); i++) {
      List<String> codes = new ArrayList<>();
      otherValues.get(i).forEach(v -> codes.add(VALUE + v));
      dimensions.add(Dimension.of(result.dimensions().get(otherIndexes.get(i)), ALL, codes));
    }
    TableStructure shape = TableStructure.of(dimensions);
    StatisticalTable.Builder table = StatisticalTable.counts(shape);
    List<String> orgCodes = org.real();
    for (String orgCode : orgCodes) {
      for (List<String> combination : combinations) {
        inTable.add(seriesValues(orgCode, combination));
        ValueParts parts = cells.get(seriesValues(orgCode, combination));
        long records = parts == null ? 0 : parts.records();
        CellKey cell = cellKey(orgCode, combination);
        table.count(cell, records);
        if (records > 0 && parts.persons().isPresent()) {
          table.units(cell, Math.max(1, Math.min(parts.persons().getAsLong(), records)));
        }
      }
    }
    org.own().forEach((own, byCombination) -> {
      for (List<String> combination : combinations) {
        long[] recordsAndUnits = byCombination.get(combination);
        CellKey cell = cellKey(own, combination);
        table.count(cell, recordsAndUnits[0]);
        table.units(cell, recordsAndUnits[1]);
      }
    });
    PublishedTable published = control.protect(table.build());
    Map<SeriesKey, SuppressionReason> withheld = new LinkedHashMap<>();
    for (String orgCode : orgCodes) {
      for (List<String> combination : combinations) {
        published.suppression(cellKey(orgCode, combination)).ifPresent(reason ->
            withheld.put(new SeriesKey(result.dimensions(), seriesValues(orgCode, combination)), reason));
      }
    }
    return withheld;
  }

  /** Every combination of the other dimensions' values, in order; one empty one if there are none. */
  private List<List<String>> combinations() {
    List<List<String>> partial = new ArrayList<>();
    partial.add(List.of());
    for (List<String> values : otherValues) {
      List<List<String>> next = new ArrayList<>();
      for (List<String> prefix : partial) {
        for (String value : values) {
          List<String> longer = new ArrayList<>(prefix);
          longer.add(value);
          next.add(List.copyOf(longer));
        }
      }
      partial = next;
    }
    return partial;
  }

  private List<String> seriesValues(String orgCode, List<String> combination) {
    String[] values = new String[result.dimensions().size()];
    for (int i = 0; i < otherIndexes.size(); i++) {
      values[otherIndexes.get(i)] = combination.get(i);
    }
    if (orgIndex >= 0) {
      values[orgIndex] = orgCode.substring(UNIT.length());
    }
    return List.of(values);
  }

  private static boolean placed(OrganisationTree tree, String unit, Period period) {
    List<OrgUnitId> atEnd = tree.ancestorsOrSelf(OrgUnitId.of(unit), period.end());
    return !atEnd.isEmpty() && atEnd.equals(tree.ancestorsOrSelf(OrgUnitId.of(unit), period.start()));
  }

  private CellKey cellKey(String orgCode, List<String> combination) {
    List<String> coordinates = new ArrayList<>();
    if (organisation.isPresent() || otherIndexes.isEmpty()) {
      coordinates.add(orgCode);
    }
    combination.forEach(v -> coordinates.add(VALUE + v));
    return new CellKey(coordinates);
  }

  private Organisation flat() {
    List<String> codes = new ArrayList<>();
    allUnits.forEach(u -> codes.add(UNIT + u));
    return new Organisation(codes, Map.of(ALL, codes), ALL, Map.of());
  }

  /**
   * The tree of the units placed on the period's last day, each under its nearest ancestor in the
   * result, with a leaf for a unit's records beyond its children's; empty to fail closed.
   */
  private Optional<Organisation> tree(
      Period period, Map<List<String>, ValueParts> cells, List<List<String>> combinations) {
    OrganisationTree tree = organisation.orElseThrow().tree();
    Set<String> units = new LinkedHashSet<>();
    for (String unit : allUnits) {
      boolean hasRecords = false;
      for (List<String> combination : combinations) {
        ValueParts parts = cells.get(seriesValues(UNIT + unit, combination));
        hasRecords |= parts != null && parts.records() > 0;
      }
      if (placed(tree, unit, period)) {
        units.add(unit);
      } else if (hasRecords) {
        return Optional.empty();
      }
    }
    Map<String, List<String>> children = new LinkedHashMap<>();
    List<String> top = new ArrayList<>();
    for (String unit : units) {
      List<OrgUnitId> chain = tree.ancestorsOrSelf(OrgUnitId.of(unit), period.end());
      Optional<String> parent = chain.subList(1, chain.size()).stream()
          .map(OrgUnitId::value).filter(units::contains).findFirst();
      if (parent.isPresent()) {
        children.computeIfAbsent(UNIT + parent.get(), p -> new ArrayList<>()).add(UNIT + unit);
      } else {
        top.add(UNIT + unit);
      }
    }
    Map<String, Map<List<String>, long[]>> own = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> parent : children.entrySet()) {
      Map<List<String>, long[]> byCombination = new HashMap<>();
      boolean any = false;
      for (List<String> combination : combinations) {
        ValueParts whole = cells.get(seriesValues(parent.getKey(), combination));
        long records = whole == null ? 0 : whole.records();
        long persons = whole == null ? 0 : whole.persons().orElse(records);
        for (String child : parent.getValue()) {
          ValueParts part = cells.get(seriesValues(child, combination));
          records -= part == null ? 0 : part.records();
          persons -= part == null ? 0 : part.persons().orElse(part.records());
        }
        if (records < 0) {
          return Optional.empty();
        }
        any |= records > 0;
        // Persons in both the unit itself and a child make this an underestimate: the safe side.
        long ownUnits = records == 0 ? 0 : Math.max(1, Math.min(persons, records));
        byCombination.put(combination, new long[] {records, ownUnits});
      }
      if (any) {
        own.put(OWN + parent.getKey().substring(UNIT.length()), byCombination);
      }
    }
    own.keySet().forEach(code -> children.get(UNIT + code.substring(OWN.length())).add(code));
    List<String> real = new ArrayList<>(units.size());
    units.forEach(u -> real.add(UNIT + u));
    if (top.size() == 1 && children.containsKey(top.get(0))) {
      return Optional.of(new Organisation(real, children, top.get(0), own));
    }
    if (!top.isEmpty()) {
      children.put(ALL, top);
    }
    return Optional.of(new Organisation(real, children, ALL, own));
  }

  /**
   * The organisation dimension of one period.
   *
   * @param real the codes of the result's units in the table
   * @param children each total's children
   * @param total the code of the dimension's total
   * @param own each own-records leaf with its records and units per combination
   */
  private record Organisation(
      List<String> real,
      Map<String, List<String>> children,
      String total,
      Map<String, Map<List<String>, long[]>> own) {

    static Organisation none() {
      return new Organisation(List.of(VALUE), Map.of(), ALL, Map.of());
    }
  }
}
