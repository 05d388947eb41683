package dk.datainformed.core.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where a unit's data goes on a day, among a fixed set of target units: the nearest target at or
 * above the unit in the tree as it stood that day.
 *
 * <p>Made by {@link OrganisationTree#rollUp}. The answer for every unit and every period is computed
 * when the roll-up is made, so {@link #targetOf} costs a hash look-up and a binary search and
 * allocates nothing: fit for a KPI engine that assigns millions of (unit, date) records. For several
 * levels of a report (team, department, directorate) make one roll-up per level.
 *
 * <pre>{@code
 * RollUp departments = tree.rollUp(List.of(skole, dagtilbud));
 * Optional<OrgUnitId> department = departments.targetOf(record.unit(), record.date());
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RollUp {

  private final OrganisationTree tree;
  private final int[][] targetOfSegment;
  private final List<Optional<OrgUnitId>> answers;
  private final List<OrgUnitId> targets;

  RollUp(OrganisationTree tree, boolean[] isTarget, int[][] targetOfSegment) {
    this.tree = tree;
    this.targetOfSegment = targetOfSegment;
    List<Optional<OrgUnitId>> byUnit = new ArrayList<>(tree.unitCount());
    List<OrgUnitId> targetIds = new ArrayList<>();
    for (int u = 0; u < tree.unitCount(); u++) {
      byUnit.add(Optional.of(tree.id(u)));
      if (isTarget[u]) {
        targetIds.add(tree.id(u));
      }
    }
    this.answers = List.copyOf(byUnit);
    this.targets = List.copyOf(targetIds);
  }

  /**
   * The target that a unit's data belongs to on a day.
   *
   * @param unit the unit the data was recorded on
   * @param date the day of the data
   * @return the nearest target at or above the unit on that day; empty if no target is above it, or
   *     the unit is unknown or not valid on the day
   */
  public Optional<OrgUnitId> targetOf(OrgUnitId unit, LocalDate date) {
    int u = tree.index(unit);
    if (u < 0) {
      return Optional.empty();
    }
    int s = tree.segmentAt(u, date.toEpochDay());
    if (s < 0) {
      return Optional.empty();
    }
    int target = targetOfSegment[u][s];
    return target < 0 ? Optional.empty() : answers.get(target);
  }

  /**
   * The targets, each once, in the order of the tree's units.
   *
   * @return the targets
   */
  public List<OrgUnitId> targets() {
    return targets;
  }
}
