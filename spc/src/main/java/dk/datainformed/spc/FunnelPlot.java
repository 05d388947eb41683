package dk.datainformed.spc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * A funnel plot for comparing units at one period: each unit's proportion or rate against its
 * size, with control limits around the overall value that narrow as units grow. The honest
 * alternative to a ranked table, where the smallest units fill the top and the bottom by chance
 * (Spiegelhalter, "Funnel plots for comparing institutional performance", Statistics in Medicine
 * 24, 2005).
 *
 * <pre>{@code
 * FunnelPlot funnel =
 *     FunnelPlot.proportions(List.of(
 *             FunnelPlot.Unit.of("Engskolen", 41, 160),
 *             FunnelPlot.Unit.of("Bakkeskolen", 30, 210)))
 *         .build();
 * funnel.outside(FunnelPlot.Band.WIDE);        // units beyond the 99.8 % limits
 * String svg = SvgFunnel.of(funnel).title("Trivsel").scale(100, " %").render();
 * }</pre>
 *
 * <h2>How it is computed</h2>
 *
 * <p>The target θ<sub>0</sub> is the overall value, Σ numerators / Σ denominators, unless one is
 * given. For a unit of size n the limits at level p are θ<sub>0</sub> ± z<sub>p</sub> ×
 * √(V(θ<sub>0</sub>) / n), with V(θ) = θ(1 − θ) for proportions (binomial) and V(θ) = θ for rates
 * (Poisson), V(θ) = σ² for means of a score with a known spread σ per person (the normal model of
 * Spiegelhalter's section 2), and z<sub>p</sub> = {@value #Z_95} for 95 % and {@value #Z_998} for 99.8 %, the two
 * levels Spiegelhalter recommends (about 2 and 3 standard deviations). This is the normal
 * approximation of Spiegelhalter's table 1, chosen because it is what the limits mean to a reader
 * (value ± z standard errors) and needs no iteration; for small units with a value near 0 or 1 the
 * exact binomial or Poisson limits he also gives are somewhat asymmetric, and the approximation's
 * lower limit is then cut at 0 (and a proportion's upper at 1). A unit on a limit is inside.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FunnelPlot {
  /** The standard normal quantile for two-sided 95 % limits (0.975 quantile). */
  public static final double Z_95 = 1.959963985;

  /** The standard normal quantile for two-sided 99.8 % limits (0.999 quantile). */
  public static final double Z_998 = 3.090232306;

  /** What the values are, which says their variance. */
  public enum Kind {
    /** Counts out of a size: binomial. */
    PROPORTIONS,
    /** Counts over an exposure: Poisson. */
    RATES,
    /** Mean scores of a size of persons with a known spread per person: normal. */
    MEANS
  }

  /** The two bands of limits. */
  public enum Band {
    /** 95 % limits, about 2 standard errors: a unit beyond them is worth a look. */
    NARROW,
    /** 99.8 % limits, about 3 standard errors: a unit beyond them is a signal. */
    WIDE
  }

  /** Where a unit lies against the limits for its size. */
  public enum Position {
    /** Inside the 95 % limits. */
    INSIDE,
    /** Above the 95 % limit, not above the 99.8 % limit. */
    ABOVE_95,
    /** Above the 99.8 % limit. */
    ABOVE_998,
    /** Below the 95 % limit, not below the 99.8 % limit. */
    BELOW_95,
    /** Below the 99.8 % limit. */
    BELOW_998
  }

  /**
   * One unit's count and size.
   *
   * @param name the unit's name, not blank
   * @param numerator the count (events, cases meeting the criterion), 0 or more
   * @param denominator the size (cases, persons, exposure), above 0
   */
  public record Unit(String name, double numerator, double denominator) {
    /**
     * Creates the unit.
     *
     * @param name the unit's name
     * @param numerator the count
     * @param denominator the size
     * @throws SpcException when the name is blank or a part is not a finite number in range
     */
    public Unit {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new SpcException("a funnel plot unit needs a name");
      }
      if (!Double.isFinite(numerator) || numerator < 0) {
        throw new SpcException("unit '" + name + "': the count (" + numerator + ") must be 0 or more");
      }
      if (!Double.isFinite(denominator) || denominator <= 0) {
        throw new SpcException(
            "unit '" + name + "': the size (" + denominator + ") must be above 0; leave a unit"
                + " without cases out of the plot");
      }
    }

    /**
     * A unit.
     *
     * @param name the name
     * @param numerator the count
     * @param denominator the size
     * @return the unit
     */
    public static Unit of(String name, double numerator, double denominator) {
      return new Unit(name, numerator, denominator);
    }

    /**
     * The unit's value.
     *
     * @return numerator / denominator
     */
    public double value() {
      return numerator / denominator;
    }
  }

  /**
   * A unit as judged.
   *
   * @param unit the unit
   * @param lower95 the 95 % lower limit for its size
   * @param upper95 the 95 % upper limit for its size
   * @param lower998 the 99.8 % lower limit for its size
   * @param upper998 the 99.8 % upper limit for its size
   * @param position where it lies
   */
  public record Point(
      Unit unit, double lower95, double upper95, double lower998, double upper998, Position position) {}

  /**
   * Limits at one size.
   *
   * @param lower the lower limit
   * @param upper the upper limit
   */
  public record Interval(double lower, double upper) {}

  private final Kind kind;
  private final boolean proportions;
  private final double deviation;
  private final double target;
  private final List<Point> points;

  private FunnelPlot(Builder b) {
    this.kind = b.kind;
    this.proportions = b.kind == Kind.PROPORTIONS;
    this.deviation = b.deviation;
    double num = 0;
    double den = 0;
    for (Unit u : b.units) {
      num += u.numerator();
      den += u.denominator();
    }
    this.target = b.target.orElse(num / den);
    List<Point> out = new ArrayList<>();
    for (Unit u : b.units) {
      Interval l95 = limitsAt(u.denominator(), Band.NARROW);
      Interval l998 = limitsAt(u.denominator(), Band.WIDE);
      double v = u.value();
      Position position =
          v > l998.upper() ? Position.ABOVE_998
              : v > l95.upper() ? Position.ABOVE_95
              : v < l998.lower() ? Position.BELOW_998
              : v < l95.lower() ? Position.BELOW_95
              : Position.INSIDE;
      out.add(new Point(u, l95.lower(), l95.upper(), l998.lower(), l998.upper(), position));
    }
    this.points = List.copyOf(out);
  }

  /**
   * Starts a funnel plot of proportions (binomial limits), e.g. the share of pupils who thrive.
   *
   * @param units the units; a proportion's count must not exceed its size
   * @return a builder
   */
  public static Builder proportions(List<Unit> units) {
    return new Builder(Kind.PROPORTIONS, units, Double.NaN);
  }

  /**
   * Starts a funnel plot of mean scores (normal limits), e.g. each school's mean well-being score:
   * a unit is the sum of its persons' scores over their number ({@code Unit.of("Engskolen", 3.95 *
   * 319, 319)}), and the limits are θ<sub>0</sub> ± z × σ / √n.
   *
   * <pre>{@code
   * FunnelPlot.means(schools, 0.6).build();   // σ = 0.6 points per pupil
   * }</pre>
   *
   * @param units the units, sums of scores over persons, scores of 0 or more
   * @param standardDeviation σ, the spread of one person's score, above 0
   * @return a builder
   * @throws SpcException when σ is not above 0
   */
  public static Builder means(List<Unit> units, double standardDeviation) {
    if (!(standardDeviation > 0 && Double.isFinite(standardDeviation))) {
      throw new SpcException("a funnel plot of means needs the spread of one person's score above 0, not "
          + standardDeviation);
    }
    return new Builder(Kind.MEANS, units, standardDeviation);
  }

  /**
   * Starts a funnel plot of rates (Poisson limits), e.g. falls per bed day.
   *
   * @param units the units, counts over exposure
   * @return a builder
   */
  public static Builder rates(List<Unit> units) {
    return new Builder(Kind.RATES, units, Double.NaN);
  }

  /**
   * What the values are.
   *
   * @return proportions, rates or means
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Whether the values are proportions (binomial) rather than rates (Poisson).
   *
   * @return true for proportions
   */
  public boolean isProportions() {
    return proportions;
  }

  /**
   * The value the limits lie around.
   *
   * @return the overall value, or the target given
   */
  public double target() {
    return target;
  }

  /**
   * Every unit with its limits and position, in the order given.
   *
   * @return the points
   */
  public List<Point> points() {
    return points;
  }

  /**
   * The units beyond a band's limits, on either side.
   *
   * @param band the band
   * @return those points, in the order given
   */
  public List<Point> outside(Band band) {
    List<Point> out = new ArrayList<>();
    for (Point p : points) {
      boolean wide = p.position() == Position.ABOVE_998 || p.position() == Position.BELOW_998;
      boolean narrow = wide || p.position() == Position.ABOVE_95 || p.position() == Position.BELOW_95;
      if (band == Band.WIDE ? wide : narrow) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The limits for a unit of a size, for drawing the funnel.
   *
   * @param size the size, above 0
   * @param band the band
   * @return the limits, cut at 0 (and at 1 for proportions)
   */
  public Interval limitsAt(double size, Band band) {
    double z = band == Band.NARROW ? Z_95 : Z_998;
    double variance = kind == Kind.MEANS ? deviation * deviation : proportions ? target * (1 - target) : target;
    double half = z * Math.sqrt(variance / size);
    double lower = Math.max(0, target - half);
    double upper = proportions ? Math.min(1, target + half) : target + half;
    return new Interval(lower, upper);
  }

  /** Configures a funnel plot. Not thread-safe. */
  public static final class Builder {
    private final Kind kind;
    private final boolean proportions;
    private final double deviation;
    private final List<Unit> units;
    private OptionalDouble target = OptionalDouble.empty();

    private Builder(Kind kind, List<Unit> units, double deviation) {
      this.kind = kind;
      this.proportions = kind == Kind.PROPORTIONS;
      this.deviation = deviation;
      this.units = List.copyOf(units);
    }

    /**
     * A target to draw the funnel around instead of the overall value, e.g. a national figure.
     *
     * @param target the target, a proportion in [0, 1] or a rate of 0 or more
     * @return this builder
     * @throws SpcException when out of range
     */
    public Builder target(double target) {
      if (!Double.isFinite(target) || target < 0 || proportions && target > 1) {
        throw new SpcException(
            "funnel target (" + target + ") must be " + (proportions ? "a proportion in [0, 1]" : "0 or more"));
      }
      this.target = OptionalDouble.of(target);
      return this;
    }

    /**
     * Computes the plot.
     *
     * @return the plot
     * @throws SpcException when there are no units, a proportion's count exceeds its size, or the
     *     overall value is 0 (or 1 for proportions), so the limits have no width
     */
    public FunnelPlot build() {
      if (units.isEmpty()) {
        throw new SpcException("a funnel plot needs at least one unit");
      }
      for (Unit u : units) {
        if (proportions && u.numerator() > u.denominator()) {
          throw new SpcException(
              "unit '" + u.name() + "': count " + u.numerator() + " above its size " + u.denominator()
                  + " is not a proportion; use FunnelPlot.rates");
        }
      }
      FunnelPlot plot = new FunnelPlot(this);
      if (kind != Kind.MEANS && (plot.target == 0 || proportions && plot.target == 1)) {
        throw new SpcException(
            "every unit's value is " + (plot.target == 0 ? "0" : "1")
                + ", so the funnel has no width: there is nothing to compare");
      }
      return plot;
    }
  }
}
