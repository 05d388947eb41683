package dk.datainformed.core.org;

import dk.datainformed.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A half-open period of validity {@code [from, to)}: valid from the first day, up to but not including
 * the end day, or open-ended when there is no end.
 *
 * <p>Half-open periods meet without gaps or overlaps: a unit renamed on 1 August 2024 has one version
 * valid {@code [.., 2024-08-01)} and the next valid {@code [2024-08-01, ..)}. When a source writes
 * the last valid day instead ("til og med"), add one day to it when you build a {@code Validity}.
 *
 * <pre>{@code
 * Validity.from(LocalDate.of(2024, 1, 1));                             // open-ended
 * Validity.between(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)); // the year 2024
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Validity {

  private final LocalDate from;
  private final LocalDate to;

  private Validity(LocalDate from, LocalDate to) {
    this.from = from;
    this.to = to;
  }

  /**
   * A period that starts on a day and has no end.
   *
   * @param from the first valid day
   * @return the open-ended period
   */
  public static Validity from(LocalDate from) {
    return new Validity(Objects.requireNonNull(from, "from"), null);
  }

  /**
   * A period from a first day up to, not including, an end day.
   *
   * @param from the first valid day
   * @param to the first day that is no longer valid; after {@code from}
   * @return the period
   * @throws InvalidValueException if {@code to} is not after {@code from}
   */
  public static Validity between(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new InvalidValueException(
          "validity",
          "[" + from + ", " + to + ")",
          "the end (exclusive) must be after the start");
    }
    return new Validity(from, to);
  }

  /**
   * The first valid day.
   *
   * @return the start, inclusive
   */
  public LocalDate from() {
    return from;
  }

  /**
   * The first day that is no longer valid, if the period ends.
   *
   * @return the end, exclusive, or empty when open-ended
   */
  public Optional<LocalDate> to() {
    return Optional.ofNullable(to);
  }

  /**
   * Whether the period has no end.
   *
   * @return {@code true} if open-ended
   */
  public boolean isOpenEnded() {
    return to == null;
  }

  /**
   * Whether a day lies in the period.
   *
   * @param date the day
   * @return {@code true} if {@code from <= date < to}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && (to == null || date.isBefore(to));
  }

  /**
   * Whether two periods share at least one day.
   *
   * @param other the other period
   * @return {@code true} if they overlap
   */
  public boolean overlaps(Validity other) {
    return (to == null || other.from.isBefore(to))
        && (other.to == null || from.isBefore(other.to));
  }

  /**
   * The same period with another end.
   *
   * @param newTo the new end, exclusive; after {@link #from()}
   * @return the shortened or lengthened period
   * @throws InvalidValueException if {@code newTo} is not after the start
   */
  public Validity endingOn(LocalDate newTo) {
    return between(from, newTo);
  }

  /**
   * The same period with another start and the same end.
   *
   * @param newFrom the new start; before the end
   * @return the period
   * @throws InvalidValueException if the period would be empty
   */
  public Validity startingOn(LocalDate newFrom) {
    return to == null ? from(newFrom) : between(newFrom, to);
  }

  long fromDay() {
    return from.toEpochDay();
  }

  long toDay() {
    return to == null ? Long.MAX_VALUE : to.toEpochDay();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Validity other && from.equals(other.from) && Objects.equals(to, other.to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to);
  }

  /**
   * The period as {@code [from, to)}, or {@code [from, ..)} when open-ended.
   *
   * @return the period for messages
   */
  @Override
  public String toString() {
    return "[" + from + ", " + (to == null ? ".." : to.toString()) + ")";
  }
}
