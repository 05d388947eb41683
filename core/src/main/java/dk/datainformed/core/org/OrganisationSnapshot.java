package dk.datainformed.core.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The organisation as it stood on one day: which units were valid, their names and how they hung
 * together.
 *
 * <p>Made by {@link OrganisationTree#asOf(LocalDate)}. Units appear in the order in which they were
 * first added to the tree's builder; a unit that is not valid on the day is simply absent.
 *
 * <pre>{@code
 * OrganisationSnapshot june = tree.asOf(LocalDate.of(2024, 6, 1));
 * for (OrgUnitId root : june.roots()) {
 *   System.out.println(june.name(root).orElseThrow() + ": " + june.children(root));
 * }
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class OrganisationSnapshot {

  private final LocalDate date;
  private final Map<OrgUnitId, OrgUnitVersion> versions;
  private final List<OrgUnitId> units;
  private final List<OrgUnitId> roots;
  private final Map<OrgUnitId, List<OrgUnitId>> children;

  OrganisationSnapshot(LocalDate date, List<OrgUnitVersion> validVersions) {
    this.date = date;
    Map<OrgUnitId, OrgUnitVersion> byId = new LinkedHashMap<>();
    List<OrgUnitId> rootIds = new ArrayList<>();
    Map<OrgUnitId, List<OrgUnitId>> childIds = new LinkedHashMap<>();
    for (OrgUnitVersion version : validVersions) {
      byId.put(version.id(), version);
      OrgUnitId parent = version.parentOrNull();
      if (parent == null) {
        rootIds.add(version.id());
      } else {
        childIds.computeIfAbsent(parent, p -> new ArrayList<>()).add(version.id());
      }
    }
    this.versions = Collections.unmodifiableMap(byId);
    this.units = List.copyOf(byId.keySet());
    this.roots = List.copyOf(rootIds);
    Map<OrgUnitId, List<OrgUnitId>> frozen = new LinkedHashMap<>();
    childIds.forEach((parent, list) -> frozen.put(parent, List.copyOf(list)));
    this.children = Collections.unmodifiableMap(frozen);
  }

  /**
   * The day this snapshot describes.
   *
   * @return the day
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Every unit valid on the day, each once.
   *
   * @return the units, in the order they were added to the tree
   */
  public List<OrgUnitId> units() {
    return units;
  }

  /**
   * Whether a unit was valid on the day.
   *
   * @param unit the unit
   * @return {@code true} if it is in this snapshot
   */
  public boolean contains(OrgUnitId unit) {
    return versions.containsKey(unit);
  }

  /**
   * The units without a parent on the day.
   *
   * @return the roots
   */
  public List<OrgUnitId> roots() {
    return roots;
  }

  /**
   * The units directly under a unit on the day.
   *
   * @param unit the parent
   * @return its children; empty for a leaf or a unit not valid on the day
   */
  public List<OrgUnitId> children(OrgUnitId unit) {
    return children.getOrDefault(unit, List.of());
  }

  /**
   * The unit directly above a unit on the day.
   *
   * @param unit the child
   * @return its parent; empty for a root or a unit not valid on the day
   */
  public Optional<OrgUnitId> parent(OrgUnitId unit) {
    OrgUnitVersion version = versions.get(unit);
    return version == null ? Optional.empty() : version.parent();
  }

  /**
   * A unit's name on the day.
   *
   * @param unit the unit
   * @return its name, or empty if it was not valid on the day
   */
  public Optional<String> name(OrgUnitId unit) {
    OrgUnitVersion version = versions.get(unit);
    return version == null ? Optional.empty() : Optional.of(version.name());
  }

  /**
   * The version of a unit that held on the day.
   *
   * @param unit the unit
   * @return the version, or empty if it was not valid on the day
   */
  public Optional<OrgUnitVersion> version(OrgUnitId unit) {
    return Optional.ofNullable(versions.get(unit));
  }
}
