package dk.datainformed.core.org;

import dk.datainformed.core.InvalidValueException;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One version of an organisation unit: its name and parent during a period of validity.
 *
 * <p>A unit's history is a list of versions whose periods do not overlap. A rename or a move to
 * another parent is a new version from the day of the change; closing a unit is ending its last
 * version. A version without a parent is a root (typically the municipality itself).
 *
 * <pre>{@code
 * OrgUnitVersion kommune = OrgUnitVersion.root(OrgUnitId.of("kommune"), "Kommunen",
 *     Validity.from(LocalDate.of(2007, 1, 1)));
 * OrgUnitVersion skole = OrgUnitVersion.of(OrgUnitId.of("skole"), "Skoleafdelingen",
 *     OrgUnitId.of("kommune"), Validity.from(LocalDate.of(2007, 1, 1)));
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class OrgUnitVersion {

  private final OrgUnitId id;
  private final String name;
  private final OrgUnitId parent;
  private final Validity validity;

  private OrgUnitVersion(OrgUnitId id, String name, OrgUnitId parent, Validity validity) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = Objects.requireNonNull(name, "name");
    this.parent = parent;
    this.validity = Objects.requireNonNull(validity, "validity");
    if (name.isBlank()) {
      throw new InvalidValueException(
          "name of organisation unit " + id, name, "a unit needs a name that is not blank");
    }
  }

  /**
   * A version of a unit that sits under a parent.
   *
   * @param id the unit
   * @param name its name during the period; not blank
   * @param parent the parent during the period
   * @param validity the period
   * @return the version
   * @throws InvalidValueException if the name is blank
   */
  public static OrgUnitVersion of(OrgUnitId id, String name, OrgUnitId parent, Validity validity) {
    return new OrgUnitVersion(id, name, Objects.requireNonNull(parent, "parent"), validity);
  }

  /**
   * A version of a unit without a parent: a root of the tree.
   *
   * @param id the unit
   * @param name its name during the period; not blank
   * @param validity the period
   * @return the version
   * @throws InvalidValueException if the name is blank
   */
  public static OrgUnitVersion root(OrgUnitId id, String name, Validity validity) {
    return new OrgUnitVersion(id, name, null, validity);
  }

  /**
   * The unit this is a version of.
   *
   * @return the unit id
   */
  public OrgUnitId id() {
    return id;
  }

  /**
   * The unit's name during the period.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The unit's parent during the period.
   *
   * @return the parent, or empty for a root
   */
  public Optional<OrgUnitId> parent() {
    return Optional.ofNullable(parent);
  }

  /**
   * The period in which this version holds.
   *
   * @return the validity
   */
  public Validity validity() {
    return validity;
  }

  /**
   * This version with another period, same name and parent.
   *
   * @param newValidity the period
   * @return the new version
   */
  public OrgUnitVersion withValidity(Validity newValidity) {
    return new OrgUnitVersion(id, name, parent, newValidity);
  }

  /**
   * This version with another name.
   *
   * @param newName the name; not blank
   * @return the new version
   * @throws InvalidValueException if the name is blank
   */
  public OrgUnitVersion withName(String newName) {
    return new OrgUnitVersion(id, newName, parent, validity);
  }

  /**
   * This version under another parent.
   *
   * @param newParent the parent
   * @return the new version
   */
  public OrgUnitVersion withParent(OrgUnitId newParent) {
    return new OrgUnitVersion(id, name, Objects.requireNonNull(newParent, "newParent"), validity);
  }

  OrgUnitId parentOrNull() {
    return parent;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrgUnitVersion other
        && id.equals(other.id)
        && name.equals(other.name)
        && Objects.equals(parent, other.parent)
        && validity.equals(other.validity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, parent, validity);
  }

  /**
   * The version for messages, e.g. {@code skole "Skoleafdelingen" under kommune [2007-01-01, ..)}.
   *
   * @return the version as text
   */
  @Override
  public String toString() {
    return id + " \"" + name + "\" " + (parent == null ? "as root" : "under " + parent) + " " + validity;
  }
}
