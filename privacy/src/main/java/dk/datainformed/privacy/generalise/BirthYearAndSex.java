package dk.datainformed.privacy.generalise;

import dk.datainformed.core.id.Cpr;
import dk.datainformed.core.id.LegalSex;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a CPR number says about a person once everything but the birth year and the legal sex is
 * dropped: the usual generalisation of a personnummer for statistics.
 *
 * <p>Every {@link dk.datainformed.core.id.CprKind kind} of number is accepted. For an eCPR issued
 * without a known birth date, the number's date is the day it was created (see {@link
 * Cpr#birthDate()}), so its birth year may be wrong; the value cannot tell.
 *
 * <pre>{@code
 * BirthYearAndSex g = BirthYearAndSex.of(Cpr.parse(text));
 * g.birthYear();     // 1990
 * g.legalSex();      // FEMALE
 * g.toString();      // "BirthYearAndSex[birthYear=1990, legalSex=FEMALE]"
 * }</pre>
 *
 * <p>The value holds neither the number nor the full birth date, so its {@code toString()} is safe
 * for logs.
 *
 * @param birthYear the year of birth the number states
 * @param legalSex the legal sex the number states
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record BirthYearAndSex(int birthYear, LegalSex legalSex) {

  /**
   * Creates the value.
   *
   * @param birthYear the year of birth
   * @param legalSex the legal sex, not null
   */
  public BirthYearAndSex {
    Objects.requireNonNull(legalSex, "legalSex");
  }

  /**
   * The birth year and legal sex of a CPR number, replacement number or eCPR.
   *
   * @param cpr the number
   * @return its birth year and legal sex
   */
  public static BirthYearAndSex of(Cpr cpr) {
    Objects.requireNonNull(cpr, "cpr");
    return new BirthYearAndSex(cpr.birthDate().getYear(), cpr.legalSex());
  }
}
