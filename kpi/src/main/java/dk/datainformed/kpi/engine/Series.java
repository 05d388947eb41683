package dk.datainformed.kpi.engine;

import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.definition.KpiId;
import dk.datainformed.spc.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The values of one KPI for one group ({@link SeriesKey}), one {@link Point} per period in order
 * with no gaps: a period without a value is there, with its {@link MissingReason}. This is what
 * process behaviour charts and guards read.
 *
 * <pre>{@code
 * Series school = result.series(SeriesKey.of("organisation_unit", "skole")).orElseThrow();
 * ProcessBehaviourChart chart = ProcessBehaviourChart.pPrime(school.toObservations()).build();
 * }</pre>
 *
 * @param kpi the KPI's id
 * @param key the group
 * @param grain the grain of the periods
 * @param ratio whether the values are ratios with numerator and denominator (ratio KPIs, their
 *     cumulations, and derived KPIs of the form {@code a / b})
 * @param points one per period, consecutive, in order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Series(KpiId kpi, SeriesKey key, Grain grain, boolean ratio, List<Point> points) {

  /**
   * Creates the series.
   *
   * @param kpi the KPI's id
   * @param key the group
   * @param grain the grain
   * @param ratio whether the values are ratios
   * @param points consecutive periods of the grain, in order
   * @throws KpiException when a period has another grain or does not follow the one before
   */
  public Series {
    if (kpi == null || key == null || grain == null || points == null) {
      throw new KpiException("A series needs its KPI, key, grain and points (not null)");
    }
    points = List.copyOf(points);
    for (int i = 0; i < points.size(); i++) {
      Period p = points.get(i).period();
      if (p.grain() != grain) {
        throw new KpiException(
            "Series of " + kpi + " (" + key.text() + "): period " + p + " is not of grain " + grain);
      }
      if (i > 0 && !points.get(i - 1).period().next().equals(p)) {
        throw new KpiException(
            "Series of " + kpi + " (" + key.text() + "): period " + p + " does not follow "
                + points.get(i - 1).period() + "; give every period, missing ones included");
      }
    }
  }

  /**
   * The value of a period.
   *
   * @param period the period
   * @return its value, or empty when the series does not reach that period
   */
  public Optional<KpiValue> at(Period period) {
    for (Point p : points) {
      if (p.period().equals(period)) {
        return Optional.of(p.value());
      }
    }
    return Optional.empty();
  }

  /**
   * The series as plain values, as the KPI shows them (5 for 5 %), missing periods kept as gaps:
   * for XmR and run charts in the KPI's own unit, whose limits {@link
   * dk.datainformed.kpi.definition.KpiDefinition#range()} keeps inside what is possible.
   *
   * <pre>{@code
   * ProcessBehaviourChart.xmr(series.toValueObservations())
   *     .direction(kpi.direction())
   *     .range(kpi.range())
   *     .seasonal(Seasonality.auto())
   *     .build();
   * }</pre>
   *
   * @return one observation per point, in order
   */
  public List<Observation> toValueObservations() {
    List<Observation> out = new ArrayList<>(points.size());
    for (Point p : points) {
      out.add(
          p.value().isPresent()
              ? Observation.of(p.period(), p.value().value().getAsDouble())
              : Observation.missing(p.period()));
    }
    return out;
  }

  /**
   * The series as observations for a process behaviour chart, missing periods kept as gaps.
   *
   * <p>A ratio series gives {@link Observation#ratio} observations with the unscaled numerator and
   * denominator, so P′ and U′ charts can weigh each period by its size; their values are
   * therefore proportions (0.05 for 5 %), not the scaled KPI value. A ratio point with a negative
   * numerator, and every point of other series, gives {@link Observation#of} with the KPI value.
   *
   * @return one observation per point, in order
   */
  public List<Observation> toObservations() {
    List<Observation> out = new ArrayList<>(points.size());
    for (Point p : points) {
      KpiValue v = p.value();
      if (!v.isPresent()) {
        out.add(Observation.missing(p.period()));
        continue;
      }
      ValueParts parts = v.parts();
      if (ratio
          && parts.numerator().isPresent()
          && parts.denominator().isPresent()
          && parts.numerator().getAsDouble() >= 0
          && parts.denominator().getAsDouble() > 0) {
        out.add(
            Observation.ratio(
                p.period(), parts.numerator().getAsDouble(), parts.denominator().getAsDouble()));
      } else {
        out.add(Observation.of(p.period(), v.value().getAsDouble()));
      }
    }
    return out;
  }
}
