package dk.datainformed.kpi.engine;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.kpi.KpiException;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Which group a {@link Series} is for: the value of each breakdown dimension, e.g. {@code
 * organisation_unit=skole, age_band=30-39}. The key of a KPI computed without breakdown has no
 * dimensions.
 *
 * <p>{@link #text()} and {@link #toString()} show every name and value with anything CPR-like
 * masked by {@link CprDetector#mask(CharSequence)}: a unit name or category from a source system
 * may hold a CPR number. The values themselves are kept as given.
 *
 * @param dimensions the dimension names, in the order of the request
 * @param values the value of each dimension, as text; {@link #NO_VALUE} for records with none
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SeriesKey(List<String> dimensions, List<String> values)
    implements Comparable<SeriesKey> {

  /** The value shown for records that have no value in a breakdown dimension. */
  public static final String NO_VALUE = "(no value)";

  /**
   * Creates the key.
   *
   * @param dimensions the dimension names
   * @param values one value per dimension
   * @throws KpiException when the lists differ in length or hold null
   */
  public SeriesKey {
    if (dimensions == null || values == null) {
      throw new KpiException("A series key needs its dimensions and values (empty, not null)");
    }
    dimensions = List.copyOf(dimensions);
    values = List.copyOf(values);
    if (dimensions.size() != values.size()) {
      throw new KpiException(
          "A series key has " + dimensions.size() + " dimensions "
              + CprDetector.mask(dimensions.toString()) + " but " + values.size() + " values "
              + CprDetector.mask(values.toString()) + ": give one value per dimension");
    }
  }

  /**
   * The key of a KPI computed without breakdown.
   *
   * @return the key with no dimensions
   */
  public static SeriesKey total() {
    return new SeriesKey(List.of(), List.of());
  }

  /**
   * A key from alternating dimension names and values.
   *
   * <pre>{@code
   * SeriesKey.of("organisation_unit", "skole", "age_band", "30-39");
   * }</pre>
   *
   * @param namesAndValues name, value, name, value, ...
   * @return the key
   * @throws KpiException when the number of arguments is odd
   */
  public static SeriesKey of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new KpiException(
          "SeriesKey.of takes names and values in pairs, but " + namesAndValues.length
              + " texts were given");
    }
    String[] names = new String[namesAndValues.length / 2];
    String[] values = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      names[i] = namesAndValues[2 * i];
      values[i] = namesAndValues[2 * i + 1];
    }
    return new SeriesKey(List.of(names), List.of(values));
  }

  /**
   * The value of one dimension.
   *
   * @param dimension the dimension name
   * @return its value, or empty when the key has no such dimension
   */
  public Optional<String> value(String dimension) {
    int i = dimensions.indexOf(dimension);
    return i < 0 ? Optional.empty() : Optional.of(values.get(i));
  }

  /**
   * The key as text, e.g. {@code organisation_unit=skole, age_band=30-39}; {@code total} without
   * dimensions. Anything CPR-like is masked.
   *
   * @return the text
   */
  public String text() {
    if (dimensions.isEmpty()) {
      return "total";
    }
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < dimensions.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(dimensions.get(i)).append('=').append(values.get(i));
    }
    return CprDetector.mask(s);
  }

  /**
   * The key for logs and messages, e.g. {@code SeriesKey[organisation_unit=skole]}, with anything
   * CPR-like masked.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "SeriesKey[" + text() + "]";
  }

  /** Orders by the values, dimension by dimension. */
  @Override
  public int compareTo(SeriesKey other) {
    int n = Math.min(values.size(), other.values.size());
    for (int i = 0; i < n; i++) {
      int c = values.get(i).compareTo(other.values.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(values.size(), other.values.size());
  }
}
