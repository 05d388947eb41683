package dk.datainformed.kpi.engine;

import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.KpiException;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * What a {@link KpiValue} is made of, kept beside it for disclosure control and honest comparison.
 *
 * <p>For a ratio, the summed numerator and denominator (before the scale); for a count or sum, the
 * numerator is the value and there is no denominator; for a mean, the sum and the number of values;
 * for a minimum, maximum, median or percentile, neither. A derived KPI of the form {@code a / b} (times a
 * constant) keeps {@code a} and {@code b} as its parts.
 *
 * @param numerator the numerator (tæller), if the value has one
 * @param denominator the denominator (nævner), if the value has one
 * @param records how many records are behind the value
 * @param persons how many distinct persons are behind it, when a person field was given
 * @param periods the periods of the KPI's grain that had records behind the value, in order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ValueParts(
    OptionalDouble numerator,
    OptionalDouble denominator,
    long records,
    OptionalLong persons,
    List<Period> periods) {

  /**
   * Creates the parts.
   *
   * @param numerator the numerator, if any
   * @param denominator the denominator, if any
   * @param records 0 or more
   * @param persons 0 or more, if counted
   * @param periods the periods covered
   * @throws KpiException when a count is negative or a part missing
   */
  public ValueParts {
    if (numerator == null || denominator == null || persons == null || periods == null) {
      throw new KpiException("The parts of a KPI value need every part (use empty, not null)");
    }
    if (records < 0) {
      throw new KpiException("The number of records (" + records + ") must not be negative");
    }
    if (persons.isPresent() && persons.getAsLong() < 0) {
      throw new KpiException(
          "The number of persons (" + persons.getAsLong() + ") must not be negative");
    }
    periods = List.copyOf(periods);
  }

  /**
   * No records, no parts.
   *
   * @return the empty parts
   */
  public static ValueParts none() {
    return new ValueParts(
        OptionalDouble.empty(), OptionalDouble.empty(), 0, OptionalLong.empty(), List.of());
  }
}
