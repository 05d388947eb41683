package dk.datainformed.privacy.generalise;

import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * One band of an {@link AgeBands} value: the ages from {@link #from()} to {@link #to()}, both
 * included, or from {@link #from()} up for the last, open band.
 *
 * <p>The {@linkplain #label() label} is {@code "from-to"} with a hyphen-minus ({@code "18-29"}),
 * the age alone for a band of one age ({@code "18"}), and {@code "from+"} for the open band
 * ({@code "67+"}). Labels carry no unit and no language, so a report can add "år" or "years".
 *
 * <pre>{@code
 * AgeBand band = AgeBands.of(18, 30).bandOf(25);
 * band.label();      // "18-29"
 * band.from();       // 18
 * band.to();         // OptionalInt[29]
 * band.contains(29); // true
 * }</pre>
 *
 * <p>Instances come from {@link AgeBands}. Two bands are equal when they cover the same ages.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AgeBand {

  private final int from;
  private final OptionalInt to;

  AgeBand(int from, OptionalInt to) {
    this.from = from;
    this.to = to;
  }

  /**
   * The youngest age in the band.
   *
   * @return the lower bound, included; 0 for the first band
   */
  public int from() {
    return from;
  }

  /**
   * The oldest age in the band.
   *
   * @return the upper bound, included, or empty for the last, open band
   */
  public OptionalInt to() {
    return to;
  }

  /**
   * Whether this is the last band, which has no upper bound.
   *
   * @return true for the open band, such as {@code "67+"}
   */
  public boolean isOpen() {
    return to.isEmpty();
  }

  /**
   * Whether an age falls in the band.
   *
   * @param age an age in whole years
   * @return true if {@code from() <= age} and, unless the band is open, {@code age <= to()}
   */
  public boolean contains(int age) {
    return age >= from && (to.isEmpty() || age <= to.getAsInt());
  }

  /**
   * The label: {@code "18-29"}, {@code "18"} for a band of one age, or {@code "67+"} for the open
   * band.
   *
   * @return the label
   */
  public String label() {
    if (to.isEmpty()) {
      return from + "+";
    }
    int last = to.getAsInt();
    return last == from ? Integer.toString(from) : from + "-" + last;
  }

  /**
   * Equal when both bands cover the same ages.
   *
   * @param other the object to compare with
   * @return true for an {@code AgeBand} with the same bounds
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof AgeBand that && from == that.from && to.equals(that.to);
  }

  @Override
  public int hashCode() {
    return 31 * Integer.hashCode(from) + to.hashCode();
  }

  /**
   * The label.
   *
   * @return the same as {@link #label()}
   */
  @Override
  public String toString() {
    return label();
  }
}
