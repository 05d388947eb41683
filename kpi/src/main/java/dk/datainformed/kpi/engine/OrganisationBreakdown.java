package dk.datainformed.kpi.engine;

import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.core.org.RollUp;
import dk.datainformed.kpi.KpiException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How records are broken down by organisation unit: the unit field of each record is placed in the
 * tree as it stood on the record's date, then counted for the units asked for.
 *
 * <ul>
 *   <li>{@link #everyLevel}: for the record's unit and for each of its ancestors, so every unit's
 *       value covers its whole subtree;
 *   <li>{@link #toTargets}: for the nearest of a set of target units at or above the record's unit
 *       (a report's departments);
 *   <li>{@link #atDepth}: for the record's ancestor at a depth below the root (0 is the root).
 * </ul>
 *
 * <p>A record whose date is a period (not a day) is placed in the tree as it stood on the last day
 * of that period.
 *
 * <pre>{@code
 * OrganisationBreakdown byDepartment =
 *     OrganisationBreakdown.toTargets("organisation_unit", tree, List.of(skole, dagtilbud));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OrganisationBreakdown {
  private final String field;
  private final OrganisationTree tree;
  private final Optional<RollUp> targets;
  private final int depth;

  private OrganisationBreakdown(
      String field, OrganisationTree tree, Optional<RollUp> targets, int depth) {
    if (field == null || field.isBlank()) {
      throw new KpiException("An organisation breakdown needs the record's unit field, e.g. 'organisation_unit'");
    }
    if (tree == null) {
      throw new KpiException("An organisation breakdown needs the organisation tree");
    }
    this.field = field;
    this.tree = tree;
    this.targets = targets;
    this.depth = depth;
  }

  /**
   * Counts each record for its unit and every ancestor of it on the record's date.
   *
   * @param field the record field that holds the unit id
   * @param tree the organisation over time
   * @return the breakdown
   */
  public static OrganisationBreakdown everyLevel(String field, OrganisationTree tree) {
    return new OrganisationBreakdown(field, tree, Optional.empty(), -1);
  }

  /**
   * Counts each record for the nearest target unit at or above its unit on the record's date.
   *
   * @param field the record field that holds the unit id
   * @param tree the organisation over time
   * @param targets the units to report, each known to the tree
   * @return the breakdown
   * @throws dk.datainformed.core.org.InvalidOrganisationException when a target is not in the tree
   */
  public static OrganisationBreakdown toTargets(
      String field, OrganisationTree tree, Collection<OrgUnitId> targets) {
    if (tree == null || targets == null || targets.isEmpty()) {
      throw new KpiException("An organisation breakdown to targets needs the tree and at least one target unit");
    }
    return new OrganisationBreakdown(field, tree, Optional.of(tree.rollUp(targets)), -1);
  }

  /**
   * Counts each record for its unit's ancestor (or the unit itself) at a depth below the root on the
   * record's date; records of units above that depth are not placed.
   *
   * @param field the record field that holds the unit id
   * @param tree the organisation over time
   * @param depth 0 for the root, 1 for the root's children, ...
   * @return the breakdown
   */
  public static OrganisationBreakdown atDepth(String field, OrganisationTree tree, int depth) {
    if (depth < 0) {
      throw new KpiException("The depth of an organisation breakdown (" + depth + ") must be 0 (the root) or more");
    }
    return new OrganisationBreakdown(field, tree, Optional.empty(), depth);
  }

  /**
   * The record field that holds the unit id.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }

  /**
   * The organisation tree.
   *
   * @return the tree
   */
  public OrganisationTree tree() {
    return tree;
  }

  /**
   * Whether each unit's value covers its whole subtree ({@link #everyLevel}): a record counts for
   * its unit and every ancestor, so a unit's value adds up from its own records and its children's.
   * Disclosure control needs this to know which values add up to which. The other breakdowns count
   * each record for one unit only.
   *
   * @return true for {@link #everyLevel}
   */
  public boolean coversSubtrees() {
    return targets.isEmpty() && depth < 0;
  }

  /**
   * The units a record of a unit on a day is counted for.
   *
   * @param unit the record's unit
   * @param date the record's date
   * @return the units, nearest first; empty when the record cannot be placed
   */
  public List<OrgUnitId> placements(OrgUnitId unit, LocalDate date) {
    if (targets.isPresent()) {
      return targets.get().targetOf(unit, date).map(List::of).orElse(List.of());
    }
    List<OrgUnitId> chain = tree.ancestorsOrSelf(unit, date);
    if (depth < 0) {
      return chain;
    }
    int at = chain.size() - 1 - depth;
    return at < 0 ? List.of() : List.of(chain.get(at));
  }
}
