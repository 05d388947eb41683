package dk.datainformed.privacy.generalise;

import dk.datainformed.privacy.PrivacyException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A person's age in whole years at a reference date: the first step in generalising a birth date,
 * before an {@link AgeBands age band} replaces it.
 *
 * <p>The age is the number of birthdays that have passed: it goes up by one on the birthday itself,
 * not the day after. A person born on <strong>29 February</strong> has, in a year without that
 * day, the birthday on <strong>1 March</strong>: on 28 February they are still the younger age,
 * because a whole year since 29 February is complete only when 28 February is over. This is the
 * rule {@link ChronoUnit#YEARS} applies; it is stated here because some rules elsewhere use 28
 * February instead.
 *
 * <pre>{@code
 * Age.at(LocalDate.of(1990, 6, 15), LocalDate.of(2020, 6, 14));   // 29
 * Age.at(LocalDate.of(1990, 6, 15), LocalDate.of(2020, 6, 15));   // 30
 * Age.at(LocalDate.of(2004, 2, 29), LocalDate.of(2005, 2, 28));   // 0
 * Age.at(LocalDate.of(2004, 2, 29), LocalDate.of(2005, 3, 1));    // 1
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Age {

  private Age() {}

  /**
   * The age in whole years at a reference date.
   *
   * @param birthDate the birth date, e.g. {@link dk.datainformed.core.id.Cpr#birthDate()}
   * @param referenceDate the date the age is wanted at, e.g. the last day of the reporting period;
   *     the birth date itself gives 0
   * @return the number of birthdays passed by the reference date, 0 or more
   * @throws PrivacyException when the reference date is before the birth date; the message shows
   *     the reference date, never the birth date
   */
  public static int at(LocalDate birthDate, LocalDate referenceDate) {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(referenceDate, "referenceDate");
    if (referenceDate.isBefore(birthDate)) {
      throw new PrivacyException(
          "reference date "
              + referenceDate
              + " is before the birth date: an age exists only from the birth date on");
    }
    return Math.toIntExact(ChronoUnit.YEARS.between(birthDate, referenceDate));
  }
}
