package dk.datainformed.core.id;

import org.apiguardian.api.API;

/**
 * A person's legal sex as registered in the CPR system and written into the last digit of the
 * personnummer: odd for male, even for female.
 *
 * <p>This is the registered legal sex only. It says nothing about gender identity, and a person who
 * changes legal sex gets a new personnummer; data that follow a person over time must not assume
 * the value is fixed for a human being, only for a number.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum LegalSex {
  /** Registered as female: the last digit is even. */
  FEMALE,
  /** Registered as male: the last digit is odd. */
  MALE;

  /**
   * The legal sex that a last digit denotes.
   *
   * @param digit the last digit, 0 to 9
   * @return {@link #MALE} for an odd digit, {@link #FEMALE} for an even one
   */
  static LegalSex ofLastDigit(int digit) {
    return digit % 2 == 1 ? MALE : FEMALE;
  }
}
