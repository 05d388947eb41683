package dk.datainformed.kpi.definition;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.kpi.KpiException;
import org.apiguardian.api.API;

/**
 * The periods a {@link CumulativeKpi} accumulates over: the year so far, or the last N periods of
 * its grain. Written {@code year-to-date} or {@code rolling 12}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Window permits Window.YearToDate, Window.Rolling {

  /**
   * From the first period of the calendar year to the period asked for.
   *
   * @return the window
   */
  static Window yearToDate() {
    return new YearToDate();
  }

  /**
   * The given number of periods, ending with the period asked for.
   *
   * @param periods how many periods, 2 or more
   * @return the window
   */
  static Window rolling(int periods) {
    return new Rolling(periods);
  }

  /**
   * Reads the written form.
   *
   * @param text {@code year-to-date} or {@code rolling N}
   * @return the window
   * @throws KpiException when the text is neither
   */
  static Window parse(String text) {
    String t = Names.text(text, "A window").trim();
    if (t.equals("year-to-date")) {
      return yearToDate();
    }
    if (t.startsWith("rolling ")) {
      try {
        return rolling(Integer.parseInt(t.substring("rolling ".length()).trim()));
      } catch (NumberFormatException e) {
        // falls through to the message below
      }
    }
    throw new KpiException(
        "Window '" + CprDetector.mask(t) + "' is not valid: write 'year-to-date' or 'rolling N', e.g. 'rolling 12'");
  }

  /**
   * The written form.
   *
   * @return {@code year-to-date} or {@code rolling N}
   */
  String text();

  /** From the first period of the calendar year to the period asked for. */
  record YearToDate() implements Window {
    @Override
    public String text() {
      return "year-to-date";
    }
  }

  /**
   * The last {@code periods} periods.
   *
   * @param periods how many periods, 2 or more
   */
  record Rolling(int periods) implements Window {
    /**
     * Creates the window.
     *
     * @param periods how many periods, 2 or more
     * @throws KpiException when fewer than 2
     */
    public Rolling {
      if (periods < 2) {
        throw new KpiException(
            "A rolling window needs 2 or more periods, not " + periods
                + " (1 period is the KPI itself)");
      }
    }

    @Override
    public String text() {
      return "rolling " + periods;
    }
  }
}
