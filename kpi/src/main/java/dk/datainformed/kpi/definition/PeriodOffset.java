package dk.datainformed.kpi.definition;

import dk.datainformed.core.time.Grain;
import dk.datainformed.kpi.KpiException;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A shift in time for an operand of a {@link DerivedKpi}: {@code -1 year} is "the same month last
 * year" for a monthly KPI, {@code -1 month} the month before.
 *
 * <p>Written {@code [-1 year]} after the operand in an {@link Expression}.
 *
 * @param amount how many periods of the grain, negative for the past, never 0
 * @param grain the grain the amount counts in
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PeriodOffset(int amount, Grain grain) {

  /**
   * Creates the offset.
   *
   * @param amount how many periods, not 0
   * @param grain the grain the amount counts in
   * @throws KpiException when the amount is 0 or the grain missing
   */
  public PeriodOffset {
    Names.required(grain, "The grain of a period offset");
    if (amount == 0) {
      throw new KpiException("A period offset of 0 " + word(grain) + "s shifts nothing: leave it out");
    }
  }

  /**
   * The same period the given number of years earlier.
   *
   * @param years how many years back, 1 or more
   * @return the offset
   */
  public static PeriodOffset yearsBack(int years) {
    return new PeriodOffset(-years, Grain.YEAR);
  }

  /**
   * The offset as written in expressions, e.g. {@code -1 year}.
   *
   * @return the text
   */
  public String text() {
    return amount + " " + word(grain);
  }

  static String word(Grain grain) {
    return grain.name().toLowerCase(Locale.ROOT);
  }
}
