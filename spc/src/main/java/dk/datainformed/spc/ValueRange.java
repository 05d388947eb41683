package dk.datainformed.spc;

import java.util.Locale;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * The values a measure can take at all: a percentage lies in 0–100, a share in 0–1, a count or a
 * rate is never negative. A chart with a range keeps its process limits inside it, as Making Data
 * Count's tools do (NHSRplotthedots and the MDC Excel tool cut a lower limit below 0 at 0), so a
 * percentage never gets a limit of −1.9 %.
 *
 * <pre>{@code
 * ProcessBehaviourChart.xmr(observations).range(ValueRange.percent()).build();
 * ValueRange.between(1, 5);   // a 1–5 rating scale
 * }</pre>
 *
 * <p>Only the limits are clamped; values, the centre line and the sigma zones are not, so the rules
 * behave as on an unclamped chart except that no point can lie beyond a limit at the edge of what
 * is possible.
 *
 * @param lowest the lowest possible value, if there is one
 * @param highest the highest possible value, if there is one
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ValueRange(OptionalDouble lowest, OptionalDouble highest) {

  /**
   * Creates the range.
   *
   * @param lowest the lowest possible value, if any; finite
   * @param highest the highest possible value, if any; finite and above {@code lowest}
   * @throws SpcException when a bound is not finite or the bounds are in the wrong order
   */
  public ValueRange {
    if (lowest == null || highest == null) {
      throw new SpcException("a value range needs both bounds (use OptionalDouble.empty(), not null)");
    }
    if (lowest.isPresent() && !Double.isFinite(lowest.getAsDouble())
        || highest.isPresent() && !Double.isFinite(highest.getAsDouble())) {
      throw new SpcException("the bounds of a value range must be finite numbers; leave one out instead");
    }
    if (lowest.isPresent() && highest.isPresent() && !(lowest.getAsDouble() < highest.getAsDouble())) {
      throw new SpcException(
          "value range " + lowest.getAsDouble() + "–" + highest.getAsDouble()
              + ": the lowest value must lie below the highest");
    }
  }

  /**
   * Values between two bounds, both included.
   *
   * @param lowest the lowest possible value
   * @param highest the highest possible value, above {@code lowest}
   * @return the range
   */
  public static ValueRange between(double lowest, double highest) {
    return new ValueRange(OptionalDouble.of(lowest), OptionalDouble.of(highest));
  }

  /**
   * Values at or above a bound, e.g. 0 for counts, durations and rates.
   *
   * @param lowest the lowest possible value
   * @return the range
   */
  public static ValueRange atLeast(double lowest) {
    return new ValueRange(OptionalDouble.of(lowest), OptionalDouble.empty());
  }

  /**
   * Any value: no clamping.
   *
   * @return the range
   */
  public static ValueRange unbounded() {
    return new ValueRange(OptionalDouble.empty(), OptionalDouble.empty());
  }

  /**
   * A percentage, 0–100.
   *
   * @return the range
   */
  public static ValueRange percent() {
    return between(0, 100);
  }

  /**
   * A share or proportion, 0–1.
   *
   * @return the range
   */
  public static ValueRange share() {
    return between(0, 1);
  }

  /**
   * A count, sum of durations or rate: 0 or more.
   *
   * @return the range
   */
  public static ValueRange nonNegative() {
    return atLeast(0);
  }

  /**
   * Whether a value is possible.
   *
   * @param value the value
   * @return true when it lies inside the range, bounds included
   */
  public boolean contains(double value) {
    return (lowest.isEmpty() || value >= lowest.getAsDouble())
        && (highest.isEmpty() || value <= highest.getAsDouble());
  }

  /**
   * The nearest possible value.
   *
   * @param value any value
   * @return the value, moved to the nearest bound when outside
   */
  public double clamp(double value) {
    double v = value;
    if (lowest.isPresent()) {
      v = Math.max(v, lowest.getAsDouble());
    }
    if (highest.isPresent()) {
      v = Math.min(v, highest.getAsDouble());
    }
    return v;
  }

  @Override
  public String toString() {
    return (lowest.isPresent() ? format(lowest.getAsDouble()) : "−∞") + "–"
        + (highest.isPresent() ? format(highest.getAsDouble()) : "∞");
  }

  private static String format(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
  }
}
