package dk.datainformed.connector.os2mo.internal;

import dk.datainformed.core.id.CprDetector;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One validity of an OS2mo organisation unit, with its end made half-open.
 *
 * @param uuid the unit's UUID
 * @param name its name during the validity
 * @param parent the parent unit's UUID; empty for a top unit
 * @param unitType the name of its unit type class, e.g. {@code Afdeling}
 * @param from the first valid day
 * @param to the first day no longer valid (OS2mo's last day plus one); empty when open-ended
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record UnitValidity(
    String uuid, String name, Optional<String> parent, Optional<String> unitType, LocalDate from,
    Optional<LocalDate> to) {

  /**
   * Creates the validity.
   *
   * @param uuid the unit's UUID
   * @param name its name
   * @param parent the parent's UUID, if any
   * @param unitType the unit type's name, if any
   * @param from the first valid day
   * @param to the first day no longer valid, if any
   */
  public UnitValidity {
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(unitType, "unitType");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /** The validity for logs and messages, with every CPR-like run of its texts masked. */
  @Override
  public String toString() {
    return CprDetector.mask("UnitValidity[uuid=" + uuid + ", name=" + name + ", parent=" + parent + ", unitType="
        + unitType + ", from=" + from + ", to=" + to + "]");
  }
}
