package dk.datainformed.kpi.definition;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.kpi.KpiException;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The stable identifier of a KPI: lower-case ASCII segments separated by dots, the first naming the
 * area, e.g. {@code sygefravaer.fravaersprocent}.
 *
 * <p>The identifier stays the same when the definition changes; the {@linkplain
 * KpiDefinition#version() version} tells definitions of the same id apart.
 *
 * <pre>{@code
 * KpiId id = KpiId.of("sygefravaer.fravaersprocent");
 * }</pre>
 *
 * <p>An identifier never holds a run of digits that looks like a CPR number, so that every message
 * may show it.
 *
 * @param value the identifier, e.g. {@code sygefravaer.fravaersprocent}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record KpiId(String value) implements Comparable<KpiId> {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
  private static final int MAX_LENGTH = 200;

  /**
   * Creates an identifier.
   *
   * @param value the identifier: segments of {@code a-z}, {@code 0-9} and {@code _} that start with
   *     a letter, separated by dots
   * @throws KpiException when the value breaks that rule or holds a CPR-like run of digits
   */
  public KpiId {
    Names.text(value, "A KPI id");
    if (value.length() > MAX_LENGTH || !ID.matcher(value).matches()) {
      throw new KpiException(
          "KPI id '"
              + CprDetector.mask(value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) + "…" : value)
              + "' is not valid: use lower-case segments of a-z, 0-9 and '_' that start with a"
              + " letter, separated by dots (at most " + MAX_LENGTH + " characters), e.g."
              + " 'sygefravaer.fravaersprocent'");
    }
    if (!CprDetector.mask(value).equals(value)) {
      throw new KpiException(
          "KPI id '" + CprDetector.mask(value) + "' holds a run of digits that looks like a CPR number:"
              + " an id is shown in messages, pages and logs, so choose one without it");
    }
  }

  /**
   * The identifier of the given text.
   *
   * @param value the identifier text
   * @return the identifier
   * @throws KpiException when the text is not a valid identifier
   */
  public static KpiId of(String value) {
    return new KpiId(value);
  }

  @Override
  public int compareTo(KpiId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
