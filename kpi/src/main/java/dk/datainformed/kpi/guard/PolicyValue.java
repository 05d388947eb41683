package dk.datainformed.kpi.guard;

import dk.datainformed.kpi.KpiException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One threshold of a {@link GuardPolicy}, with where it came from, so that every finding can print
 * the numbers it used.
 *
 * @param key the threshold's name, e.g. {@code minimumGroupSize}
 * @param value the value
 * @param source where the value came from: the policy file and line, or the default's reason
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PolicyValue(String key, double value, String source) {

  /**
   * Creates the value.
   *
   * @param key the name, not blank
   * @param value a finite number
   * @param source where it came from, not blank
   * @throws KpiException when a part is blank or the value is not finite
   */
  public PolicyValue {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(source, "source");
    if (key.isBlank() || source.isBlank()) {
      throw new KpiException("a policy value needs a key and a source");
    }
    if (!Double.isFinite(value)) {
      throw new KpiException("policy value '" + key + "' (" + value + ") must be a finite number");
    }
  }

  /**
   * The value as a whole number, for counts.
   *
   * @return the value rounded down
   */
  public int asInt() {
    return (int) Math.floor(value);
  }

  /**
   * The value for a report: a whole number without decimals.
   *
   * @return e.g. {@code "5"} or {@code "0.8"}
   */
  public String shown() {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.valueOf((long) value)
        : String.valueOf(value);
  }
}
