package dk.datainformed.core.org;

import dk.datainformed.core.InvalidValueException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The identity of an organisation unit, stable across renames and moves.
 *
 * <p>The value is the source system's own key: a UUID from OS2mo, an afdelingskode from SD Løn or KMD
 * Opus, or a local code. Ids are compared exactly, case and all; normalise them (for example the case
 * of a UUID) before they reach the tree if sources disagree.
 *
 * <pre>{@code
 * OrgUnitId school = OrgUnitId.of("skole-nord");
 * }</pre>
 *
 * @param value the key as the source system writes it; not blank, no surrounding whitespace
 */
@API(status = API.Status.STABLE, since = "0.1")
public record OrgUnitId(String value) implements Comparable<OrgUnitId> {

  /**
   * Creates an id and checks it.
   *
   * @param value the key; not blank, no surrounding whitespace
   * @throws InvalidValueException if the key is blank or has surrounding whitespace
   */
  public OrgUnitId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new InvalidValueException("organisation unit id", value, "it must not be blank");
    }
    if (!value.strip().equals(value)) {
      throw new InvalidValueException(
          "organisation unit id", value, "it must not start or end with whitespace");
    }
  }

  /**
   * Creates an id.
   *
   * @param value the key; not blank, no surrounding whitespace
   * @return the id
   * @throws InvalidValueException if the key is blank or has surrounding whitespace
   */
  public static OrgUnitId of(String value) {
    return new OrgUnitId(value);
  }

  @Override
  public int compareTo(OrgUnitId other) {
    return value.compareTo(other.value);
  }

  /**
   * The key itself, so that ids read naturally in messages.
   *
   * @return the key
   */
  @Override
  public String toString() {
    return value;
  }
}
