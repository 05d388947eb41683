package dk.datainformed.core.id;

import org.apiguardian.api.API;

/**
 * Which kind of personnummer a {@link Cpr} is: a real one from the CPR system, or one of the two
 * published forms of replacement number (erstatningspersonnummer) for people without one.
 *
 * <p>The kinds cannot be mistaken for one another: a real number has a day of 01 to 31 and digits
 * throughout, a CPR office replacement number has a day of 61 to 91, and an eCPR has letters in
 * positions 8 and 9. {@link Cpr} describes exactly what each kind accepts.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum CprKind {
  /**
   * A personnummer in the CPR system's own form: ten digits, the first six the birth date.
   *
   * <p>Source: cpr.dk, "Opbygning af CPR-nummeret".
   */
  REGULAR,

  /**
   * A replacement number in the form the CPR office recommends: ten digits, built like a real
   * number except that 6 is added to the first digit of the day (born the 7th: day 67).
   *
   * <p>Source: cpr.dk, "Erstatningspersonnummer i eksterne systemer".
   */
  REPLACEMENT,

  /**
   * A replacement number of the health sector (eCPR): the birth date, a century digit, two capital
   * letters A to Z, and a digit for the legal sex, e.g. {@code 020329-1WQ3}. Covers both the
   * national X-eCPR (century digit 1 or 7) and the regions' decentral D-eCPR (0, 5 or 6).
   *
   * <p>Sources: Sundhedsdatastyrelsen / NSP, "eCPR formater (X-eCPR og D-eCPR)"; MedCom, "Nu er
   * erstatnings-CPR-numre via national e-CPR-service muligt" (2022).
   */
  ECPR
}
