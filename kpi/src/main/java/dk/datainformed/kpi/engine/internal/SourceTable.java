package dk.datainformed.kpi.engine.internal;

import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.org.OrgUnitVersion;
import dk.datainformed.core.org.Validity;
import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.definition.Aggregation;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.Measure;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.definition.SimpleKpi;
import dk.datainformed.kpi.definition.Window;
import dk.datainformed.kpi.engine.KpiRequest;
import dk.datainformed.kpi.engine.KpiValue;
import dk.datainformed.kpi.engine.MissingReason;
import dk.datainformed.kpi.engine.OrganisationBreakdown;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.kpi.engine.ValueParts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The exact parts of one simple or ratio KPI by group and period, from whichever engine summed
 * them (this JVM's {@link SourceAggregator}, or a SQL engine), turned into values by one set of
 * rules: ratios of summed parts, the reasons of missing values, and zero for a count or sum of a
 * group that existed in a covered period without matching records. Because every engine hands its
 * parts to this class, their results are the same values, not close ones.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SourceTable {
  /**
   * The parts of one measure in one group and period.
   *
   * @param rows the rows that passed the measure's filter
   * @param values the rows with a value (for a distinct count: the distinct values)
   * @param total the sum of the values
   * @param min the smallest value, if any value
   * @param max the largest value, if any value
   * @param percentile the median or percentile of the values, for a measure that asks for one
   *     and has values ({@code NaN} otherwise)
   */
  public record MeasureParts(long rows, long values, double total, double min, double max, double percentile) {}

  private final KpiDefinition kpi;
  private final List<Measure> measures;
  private final Optional<OrganisationBreakdown> organisation;
  private final boolean persons;
  private final Map<SeriesKey, Map<Period, KpiValue>> values = new HashMap<>();
  private final Set<Period> covered = new HashSet<>();

  /**
   * Prepares the table of a request.
   *
   * @param request the request; its KPI must be a {@link SimpleKpi} or {@link RatioKpi}
   */
  public SourceTable(KpiRequest request) {
    this.kpi = request.kpi();
    this.measures = measures(kpi);
    this.organisation = request.organisation();
    this.persons = request.personField().isPresent();
  }

  /**
   * The measures of a source KPI, in the order their parts are given: a simple KPI's measure, or a
   * ratio's numerator then denominator.
   *
   * @param kpi a simple or ratio KPI
   * @return the measures
   * @throws IllegalArgumentException for another kind of KPI
   */
  public static List<Measure> measures(KpiDefinition kpi) {
    if (kpi instanceof SimpleKpi) {
      return List.of(((SimpleKpi) kpi).measure());
    }
    if (kpi instanceof RatioKpi) {
      return List.of(((RatioKpi) kpi).numerator(), ((RatioKpi) kpi).denominator());
    }
    throw new IllegalArgumentException("not a source KPI: " + kpi.id());
  }

  /**
   * The parts of one group in one period.
   *
   * @param key the group
   * @param period the period, at the grain asked for
   * @param records the records behind it
   * @param people the distinct persons behind it, when persons are counted
   * @param periods the periods at the KPI's grain that had records
   * @param parts the parts of each {@linkplain #measures measure}
   */
  public void add(SeriesKey key, Period period, long records, OptionalLong people, List<Period> periods,
      List<MeasureParts> parts) {
    List<Period> sorted = new ArrayList<>(periods);
    sorted.sort(null);
    values.computeIfAbsent(key, k -> new HashMap<>()).put(period, value(parts, records, people, sorted));
  }

  /**
   * Marks a period, at the grain asked for, in which the source had any record (matching the
   * KPI's filter or not).
   *
   * @param period the period
   */
  public void cover(Period period) {
    covered.add(period);
  }

  /**
   * The table.
   *
   * @param window the window the parts were accumulated over, if any
   * @param firstData the first period with a placed record, if any
   * @param lastData the last period with a placed record, if any
   * @param read the records read
   * @param unplaced the records not placed in the organisation
   * @return the table
   */
  public Table finish(Optional<Window> window, Optional<Period> firstData, Optional<Period> lastData,
      long read, long unplaced) {
    if (window.isEmpty() && countsOrSums()) {
      fillZeros();
    }
    return new Table(values, firstData, lastData, kpi instanceof RatioKpi, read, unplaced);
  }

  /**
   * The periods of the grain whose window holds period {@code q}: {@code q} itself without a
   * window.
   *
   * @param q a period
   * @param window the window, if any
   * @return the periods, first {@code q}
   */
  public static List<Period> windowPeriods(Period q, Optional<Window> window) {
    if (window.isEmpty()) {
      return List.of(q);
    }
    List<Period> out = new ArrayList<>();
    if (window.get() instanceof Window.Rolling) {
      int n = ((Window.Rolling) window.get()).periods();
      Period p = q;
      for (int i = 0; i < n; i++) {
        out.add(p);
        p = p.next();
      }
    } else {
      Period year = q.to(Grain.YEAR);
      for (Period p = q; p.to(Grain.YEAR).equals(year); p = p.next()) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The 0-based rank of a percentile among {@code n} sorted values, by Hyndman and Fan's type 7
   * (R's default, Excel's PERCENTILE.INC): {@code (n - 1) × (p / 100)}; the value is interpolated
   * between the values at its floor and the next rank by {@link #interpolate}.
   *
   * @param n how many values, at least one
   * @param percentile the percentile, above 0 and below 100 (50 for the median)
   * @return the rank, from 0 to {@code n - 1}
   */
  public static double rank(long n, double percentile) {
    return (n - 1) * (percentile / 100.0);
  }

  /**
   * The value at a fractional rank, from the values at its floor and the rank after it (the same
   * value at the last rank).
   *
   * @param low the value at rank {@code floor(rank)}
   * @param high the value at the next rank
   * @param rank the rank
   * @return the interpolated value
   */
  public static double interpolate(double low, double high, double rank) {
    return low + (rank - Math.floor(rank)) * (high - low);
  }

  private boolean countsOrSums() {
    return kpi instanceof SimpleKpi && ((SimpleKpi) kpi).measure().aggregation().isAdditiveCount();
  }

  /**
   * Zero is a value: a count or sum of a group with no matching record in a period is 0 (with no
   * records behind it), when the period was covered and the group existed in it. A period is
   * covered when the source has any record in it, matching the KPI's filter or not; a group exists
   * in a period when its organisation unit is valid in the tree on some day of it (with an
   * organisation breakdown), otherwise between its first and its last period with a matching
   * record. Anything else stays missing, with no records.
   */
  private void fillZeros() {
    KpiValue zero =
        KpiValue.of(0, new ValueParts(OptionalDouble.of(0), OptionalDouble.empty(), 0,
            persons ? OptionalLong.of(0) : OptionalLong.empty(), List.of()));
    for (Map.Entry<SeriesKey, Map<Period, KpiValue>> group : values.entrySet()) {
      Map<Period, KpiValue> byPeriod = group.getValue();
      Period first = byPeriod.keySet().stream().min(Comparator.naturalOrder()).orElseThrow();
      Period last = byPeriod.keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
      Optional<OrgUnitId> unit =
          organisation.isPresent() ? Optional.of(OrgUnitId.of(group.getKey().values().get(0))) : Optional.empty();
      for (Period p : covered) {
        if (byPeriod.containsKey(p)) {
          continue;
        }
        boolean existed =
            unit.isPresent()
                ? existed(unit.get(), p)
                : p.compareTo(first) >= 0 && p.compareTo(last) <= 0;
        if (existed) {
          byPeriod.put(p, zero);
        }
      }
    }
  }

  private boolean existed(OrgUnitId unit, Period p) {
    Validity span = Validity.between(p.start(), p.end());
    for (OrgUnitVersion v : organisation.get().tree().history(unit)) {
      if (v.validity().overlaps(span)) {
        return true;
      }
    }
    return false;
  }

  private KpiValue value(List<MeasureParts> ms, long records, OptionalLong people, List<Period> periods) {
    if (kpi instanceof RatioKpi) {
      MeasureParts num = ms.get(0);
      MeasureParts den = ms.get(1);
      if (noValues(measures.get(0), num) || noValues(measures.get(1), den)) {
        return KpiValue.missing(
            MissingReason.NO_VALUES, parts(OptionalDouble.empty(), OptionalDouble.empty(), records, people, periods));
      }
      double n = additive(measures.get(0), num);
      double d = additive(measures.get(1), den);
      ValueParts parts = parts(OptionalDouble.of(n), OptionalDouble.of(d), records, people, periods);
      if (d == 0) {
        return KpiValue.missing(MissingReason.ZERO_DENOMINATOR, parts);
      }
      double v = n / d * ((RatioKpi) kpi).scale();
      return Double.isFinite(v) ? KpiValue.of(v, parts) : KpiValue.missing(MissingReason.NO_VALUES, parts);
    }
    Measure measure = measures.get(0);
    MeasureParts m = ms.get(0);
    ValueParts bare = parts(OptionalDouble.empty(), OptionalDouble.empty(), records, people, periods);
    Aggregation a = measure.aggregation();
    if (a.isAdditiveCount()) {
      if (noValues(measure, m)) {
        return KpiValue.missing(MissingReason.NO_VALUES, bare);
      }
      double v = additive(measure, m);
      return KpiValue.of(v, parts(OptionalDouble.of(v), OptionalDouble.empty(), records, people, periods));
    }
    if (m.values() == 0) {
      return KpiValue.missing(MissingReason.NO_VALUES, bare);
    }
    switch (a) {
      case MEAN:
        return KpiValue.of(
            m.total() / m.values(),
            parts(OptionalDouble.of(m.total()), OptionalDouble.of(m.values()), records, people, periods));
      case MIN:
        return KpiValue.of(m.min(), bare);
      case MAX:
        return KpiValue.of(m.max(), bare);
      default:
        return KpiValue.of(m.percentile(), bare);
    }
  }

  private static boolean noValues(Measure measure, MeasureParts m) {
    return measure.aggregation() != Aggregation.COUNT
        && measure.aggregation() != Aggregation.COUNT_DISTINCT
        && m.rows() > 0
        && m.values() == 0;
  }

  private static double additive(Measure measure, MeasureParts m) {
    switch (measure.aggregation()) {
      case COUNT:
        return m.rows();
      case COUNT_DISTINCT:
        return m.values();
      default:
        return m.total();
    }
  }

  private static ValueParts parts(
      OptionalDouble n, OptionalDouble d, long records, OptionalLong people, List<Period> periods) {
    return new ValueParts(n, d, records, people, periods);
  }
}
