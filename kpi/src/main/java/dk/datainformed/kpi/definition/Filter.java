package dk.datainformed.kpi.definition;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.internal.Excerpt;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * A structured predicate on the rows of a source dataset: which rows a KPI or a measure counts.
 *
 * <p>Filters are data, not lambdas, so an engine can run them in memory or write them as a SQL
 * {@code WHERE} clause. Values are written as text and read by the type of the source field
 * ({@code "28"} for an integer field, {@code "2024-01-01"} for a date field); the KPI checks that
 * they can be read so. Ordering comparisons (less than, at least, ...) are allowed on numbers,
 * dates, timestamps and periods only, since text order differs between engines. A row without a
 * value passes no comparison and no {@code in}; {@link #missing(String)} selects those rows.
 *
 * <pre>{@code
 * Filter ownIllness = Filter.allOf(
 *     Filter.in("cause", "own_illness", "pregnancy_related"),
 *     Filter.compare("spell_calendar_days", Comparison.GREATER_THAN, "28"));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Filter
    permits Filter.Compare, Filter.In, Filter.Missing, Filter.All, Filter.Any, Filter.Not {

  /**
   * The source fields this filter reads, in name order.
   *
   * @return the field names
   */
  Set<String> fields();

  /**
   * Rows where a field compares to a value.
   *
   * @param field the source field
   * @param comparison how it compares
   * @param value the value, as text read by the field's type
   * @return the filter
   */
  static Filter compare(String field, Comparison comparison, String value) {
    return new Compare(field, comparison, value);
  }

  /**
   * Rows where a field equals a value.
   *
   * @param field the source field
   * @param value the value
   * @return the filter
   */
  static Filter equalTo(String field, String value) {
    return new Compare(field, Comparison.EQUAL, value);
  }

  /**
   * Rows where a field holds one of the values.
   *
   * @param field the source field
   * @param values at least one value
   * @return the filter
   */
  static Filter in(String field, String... values) {
    return new In(field, Arrays.asList(values));
  }

  /**
   * Rows where a field holds no value.
   *
   * @param field the source field
   * @return the filter
   */
  static Filter missing(String field) {
    return new Missing(field);
  }

  /**
   * Rows that pass every filter.
   *
   * @param filters at least one filter
   * @return the filter
   */
  static Filter allOf(Filter... filters) {
    return new All(Arrays.asList(filters));
  }

  /**
   * Rows that pass at least one of the filters.
   *
   * @param filters at least one filter
   * @return the filter
   */
  static Filter anyOf(Filter... filters) {
    return new Any(Arrays.asList(filters));
  }

  /**
   * Rows that do not pass a filter.
   *
   * @param filter the filter to negate
   * @return the filter
   */
  static Filter not(Filter filter) {
    return new Not(filter);
  }

  /** How a field compares to a value. */
  enum Comparison {
    /** Equal ({@code =}). */
    EQUAL,
    /** Not equal ({@code <>}); rows without a value do not pass. */
    NOT_EQUAL,
    /** Strictly less ({@code <}). */
    LESS_THAN,
    /** Less or equal ({@code <=}). */
    AT_MOST,
    /** Strictly greater ({@code >}). */
    GREATER_THAN,
    /** Greater or equal ({@code >=}). */
    AT_LEAST
  }

  /**
   * A field compared to a value.
   *
   * @param field the source field
   * @param comparison how it compares
   * @param value the value as text
   */
  record Compare(String field, Comparison comparison, String value) implements Filter {
    /**
     * Creates the comparison.
     *
     * @param field the source field
     * @param comparison how it compares
     * @param value the value as text
     * @throws KpiException when a part is missing or the field name is not valid
     */
    public Compare {
      Names.field(field, "The filtered field");
      Names.required(comparison, "The comparison on field '" + Excerpt.of(field) + "'");
      Names.required(value, "The value compared with field '" + Excerpt.of(field) + "'");
    }

    @Override
    public Set<String> fields() {
      return Set.of(field);
    }
  }

  /**
   * A field holding one of several values.
   *
   * @param field the source field
   * @param values the values, at least one
   */
  record In(String field, List<String> values) implements Filter {
    /**
     * Creates the filter.
     *
     * @param field the source field
     * @param values the values, at least one
     * @throws KpiException when the list is empty or a part is missing
     */
    public In {
      Names.field(field, "The filtered field");
      values = Names.list(values, "The values of field '" + Excerpt.of(field) + "'");
      if (values.isEmpty()) {
        throw new KpiException("The 'in' filter on field '" + Excerpt.of(field) + "' needs at least one value");
      }
    }

    @Override
    public Set<String> fields() {
      return Set.of(field);
    }
  }

  /**
   * A field holding no value.
   *
   * @param field the source field
   */
  record Missing(String field) implements Filter {
    /**
     * Creates the filter.
     *
     * @param field the source field
     * @throws KpiException when the field name is not valid
     */
    public Missing {
      Names.field(field, "The filtered field");
    }

    @Override
    public Set<String> fields() {
      return Set.of(field);
    }
  }

  /**
   * Every filter passes.
   *
   * @param filters the filters, at least one
   */
  record All(List<Filter> filters) implements Filter {
    /**
     * Creates the conjunction.
     *
     * @param filters the filters, at least one
     * @throws KpiException when the list is empty
     */
    public All {
      filters = nonEmpty(filters, "all");
    }

    @Override
    public Set<String> fields() {
      return union(filters);
    }
  }

  /**
   * At least one filter passes.
   *
   * @param filters the filters, at least one
   */
  record Any(List<Filter> filters) implements Filter {
    /**
     * Creates the disjunction.
     *
     * @param filters the filters, at least one
     * @throws KpiException when the list is empty
     */
    public Any {
      filters = nonEmpty(filters, "any");
    }

    @Override
    public Set<String> fields() {
      return union(filters);
    }
  }

  /**
   * The filter does not pass.
   *
   * @param filter the negated filter
   */
  record Not(Filter filter) implements Filter {
    /**
     * Creates the negation.
     *
     * @param filter the negated filter
     * @throws KpiException when it is missing
     */
    public Not {
      Names.required(filter, "The negated filter");
    }

    @Override
    public Set<String> fields() {
      return filter.fields();
    }
  }

  private static List<Filter> nonEmpty(List<Filter> filters, String kind) {
    List<Filter> copy = Names.list(filters, "The filters of '" + kind + "'");
    if (copy.isEmpty()) {
      throw new KpiException("An '" + kind + "' filter needs at least one filter inside");
    }
    return copy;
  }

  private static Set<String> union(List<Filter> filters) {
    Set<String> fields = new TreeSet<>();
    filters.forEach(f -> fields.addAll(f.fields()));
    return Set.copyOf(fields);
  }
}
