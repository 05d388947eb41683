package dk.datainformed.privacy.generalise;

import dk.datainformed.privacy.PrivacyException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A municipality's choice of age bands, built from cut points: each cut point starts a new band, the
 * first band starts at 0 and the last one is open.
 *
 * <p>Which bands to use is the municipality's decision: it depends on what the report is for and on
 * how many people each band holds (too few, and the band identifies someone). So there is no
 * default, only the cut points given and a few presets that show common choices.
 *
 * <pre>{@code
 * AgeBands bands = AgeBands.of(18, 30, 40, 50, 60, 67);
 * bands.bands();                       // [0-17, 18-29, 30-39, 40-49, 50-59, 60-66, 67+]
 * bands.bandOf(17).label();            // "0-17"
 * bands.bandOf(67).label();            // "67+"
 * bands.bandAt(cpr.birthDate(), LocalDate.of(2024, 12, 31)).label();
 * }</pre>
 *
 * <h2>Cut points</h2>
 *
 * <p>Cut points are ages in whole years, at least 1 and at most {@value #MAX_CUT_POINT}, strictly
 * increasing (so no duplicates), and there is at least one. Cut points {@code c1 < c2 < ... < cn}
 * give the bands {@code 0..c1-1}, {@code c1..c2-1}, ..., {@code cn+}; every age from 0 up falls in
 * exactly one band. Anything else is rejected with a {@link PrivacyException} that states the value
 * and the rule, e.g. {@code "cut point 30 is not greater than the cut point before it (40): cut
 * points must be strictly increasing"}.
 *
 * <h2>Labels</h2>
 *
 * <p>See {@link AgeBand#label()}: {@code "18-29"}, {@code "18"} for a band of one age, {@code
 * "67+"} for the open band; hyphen-minus, no spaces, no unit.
 *
 * <p>Values are immutable and equal when their cut points are equal.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AgeBands {

  /**
   * The largest cut point accepted. A larger one is almost certainly a year or a typing error, not
   * an age.
   */
  public static final int MAX_CUT_POINT = 150;

  private final List<Integer> cutPoints;
  private final List<AgeBand> bands;

  private AgeBands(List<Integer> cutPoints) {
    this.cutPoints = Collections.unmodifiableList(cutPoints);
    List<AgeBand> built = new ArrayList<>(cutPoints.size() + 1);
    int from = 0;
    for (int cut : cutPoints) {
      built.add(new AgeBand(from, OptionalInt.of(cut - 1)));
      from = cut;
    }
    built.add(new AgeBand(from, OptionalInt.empty()));
    this.bands = Collections.unmodifiableList(built);
  }

  /**
   * Age bands from cut points, each the first age of a new band.
   *
   * <pre>{@code
   * AgeBands.of(18, 30, 40, 50, 60, 67);   // 0-17, 18-29, 30-39, 40-49, 50-59, 60-66, 67+
   * }</pre>
   *
   * @param cutPoints at least one age, each from 1 to {@value #MAX_CUT_POINT}, strictly increasing
   * @return the bands
   * @throws PrivacyException when there is no cut point, or one is out of range, repeated or out of
   *     order; the message names the value and the rule
   */
  public static AgeBands of(int... cutPoints) {
    Objects.requireNonNull(cutPoints, "cutPoints");
    List<Integer> list = new ArrayList<>(cutPoints.length);
    for (int cut : cutPoints) {
      list.add(cut);
    }
    return checked(list);
  }

  /**
   * Age bands from cut points held as data, e.g. read from the municipality's configuration.
   *
   * @param cutPoints the cut points, as for {@link #of(int...)}; no element may be null
   * @return the bands
   * @throws PrivacyException when the cut points break a rule of {@link #of(int...)}
   */
  public static AgeBands of(List<Integer> cutPoints) {
    Objects.requireNonNull(cutPoints, "cutPoints");
    List<Integer> list = new ArrayList<>(cutPoints.size());
    for (Integer cut : cutPoints) {
      list.add(Objects.requireNonNull(cut, "a cut point is null"));
    }
    return checked(list);
  }

  private static AgeBands checked(List<Integer> cutPoints) {
    if (cutPoints.isEmpty()) {
      throw new PrivacyException(
          "no cut points were given: give at least one age at which a new band starts,"
              + " e.g. AgeBands.of(18, 67)");
    }
    int previous = 0;
    for (int cut : cutPoints) {
      if (cut < 1) {
        throw new PrivacyException(
            "cut point "
                + cut
                + " must be at least 1: the first band always starts at age 0, and ages are not"
                + " negative");
      }
      if (cut > MAX_CUT_POINT) {
        throw new PrivacyException(
            "cut point " + cut + " must be at most " + MAX_CUT_POINT
                + ": it is an age in whole years, not a year or a date");
      }
      if (cut == previous) {
        throw new PrivacyException(
            "cut point " + cut + " is given twice: cut points must be strictly increasing");
      }
      if (cut < previous) {
        throw new PrivacyException(
            "cut point "
                + cut
                + " is not greater than the cut point before it ("
                + previous
                + "): cut points must be strictly increasing");
      }
      previous = cut;
    }
    return new AgeBands(cutPoints);
  }

  /**
   * Five-year bands, {@code 0-4, 5-9, ..., 95-99, 100+}: the grouping commonly used for population
   * figures, and a fine-grained choice that suits large populations. Compare it with the table you
   * publish beside before relying on it matching; this library does not claim it is an official
   * classification.
   *
   * @return the bands, cut points 5, 10, ..., 100
   */
  public static AgeBands fiveYear() {
    List<Integer> cuts = new ArrayList<>();
    for (int cut = 5; cut <= 100; cut += 5) {
      cuts.add(cut);
    }
    return new AgeBands(cuts);
  }

  /**
   * An example of bands for the working-age population, {@code 0-15, 16-24, 25-29, 30-39, 40-49,
   * 50-59, 60+}: the young split finely (16-24 and 25-29 are often followed apart in employment
   * reports), then ten-year bands. Ages below 16 fall in {@code 0-15}, which labour-market data
   * normally does not contain. This is an illustration of a common shape, not an official
   * classification; check the bands of the statistics you compare with.
   *
   * @return the bands, cut points 16, 25, 30, 40, 50, 60
   */
  public static AgeBands labourMarket() {
    return new AgeBands(List.of(16, 25, 30, 40, 50, 60));
  }

  /**
   * The cut points, in increasing order.
   *
   * @return an unmodifiable list
   */
  public List<Integer> cutPoints() {
    return cutPoints;
  }

  /**
   * All bands, youngest first; one more than there are cut points.
   *
   * @return an unmodifiable list, the last band open
   */
  public List<AgeBand> bands() {
    return bands;
  }

  /**
   * The band an age falls in.
   *
   * @param age an age in whole years, e.g. from {@link Age#at(LocalDate, LocalDate)}
   * @return the one band that contains the age
   * @throws PrivacyException when the age is negative
   */
  public AgeBand bandOf(int age) {
    if (age < 0) {
      throw new PrivacyException("age " + age + " must not be negative");
    }
    int index = 0;
    while (index < cutPoints.size() && cutPoints.get(index) <= age) {
      index++;
    }
    return bands.get(index);
  }

  /**
   * The band of a person's age at a reference date, with the birthday rules of {@link Age}.
   *
   * @param birthDate the birth date
   * @param referenceDate the date the age is wanted at
   * @return the band of {@code Age.at(birthDate, referenceDate)}
   * @throws PrivacyException when the reference date is before the birth date
   */
  public AgeBand bandAt(LocalDate birthDate, LocalDate referenceDate) {
    return bandOf(Age.at(birthDate, referenceDate));
  }

  /**
   * Equal when the cut points are equal.
   *
   * @param other the object to compare with
   * @return true for {@code AgeBands} with the same cut points
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof AgeBands that && cutPoints.equals(that.cutPoints);
  }

  @Override
  public int hashCode() {
    return cutPoints.hashCode();
  }

  /**
   * The labels of the bands.
   *
   * @return e.g. {@code "AgeBands[0-17, 18-66, 67+]"}
   */
  @Override
  public String toString() {
    return bands.stream().map(AgeBand::label).collect(Collectors.joining(", ", "AgeBands[", "]"));
  }
}
