package dk.datainformed.core.org;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * A municipality's organisation over time: units with dated versions, and successor links for units
 * that were merged or split.
 *
 * <p>Units are created, renamed, moved, merged and closed all the time (OS2mo, SD Løn and KMD Opus all
 * keep unit history with validity dates). KPI series must survive that: a unit's data rolls up to its
 * ancestors as the tree stood on the day of the data, and the series of a closed unit can be carried
 * on by its {@linkplain #successors successors}.
 *
 * <p>The tree is immutable and checked once, in {@link Builder#build()}. On build it precomputes,
 * for every unit, its chain of ancestors for each period in which that chain is constant, so that
 * {@link #ancestorsOrSelf}, {@link #isUnder} and a {@link RollUp} answer with a hash look-up and a
 * binary search and no allocation.
 *
 * <pre>{@code
 * OrgUnitId kommune = OrgUnitId.of("kommune");
 * OrgUnitId skole = OrgUnitId.of("skole");
 * OrgUnitId dagtilbud = OrgUnitId.of("dagtilbud");
 * OrgUnitId nord = OrgUnitId.of("nord");
 * OrganisationTree tree = OrganisationTree.builder()
 *     .root(kommune, "Kommunen", LocalDate.of(2007, 1, 1))
 *     .unit(skole, "Skoleafdelingen", kommune, LocalDate.of(2007, 1, 1))
 *     .unit(dagtilbud, "Dagtilbud", kommune, LocalDate.of(2007, 1, 1))
 *     .unit(nord, "Område Nord", skole, LocalDate.of(2020, 1, 1))
 *     .move(nord, LocalDate.of(2024, 8, 1), dagtilbud)
 *     .build();
 *
 * tree.ancestors(nord, LocalDate.of(2024, 7, 31));   // [skole, kommune]
 * tree.ancestors(nord, LocalDate.of(2024, 8, 1));    // [dagtilbud, kommune]
 * tree.isUnder(nord, skole, LocalDate.of(2025, 1, 1)); // false
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class OrganisationTree {

  private static final int[] NO_UNITS = new int[0];

  private final OrgUnitId[] ids;
  private final Map<OrgUnitId, Integer> indexOf;
  private final OrgUnitVersion[][] versions;
  private final long[][] versionFrom;
  private final long[][] versionTo;
  private final long[][] segmentFrom;
  private final long[][] segmentTo;
  private final int[][][] segmentChain;
  private final List<List<List<OrgUnitId>>> segmentChainIds;
  private final int[][] successionTo;
  private final long[][] successionOn;
  private final List<Succession> successions;

  private OrganisationTree(Builder builder, Chains chains, Map<OrgUnitId, Integer> indexOf) {
    int n = builder.versions.size();
    this.ids = builder.versions.keySet().toArray(OrgUnitId[]::new);
    this.indexOf = Map.copyOf(indexOf);
    this.versions = chains.versions;
    this.versionFrom = chains.versionFrom;
    this.versionTo = chains.versionTo;
    this.segmentFrom = new long[n][];
    this.segmentTo = new long[n][];
    this.segmentChain = new int[n][][];
    List<List<List<OrgUnitId>>> chainIds = new ArrayList<>(n);
    for (int u = 0; u < n; u++) {
      List<Chains.Segment> segments = chains.segments.get(u);
      segmentFrom[u] = new long[segments.size()];
      segmentTo[u] = new long[segments.size()];
      segmentChain[u] = new int[segments.size()][];
      List<List<OrgUnitId>> unitChains = new ArrayList<>(segments.size());
      for (int s = 0; s < segments.size(); s++) {
        Chains.Segment segment = segments.get(s);
        segmentFrom[u][s] = segment.from();
        segmentTo[u][s] = segment.to();
        segmentChain[u][s] = segment.chain();
        OrgUnitId[] chainOfIds = new OrgUnitId[segment.chain().length];
        for (int i = 0; i < chainOfIds.length; i++) {
          chainOfIds[i] = ids[segment.chain()[i]];
        }
        unitChains.add(List.of(chainOfIds));
      }
      chainIds.add(List.copyOf(unitChains));
    }
    this.segmentChainIds = List.copyOf(chainIds);

    this.successions = List.copyOf(builder.successions);
    List<List<Succession>> byPredecessor = new ArrayList<>(n);
    for (int u = 0; u < n; u++) {
      byPredecessor.add(new ArrayList<>());
    }
    for (Succession succession : successions) {
      byPredecessor.get(indexOf.get(succession.predecessor())).add(succession);
    }
    this.successionTo = new int[n][];
    this.successionOn = new long[n][];
    for (int u = 0; u < n; u++) {
      List<Succession> links = byPredecessor.get(u);
      links.sort(Comparator.comparing(Succession::on));
      successionTo[u] = new int[links.size()];
      successionOn[u] = new long[links.size()];
      for (int i = 0; i < links.size(); i++) {
        successionTo[u][i] = indexOf.get(links.get(i).successor());
        successionOn[u][i] = links.get(i).on().toEpochDay();
      }
    }
  }

  /**
   * Starts an empty builder.
   *
   * @return a builder; the only mutable part of this API
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Every unit the tree knows, valid or not on any particular day.
   *
   * @return the units, in the order they were first added
   */
  public List<OrgUnitId> units() {
    return List.of(ids);
  }

  /**
   * A unit's whole history.
   *
   * @param unit the unit
   * @return its versions in date order; empty if the tree does not know the unit
   */
  public List<OrgUnitVersion> history(OrgUnitId unit) {
    int u = index(unit);
    return u < 0 ? List.of() : List.of(versions[u]);
  }

  /**
   * Every succession recorded, in the order recorded.
   *
   * @return the successions
   */
  public List<Succession> successions() {
    return successions;
  }

  /**
   * The version of a unit that holds on a day.
   *
   * @param unit the unit
   * @param date the day
   * @return the version, or empty if the unit is unknown or not valid on the day
   */
  public Optional<OrgUnitVersion> version(OrgUnitId unit, LocalDate date) {
    int u = index(unit);
    if (u < 0) {
      return Optional.empty();
    }
    int v = find(versionFrom[u], versionTo[u], date.toEpochDay());
    return v < 0 ? Optional.empty() : Optional.of(versions[u][v]);
  }

  /**
   * Whether a unit is valid on a day.
   *
   * @param unit the unit
   * @param date the day
   * @return {@code true} if one of its versions holds on the day
   */
  public boolean isValid(OrgUnitId unit, LocalDate date) {
    int u = index(unit);
    return u >= 0 && find(versionFrom[u], versionTo[u], date.toEpochDay()) >= 0;
  }

  /**
   * The organisation as it stood on a day: roots, children, parents and names.
   *
   * @param date the day
   * @return the snapshot
   */
  public OrganisationSnapshot asOf(LocalDate date) {
    long day = date.toEpochDay();
    List<OrgUnitVersion> valid = new ArrayList<>();
    for (int u = 0; u < ids.length; u++) {
      int v = find(versionFrom[u], versionTo[u], day);
      if (v >= 0) {
        valid.add(versions[u][v]);
      }
    }
    return new OrganisationSnapshot(date, valid);
  }

  /**
   * A unit and its ancestors on a day, nearest first, ending at a root.
   *
   * <p>The list is precomputed: calling this allocates nothing.
   *
   * @param unit the unit
   * @param date the day
   * @return the unit, its parent, its grandparent and so on up to a root; empty if the unit is unknown
   *     or not valid on the day
   */
  public List<OrgUnitId> ancestorsOrSelf(OrgUnitId unit, LocalDate date) {
    int u = index(unit);
    if (u < 0) {
      return List.of();
    }
    int s = find(segmentFrom[u], segmentTo[u], date.toEpochDay());
    return s < 0 ? List.of() : segmentChainIds.get(u).get(s);
  }

  /**
   * A unit's ancestors on a day, nearest first, ending at a root.
   *
   * @param unit the unit
   * @param date the day
   * @return its parent, its grandparent and so on up to a root; empty for a root, or if the unit is
   *     unknown or not valid on the day (tell these apart with {@link #isValid})
   */
  public List<OrgUnitId> ancestors(OrgUnitId unit, LocalDate date) {
    List<OrgUnitId> chain = ancestorsOrSelf(unit, date);
    return chain.isEmpty() ? chain : chain.subList(1, chain.size());
  }

  /**
   * Whether a unit lies strictly below another on a day.
   *
   * @param unit the unit
   * @param ancestor the possible ancestor
   * @param date the day
   * @return {@code true} if {@code ancestor} is the parent, grandparent, ... of {@code unit} on the
   *     day; {@code false} for the unit itself
   */
  public boolean isUnder(OrgUnitId unit, OrgUnitId ancestor, LocalDate date) {
    return position(unit, ancestor, date) > 0;
  }

  /**
   * Whether a unit's data counts toward a target on a day: the target is the unit itself or one of
   * its ancestors.
   *
   * @param unit the unit the data belongs to
   * @param target the unit to roll up to
   * @param date the day of the data
   * @return {@code true} if the data rolls up to the target on that day
   */
  public boolean rollsUpTo(OrgUnitId unit, OrgUnitId target, LocalDate date) {
    return position(unit, target, date) >= 0;
  }

  /**
   * Prepares the roll-up of unit data to a set of target units, for example the departments of a
   * report.
   *
   * <p>Each unit's data goes to the nearest target at or above it on the day of the data. The answer
   * for every unit and period is computed here, once, so that looking up millions of records costs a
   * hash look-up and a binary search each.
   *
   * <pre>{@code
   * RollUp departments = tree.rollUp(List.of(skole, dagtilbud));
   * departments.targetOf(nord, LocalDate.of(2024, 7, 31)); // Optional[skole]
   * departments.targetOf(nord, LocalDate.of(2024, 8, 1));  // Optional[dagtilbud]
   * }</pre>
   *
   * @param targets the units to roll up to; each must be known to the tree
   * @return the prepared roll-up
   * @throws InvalidOrganisationException if a target is not in the tree
   */
  public RollUp rollUp(Collection<OrgUnitId> targets) {
    boolean[] isTarget = new boolean[ids.length];
    List<String> unknown = new ArrayList<>();
    for (OrgUnitId target : targets) {
      int t = index(Objects.requireNonNull(target, "target"));
      if (t < 0) {
        unknown.add("roll-up target " + target + " is not a unit of the organisation");
      } else {
        isTarget[t] = true;
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidOrganisationException(unknown);
    }
    int[][] targetOfSegment = new int[ids.length][];
    for (int u = 0; u < ids.length; u++) {
      targetOfSegment[u] = new int[segmentChain[u].length];
      for (int s = 0; s < segmentChain[u].length; s++) {
        targetOfSegment[u][s] = -1;
        for (int a : segmentChain[u][s]) {
          if (isTarget[a]) {
            targetOfSegment[u][s] = a;
            break;
          }
        }
      }
    }
    return new RollUp(this, isTarget, targetOfSegment);
  }

  /**
   * The units that carry a unit's work on a day, following merges and splits transitively.
   *
   * <p>A unit valid on the day is its own (only) successor. A closed unit is followed through the
   * successions recorded on or before the day, from one successor to the next, until units valid on
   * the day are reached. A merge of A and B into C makes C the successor of both; a split of A into B
   * and C makes both B and C successors of A.
   *
   * <p>What a split means for a series: the tree records no weights, so nothing says how A's history
   * divides between B and C. Carrying A's series onto each successor counts A's data once for each of
   * them; adding the successors' series up then counts it twice. Divide the data yourself (for
   * example by the successors' share of staff) if you need an apportioned series.
   *
   * <pre>{@code
   * tree.successors(oldSchool, LocalDate.of(2025, 1, 1)); // [newSchool]
   * }</pre>
   *
   * @param unit the unit whose work to follow
   * @param date the day on which the successors must be valid
   * @return the units valid on the day that carry the unit's work, in the order found, each once;
   *     empty if the unit is unknown, not yet created, or closed without a successor
   */
  public List<OrgUnitId> successors(OrgUnitId unit, LocalDate date) {
    int start = index(unit);
    if (start < 0) {
      return List.of();
    }
    long day = date.toEpochDay();
    if (validAt(start, day)) {
      return List.of(unit);
    }
    Set<OrgUnitId> found = new LinkedHashSet<>();
    Set<Visit> seen = new HashSet<>();
    Deque<Visit> open = new ArrayDeque<>();
    open.add(new Visit(start, Long.MIN_VALUE));
    while (!open.isEmpty()) {
      Visit visit = open.poll();
      int[] next = successionTo[visit.unit()];
      long[] on = successionOn[visit.unit()];
      for (int i = 0; i < next.length && on[i] <= day; i++) {
        if (on[i] < visit.since()) {
          continue;
        }
        if (validAt(next[i], day)) {
          found.add(ids[next[i]]);
        } else {
          Visit onward = new Visit(next[i], on[i]);
          if (seen.add(onward)) {
            open.add(onward);
          }
        }
      }
    }
    return List.copyOf(found);
  }

  int index(OrgUnitId unit) {
    Integer u = indexOf.get(unit);
    return u == null ? -1 : u;
  }

  OrgUnitId id(int unit) {
    return ids[unit];
  }

  int unitCount() {
    return ids.length;
  }

  int segmentAt(int unit, long day) {
    return find(segmentFrom[unit], segmentTo[unit], day);
  }

  private boolean validAt(int unit, long day) {
    return find(versionFrom[unit], versionTo[unit], day) >= 0;
  }

  private int position(OrgUnitId unit, OrgUnitId ancestor, LocalDate date) {
    int u = index(unit);
    int a = index(ancestor);
    if (u < 0 || a < 0) {
      return -1;
    }
    int s = segmentAt(u, date.toEpochDay());
    if (s < 0) {
      return -1;
    }
    int[] chain = segmentChain[u][s];
    for (int i = 0; i < chain.length; i++) {
      if (chain[i] == a) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the period {@code [from[i], to[i])} that holds {@code day}, or -1. */
  static int find(long[] from, long[] to, long day) {
    int low = 0;
    int high = from.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (from[mid] <= day) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return high >= 0 && day < to[high] ? high : -1;
  }

  private record Visit(int unit, long since) {}

  /**
   * Collects unit versions and successions, then checks them all at once and builds the tree.
   *
   * <p>Versions can be added whole ({@link #add}) or as a history of changes: {@link #root} and
   * {@link #unit} create a unit, then {@link #rename}, {@link #move} and {@link #close} change the
   * version that holds on the day of the change. Record such changes in date order. Merges and splits
   * are recorded with {@link #merge}, {@link #split} or {@link #succession}; they link units, they do
   * not close them.
   *
   * <pre>{@code
   * OrganisationTree tree = OrganisationTree.builder()
   *     .root(kommune, "Kommunen", LocalDate.of(2007, 1, 1))
   *     .unit(a, "Skole A", kommune, LocalDate.of(2007, 1, 1))
   *     .unit(b, "Skole B", kommune, LocalDate.of(2007, 1, 1))
   *     .close(a, LocalDate.of(2024, 8, 1))
   *     .close(b, LocalDate.of(2024, 8, 1))
   *     .unit(c, "Skole AB", kommune, LocalDate.of(2024, 8, 1))
   *     .merge(List.of(a, b), c, LocalDate.of(2024, 8, 1))
   *     .build();
   * }</pre>
   */
  public static final class Builder {

    private final Map<OrgUnitId, List<OrgUnitVersion>> versions = new LinkedHashMap<>();
    private final List<Succession> successions = new ArrayList<>();

    private Builder() {}

    /**
     * Adds one version of a unit, for example one validity record read from OS2mo.
     *
     * @param version the version
     * @return this builder
     */
    public Builder add(OrgUnitVersion version) {
      Objects.requireNonNull(version, "version");
      versions.computeIfAbsent(version.id(), id -> new ArrayList<>()).add(version);
      return this;
    }

    /**
     * Adds several versions.
     *
     * @param unitVersions the versions, of one or more units
     * @return this builder
     */
    public Builder addAll(Collection<OrgUnitVersion> unitVersions) {
      unitVersions.forEach(this::add);
      return this;
    }

    /**
     * Creates a unit without a parent, valid from a day on.
     *
     * @param id the unit
     * @param name its name
     * @param from the day it is created
     * @return this builder
     */
    public Builder root(OrgUnitId id, String name, LocalDate from) {
      return add(OrgUnitVersion.root(id, name, Validity.from(from)));
    }

    /**
     * Creates a unit under a parent, valid from a day on.
     *
     * @param id the unit
     * @param name its name
     * @param parent its parent
     * @param from the day it is created
     * @return this builder
     */
    public Builder unit(OrgUnitId id, String name, OrgUnitId parent, LocalDate from) {
      return add(OrgUnitVersion.of(id, name, parent, Validity.from(from)));
    }

    /**
     * Renames a unit from a day on: the version that holds on that day ends, and a version with the
     * new name starts.
     *
     * @param id the unit
     * @param on the first day of the new name
     * @param newName the new name
     * @return this builder
     * @throws InvalidOrganisationException if no version of the unit holds on that day
     */
    public Builder rename(OrgUnitId id, LocalDate on, String newName) {
      return change(id, on, "rename", version -> version.withName(newName));
    }

    /**
     * Moves a unit to another parent from a day on: the version that holds on that day ends, and a
     * version under the new parent starts.
     *
     * @param id the unit
     * @param on the first day under the new parent
     * @param newParent the new parent
     * @return this builder
     * @throws InvalidOrganisationException if no version of the unit holds on that day
     */
    public Builder move(OrgUnitId id, LocalDate on, OrgUnitId newParent) {
      return change(id, on, "move", version -> version.withParent(newParent));
    }

    /**
     * Closes a unit: the version that holds on the day ends the day before.
     *
     * @param id the unit
     * @param on the first day on which the unit no longer exists
     * @return this builder
     * @throws InvalidOrganisationException if no version of the unit holds on that day
     */
    public Builder close(OrgUnitId id, LocalDate on) {
      return change(id, on, "close", version -> null);
    }

    /**
     * Records that units were merged into one on a day: each becomes a predecessor of {@code into}.
     * Close the merged units on the same day (or before); {@code into} must be valid on the day.
     *
     * @param merged the units merged
     * @param into the unit that carries their work from the day on
     * @param on the day of the merger
     * @return this builder
     */
    public Builder merge(Collection<OrgUnitId> merged, OrgUnitId into, LocalDate on) {
      merged.forEach(unit -> succession(unit, into, on));
      return this;
    }

    /**
     * Records that a unit was split into several on a day: each becomes a successor of
     * {@code split}. Close the split unit on the same day (or before); each successor must be valid
     * on the day. See {@link OrganisationTree#successors} for what a split means for a series.
     *
     * @param split the unit split up
     * @param into the units that carry its work from the day on
     * @param on the day of the split
     * @return this builder
     */
    public Builder split(OrgUnitId split, Collection<OrgUnitId> into, LocalDate on) {
      into.forEach(unit -> succession(split, unit, on));
      return this;
    }

    /**
     * Records that one unit's work passed to another on a day.
     *
     * @param predecessor the unit whose work moves on; no longer valid on the day
     * @param successor the unit that takes it over; valid on the day
     * @param on the day of the hand-over
     * @return this builder
     */
    public Builder succession(OrgUnitId predecessor, OrgUnitId successor, LocalDate on) {
      successions.add(new Succession(predecessor, successor, on));
      return this;
    }

    /**
     * Checks everything and builds the tree.
     *
     * <p>Every problem is collected before anything is thrown: overlapping versions of one unit, a
     * parent that is not in the tree or not valid for the whole of a child's version, parents that
     * form a cycle on some day, and successions that name an unknown unit, a successor not valid on
     * the day, or a predecessor still valid on it.
     *
     * @return the immutable tree
     * @throws InvalidOrganisationException listing every problem, naming the units and dates
     */
    public OrganisationTree build() {
      Map<OrgUnitId, Integer> indexOf = new HashMap<>();
      for (OrgUnitId id : versions.keySet()) {
        indexOf.put(id, indexOf.size());
      }
      List<String> problems = new ArrayList<>();
      Chains chains = new Chains(versions, indexOf, problems);
      checkSuccessions(chains, indexOf, problems);
      if (!problems.isEmpty()) {
        throw new InvalidOrganisationException(problems);
      }
      return new OrganisationTree(this, chains, indexOf);
    }

    private void checkSuccessions(
        Chains chains, Map<OrgUnitId, Integer> indexOf, List<String> problems) {
      for (Succession s : successions) {
        String link =
            "succession from " + s.predecessor() + " to " + s.successor() + " on " + s.on() + ": ";
        Integer from = indexOf.get(s.predecessor());
        Integer to = indexOf.get(s.successor());
        if (from == null) {
          problems.add(link + s.predecessor() + " is not a unit of the organisation");
        }
        if (to == null) {
          problems.add(link + s.successor() + " is not a unit of the organisation");
        }
        long day = s.on().toEpochDay();
        if (to != null && find(chains.versionFrom[to], chains.versionTo[to], day) < 0) {
          problems.add(link + s.successor() + " is not valid on " + s.on());
        }
        if (from != null) {
          if (find(chains.versionFrom[from], chains.versionTo[from], day) >= 0) {
            problems.add(
                link + s.predecessor() + " is still valid on " + s.on() + "; close it on that day");
          } else if (chains.versionFrom[from].length == 0 || chains.versionFrom[from][0] >= day) {
            problems.add(link + s.predecessor() + " did not exist before " + s.on());
          }
        }
      }
    }

    private Builder change(
        OrgUnitId id,
        LocalDate on,
        String what,
        UnaryOperator<OrgUnitVersion> changed) {
      Objects.requireNonNull(on, "on");
      List<OrgUnitVersion> history = versions.getOrDefault(id, List.of());
      for (int i = 0; i < history.size(); i++) {
        OrgUnitVersion version = history.get(i);
        if (version.validity().contains(on)) {
          OrgUnitVersion after = changed.apply(version);
          if (on.equals(version.validity().from())) {
            if (after == null) {
              history.remove(i);
            } else {
              history.set(i, after);
            }
          } else {
            history.set(i, version.withValidity(version.validity().endingOn(on)));
            if (after != null) {
              history.add(i + 1, after.withValidity(version.validity().startingOn(on)));
            }
          }
          return this;
        }
      }
      throw new InvalidOrganisationException(
          List.of("cannot " + what + " " + id + " on " + on + ": no version of it is valid on that day"));
    }
  }
}
