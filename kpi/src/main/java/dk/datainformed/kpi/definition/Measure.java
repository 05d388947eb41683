package dk.datainformed.kpi.definition;

import dk.datainformed.kpi.KpiException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * One aggregation over the fields of a source dataset, optionally over a subset of its rows: the
 * value of a {@link SimpleKpi}, or the numerator or denominator of a {@link RatioKpi}.
 *
 * <pre>{@code
 * Measure absenceDays = Measure.sum("absence_days");
 * Measure possibleDays = Measure.sum("worked_days", "absence_days");
 * Measure longSpells = Measure.count()
 *     .where(Filter.compare("spell_calendar_days", Filter.Comparison.GREATER_THAN, "28"));
 * Measure p90 = Measure.percentile("waiting_days", 90);
 * }</pre>
 *
 * @param aggregation how the rows become one number
 * @param fields the fields aggregated: none for {@link Aggregation#COUNT}, one or more for {@link
 *     Aggregation#SUM}, exactly one otherwise
 * @param percentile the percentile, above 0 and below 100, for {@link Aggregation#PERCENTILE} only
 * @param filter the rows this measure counts, beyond the KPI's own filter
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Measure(
    Aggregation aggregation,
    List<String> fields,
    Optional<Double> percentile,
    Optional<Filter> filter) {

  /**
   * Creates the measure.
   *
   * @param aggregation how the rows become one number
   * @param fields the fields aggregated
   * @param percentile the percentile, for {@link Aggregation#PERCENTILE} only
   * @param filter the rows this measure counts, beyond the KPI's own filter
   * @throws KpiException when the fields or the percentile do not fit the aggregation
   */
  public Measure {
    Names.required(aggregation, "The aggregation of a measure");
    fields = Names.list(fields, "The fields of a measure");
    fields.forEach(f -> Names.field(f, "A measured field"));
    Names.optional(percentile, "The percentile");
    Names.optional(filter, "The filter of a measure");
    String name = aggregation.name().toLowerCase(Locale.ROOT);
    if (aggregation == Aggregation.COUNT && !fields.isEmpty()) {
      throw new KpiException(
          "A count measure counts rows and reads no field, but fields " + fields
              + " were given: use count_distinct to count distinct values of a field");
    }
    if (aggregation == Aggregation.SUM && fields.isEmpty()) {
      throw new KpiException("A sum measure needs at least one field to add up");
    }
    if (aggregation != Aggregation.COUNT && aggregation != Aggregation.SUM && fields.size() != 1) {
      throw new KpiException(
          "A " + name + " measure reads exactly one field, not " + fields.size() + " " + fields);
    }
    if (aggregation == Aggregation.PERCENTILE) {
      double p =
          percentile.orElseThrow(
              () -> new KpiException("A percentile measure needs its percentile, e.g. 90"));
      if (!(p > 0 && p < 100)) {
        throw new KpiException(
            "The percentile (" + p + ") must be above 0 and below 100, e.g. 90");
      }
    } else if (percentile.isPresent()) {
      throw new KpiException(
          "Only a percentile measure takes a percentile; this is a " + name + " measure");
    }
  }

  /**
   * The number of rows.
   *
   * @return the measure
   */
  public static Measure count() {
    return of(Aggregation.COUNT, List.of());
  }

  /**
   * The number of distinct values of a field.
   *
   * @param field the field, e.g. a pseudonymised person
   * @return the measure
   */
  public static Measure countDistinct(String field) {
    return of(Aggregation.COUNT_DISTINCT, List.of(field));
  }

  /**
   * The sum of one or more fields (Σa + Σb + ...).
   *
   * @param field the first field
   * @param more further fields added to it
   * @return the measure
   */
  public static Measure sum(String field, String... more) {
    List<String> all = new ArrayList<>();
    all.add(field);
    all.addAll(Arrays.asList(more));
    return of(Aggregation.SUM, all);
  }

  /**
   * An aggregation of one field: mean, min, max, median, or count distinct.
   *
   * @param aggregation the aggregation (not {@link Aggregation#PERCENTILE}: use {@link
   *     #percentile(String, double)})
   * @param field the field
   * @return the measure
   */
  public static Measure of(Aggregation aggregation, String field) {
    return of(aggregation, List.of(field));
  }

  /**
   * A percentile of a field.
   *
   * @param field the field
   * @param percentile above 0 and below 100, e.g. 90
   * @return the measure
   */
  public static Measure percentile(String field, double percentile) {
    return new Measure(
        Aggregation.PERCENTILE, List.of(field), Optional.of(percentile), Optional.empty());
  }

  private static Measure of(Aggregation aggregation, List<String> fields) {
    return new Measure(aggregation, fields, Optional.empty(), Optional.empty());
  }

  /**
   * This measure over the rows that pass a filter (combined with any filter it has).
   *
   * @param rows the rows to count
   * @return a new measure
   */
  public Measure where(Filter rows) {
    Filter combined = filter.map(f -> Filter.allOf(f, rows)).orElse(rows);
    return new Measure(aggregation, fields, percentile, Optional.of(combined));
  }

  /**
   * The source fields this measure reads, its filter's included.
   *
   * @return the field names
   */
  public Set<String> readFields() {
    Set<String> all = new TreeSet<>(fields);
    filter.ifPresent(f -> all.addAll(f.fields()));
    return Set.copyOf(all);
  }
}
