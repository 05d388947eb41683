package dk.datainformed.spc;

import dk.datainformed.core.time.Period;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * One period of the series a chart is drawn from: a value, a rate with its numerator and denominator
 * (for P′ and U′ charts), or an explicit gap.
 *
 * <p>A missing period is stated, never a zero: a month without data is {@link #missing(Period)}, so
 * a chart can show the gap and leave it out of its limits and rules.
 *
 * <pre>{@code
 * Observation.of(Period.month(2024, 3), 5.2);                 // a value
 * Observation.ratio(Period.month(2024, 3), 130, 2_600);       // 5 %: 130 of 2,600 working days
 * Observation.missing(Period.month(2024, 4));                 // no data for April
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Observation {
  private final Period period;
  private final OptionalDouble value;
  private final OptionalDouble numerator;
  private final OptionalDouble denominator;

  private Observation(
      Period period, OptionalDouble value, OptionalDouble numerator, OptionalDouble denominator) {
    this.period = Objects.requireNonNull(period, "period");
    this.value = value;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * A plain value, for XmR and run charts.
   *
   * @param period the period
   * @param value the value; must be finite
   * @return the observation
   * @throws SpcException when the value is NaN or infinite
   */
  public static Observation of(Period period, double value) {
    Objects.requireNonNull(period, "period");
    requireFinite(period, "value", value);
    return new Observation(period, OptionalDouble.of(value), OptionalDouble.empty(), OptionalDouble.empty());
  }

  /**
   * A rate or proportion with its parts, for P′ and U′ charts; its value is {@code numerator /
   * denominator}.
   *
   * @param period the period
   * @param numerator the count, e.g. days of absence; finite and not negative
   * @param denominator the size, e.g. working days available; finite and positive
   * @return the observation
   * @throws SpcException when a part is negative, not finite, or the denominator is zero (record
   *     a period with nothing to measure as {@link #missing(Period)})
   */
  public static Observation ratio(Period period, double numerator, double denominator) {
    Objects.requireNonNull(period, "period");
    requireFinite(period, "numerator", numerator);
    requireFinite(period, "denominator", denominator);
    if (numerator < 0) {
      throw new SpcException(
          "numerator of " + period + " (" + numerator + ") must not be negative");
    }
    if (denominator == 0) {
      throw new SpcException(
          "denominator of "
              + period
              + " is 0: a rate needs a positive denominator; record a period with nothing to"
              + " measure as Observation.missing("
              + period
              + ")");
    }
    if (denominator < 0) {
      throw new SpcException(
          "denominator of " + period + " (" + denominator + ") must be positive");
    }
    return new Observation(
        period,
        OptionalDouble.of(numerator / denominator),
        OptionalDouble.of(numerator),
        OptionalDouble.of(denominator));
  }

  /**
   * A period without data. It is shown as a gap and left out of limits and rules.
   *
   * @param period the period
   * @return the observation
   */
  public static Observation missing(Period period) {
    return new Observation(
        period, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
  }

  private static void requireFinite(Period period, String what, double v) {
    if (!Double.isFinite(v)) {
      throw new SpcException(
          what + " of " + period + " (" + v + ") must be a finite number; record a gap as"
              + " Observation.missing(" + period + ")");
    }
  }

  /**
   * The period.
   *
   * @return the period
   */
  public Period period() {
    return period;
  }

  /**
   * The value; for a ratio, numerator divided by denominator.
   *
   * @return the value, empty for a missing period
   */
  public OptionalDouble value() {
    return value;
  }

  /**
   * The numerator of a ratio.
   *
   * @return the numerator, empty unless made by {@link #ratio(Period, double, double)}
   */
  public OptionalDouble numerator() {
    return numerator;
  }

  /**
   * The denominator of a ratio.
   *
   * @return the denominator, empty unless made by {@link #ratio(Period, double, double)}
   */
  public OptionalDouble denominator() {
    return denominator;
  }

  /**
   * Whether this period has no data.
   *
   * @return true for {@link #missing(Period)}
   */
  public boolean isMissing() {
    return value.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Observation)) {
      return false;
    }
    Observation other = (Observation) o;
    return period.equals(other.period)
        && value.equals(other.value)
        && numerator.equals(other.numerator)
        && denominator.equals(other.denominator);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, value, numerator, denominator);
  }

  @Override
  public String toString() {
    if (isMissing()) {
      return period + "=missing";
    }
    if (numerator.isPresent()) {
      return period + "=" + numerator.getAsDouble() + "/" + denominator.getAsDouble();
    }
    return period + "=" + value.getAsDouble();
  }
}
