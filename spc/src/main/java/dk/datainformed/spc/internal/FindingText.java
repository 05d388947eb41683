package dk.datainformed.spc.internal;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import dk.datainformed.core.text.Language;
import dk.datainformed.spc.Rule;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Puts a signal in words, in Danish or English, with periods written as people say them ("marts
 * 2024", "1. kvartal 2024"). Month names are spelled out here rather than taken from the JDK's
 * locale data, so the text is the same on every runtime.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class FindingText {
  private static final String[] DANISH_MONTHS = {
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december"
  };
  private static final String[] ENGLISH_MONTHS = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"
  };

  private FindingText() {}

  /**
   * The sentence for a signal.
   *
   * @param language the language
   * @param signal the signal
   * @param first the first period covered
   * @param last the last period covered
   * @param median true if the centre line is a median (run chart)
   * @return the sentence
   */
  public static String describe(
      Language language, RuleEngine.Signal signal, Period first, Period last, boolean median) {
    boolean da = language == Language.DANISH;
    Rule rule = signal.rule();
    Grain grain = first.grain();
    String span = span(language, first, last);
    boolean up = signal.side() == RuleEngine.UP;
    String centre = da ? (median ? "medianen" : "gennemsnittet") : (median ? "the median" : "the mean");
    int count = signal.count();
    String units = units(language, grain, count);
    if (rule instanceof Rule.MovingRangeAboveLimit) {
      return da
          ? (up ? "spring op" : "spring ned") + " fra perioden før, større end grænsen for"
              + " variationsbredden (moving range), " + span
          : (up ? "jump up" : "jump down") + " from the period before, larger than the"
              + " moving-range limit, " + span;
    }
    if (rule instanceof Rule.OutsideLimits) {
      return da
          ? (up ? "over den øvre" : "under den nedre") + " kontrolgrænse, " + span
          : (up ? "above the upper" : "below the lower") + " process limit, " + span;
    }
    if (rule instanceof Rule.Shift) {
      return da
          ? count + " " + units + " i træk " + (up ? "over " : "under ") + centre + ", " + span
          : count + " " + units + " in a row " + (up ? "above " : "below ") + centre + ", " + span;
    }
    if (rule instanceof Rule.Trend) {
      return da
          ? count + " " + units + " i træk " + (up ? "stigende" : "faldende") + ", " + span
          : count + " " + units + " in a row " + (up ? "rising" : "falling") + ", " + span;
    }
    if (rule instanceof Rule.TwoOfThreeBeyondTwoSigma) {
      return da
          ? count + " " + units + " i den yderste tredjedel " + (up ? "over " : "under ") + centre
              + " (2 af 3 i træk), " + span
          : count + " " + units + " in the outer third " + (up ? "above " : "below ") + centre
              + " (2 of 3 in a row), " + span;
    }
    if (rule instanceof Rule.FourOfFiveBeyondOneSigma) {
      return da
          ? count + " " + units + " mere end 1 sigma " + (up ? "over " : "under ") + centre
              + " (4 af 5 i træk), " + span
          : count + " " + units + " more than 1 sigma " + (up ? "above " : "below ") + centre
              + " (4 of 5 in a row), " + span;
    }
    if (rule instanceof Rule.LongestRun) {
      return da
          ? count + " " + units + " i træk " + (up ? "over " : "under ") + centre
              + ", længere end grænsen på " + signal.limit() + ", " + span
          : count + " " + units + " in a row " + (up ? "above " : "below ") + centre
              + ", longer than the limit of " + signal.limit() + ", " + span;
    }
    if (rule instanceof Rule.TooFewCrossings) {
      return da
          ? centre.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + centre.substring(1)
              + " krydses " + count + " " + (count == 1 ? "gang" : "gange") + ", færre end de "
              + signal.limit() + " der forventes, " + span
          : "The " + centre.substring(4) + " is crossed " + count + " "
              + (count == 1 ? "time" : "times") + ", fewer than the " + signal.limit()
              + " expected, " + span;
    }
    throw new IllegalStateException("unknown rule " + rule);
  }

  /**
   * The note of a seasonally adjusted chart: "sæsonjusteret" / "seasonally adjusted", with how.
   *
   * @param language the language
   * @param cycle MONTH or WEEK
   * @param pValue the test's p-value, if a test found the season
   * @param borrowedFrom the series whose season was borrowed, if it was
   * @return the sentence
   */
  public static String seasonallyAdjusted(
      Language language, Grain cycle, java.util.OptionalDouble pValue, java.util.Optional<String> borrowedFrom) {
    boolean da = language == Language.DANISH;
    boolean month = cycle == Grain.MONTH;
    if (borrowedFrom.isPresent()) {
      String from = CprDetector.mask(borrowedFrom.get());
      return da
          ? "Sæsonjusteret efter sæsonmønstret i " + from + ": grænserne ligger om seriens eget niveau gange"
              + " mønstrets faktor for " + (month ? "hver kalendermåned" : "hver kalenderuge")
          : "Seasonally adjusted by the seasonal pattern of " + from + ": the limits lie around the series'"
              + " own level times the pattern's factor for " + (month ? "each calendar month" : "each calendar week");
    }
    String how = da
        ? "grænserne ligger om gennemsnittet for " + (month ? "hver kalendermåned" : "hver kalenderuge")
            + " i basisperioden"
        : "the limits lie around the baseline mean of " + (month ? "each calendar month" : "each calendar week");
    String why = pValue.isEmpty()
        ? ""
        : da
            ? " (sæsonmønster fundet med F-test, " + p(language, pValue.getAsDouble()) + ")"
            : " (seasonal pattern found by an F-test, " + p(language, pValue.getAsDouble()) + ")";
    return (da ? "Sæsonjusteret: " : "Seasonally adjusted: ") + how + why;
  }

  /**
   * The note of an autocorrelated baseline.
   *
   * @param language the language
   * @param lag1 the lag-1 autocorrelation
   * @return the sentence
   */
  public static String autocorrelated(Language language, double lag1) {
    String r = String.format(java.util.Locale.ROOT, "%.2f", lag1);
    return language == Language.DANISH
        ? "Autokorrelation " + r.replace('.', ',') + ": hver værdi ligner den forrige, så"
            + " kontrolgrænserne er for snævre og signaler kan være støj"
        : "Autocorrelation " + r + ": each value resembles the one before, so the process limits"
            + " are too narrow and signals may be noise";
  }

  /**
   * The note of a segment without limits.
   *
   * @param language the language
   * @param first the segment's first period
   * @param last the segment's last period
   * @param observed observed values in its baseline
   * @return the sentence
   */
  public static String notEnoughData(Language language, Period first, Period last, int observed) {
    String span = span(language, first, last);
    return language == Language.DANISH
        ? "For få data til kontrolgrænser, " + span + ": " + observed + " "
            + (observed == 1 ? "observeret værdi" : "observerede værdier")
            + ", og grænser kræver mindst to i træk"
        : "Not enough data for process limits, " + span + ": " + observed + " observed "
            + (observed == 1 ? "value" : "values") + ", and limits need at least two in a row";
  }

  /**
   * The note that a segment's limits are frozen.
   *
   * @param language the language
   * @param first the baseline's first period
   * @param last its last period
   * @param points how many points it holds
   * @param reason why it was fixed
   * @return the sentence
   */
  public static String limitsFrozen(Language language, Period first, Period last, int points, String reason) {
    String span = span(language, first, last);
    return language == Language.DANISH
        ? "Grænserne er låst på " + points + " " + (points == 1 ? "punkt" : "punkter") + ", " + span
            + " (" + reason + "); nye og rettede tal flytter dem ikke"
        : "The limits are frozen on " + points + " " + (points == 1 ? "point" : "points") + ", " + span
            + " (" + reason + "); new and revised values do not move them";
  }

  private static String p(Language language, double p) {
    String text = p < 0.001 ? "0.001" : String.format(java.util.Locale.ROOT, "%.3f", p);
    String prefix = p < 0.001 ? "p < " : "p = ";
    return prefix + (language == Language.DANISH ? text.replace('.', ',') : text);
  }

  /**
   * A period in words: "marts 2024", "uge 5 2024", "1. kvartal 2024", "3. marts 2024".
   *
   * @param language the language
   * @param period the period
   * @return the words
   */
  public static String period(Language language, Period period) {
    boolean da = language == Language.DANISH;
    LocalDate start = period.start();
    switch (period.grain()) {
      case DAY:
        return da
            ? start.getDayOfMonth() + ". " + DANISH_MONTHS[start.getMonthValue() - 1] + " " + start.getYear()
            : start.getDayOfMonth() + " " + ENGLISH_MONTHS[start.getMonthValue() - 1] + " " + start.getYear();
      case WEEK:
        Period.Week week = (Period.Week) period;
        return (da ? "uge " : "week ") + week.week() + " " + week.weekYear();
      case MONTH:
        return monthName(language, start) + " " + start.getYear();
      case QUARTER:
        int quarter = (start.getMonthValue() - 1) / 3 + 1;
        return da ? quarter + ". kvartal " + start.getYear() : "Q" + quarter + " " + start.getYear();
      case HALF_YEAR:
        int half = start.getMonthValue() <= 6 ? 1 : 2;
        return da ? half + ". halvår " + start.getYear() : "H" + half + " " + start.getYear();
      default:
        return Integer.toString(start.getYear());
    }
  }

  private static String monthName(Language language, LocalDate date) {
    return (language == Language.DANISH ? DANISH_MONTHS : ENGLISH_MONTHS)[date.getMonthValue() - 1];
  }

  /**
   * A span of periods in words: "marts–september 2024", "november 2023–maj 2024", or one period.
   *
   * @param language the language
   * @param first the first period
   * @param last the last period
   * @return the words
   */
  public static String span(Language language, Period first, Period last) {
    if (first.equals(last)) {
      return period(language, first);
    }
    if (first.grain() == Grain.MONTH && first.start().getYear() == last.start().getYear()) {
      return monthName(language, first.start()) + "–" + period(language, last);
    }
    return period(language, first) + "–" + period(language, last);
  }

  private static String units(Language language, Grain grain, int count) {
    boolean one = count == 1;
    boolean da = language == Language.DANISH;
    switch (grain) {
      case DAY:
        return da ? (one ? "dag" : "dage") : (one ? "day" : "days");
      case WEEK:
        return da ? (one ? "uge" : "uger") : (one ? "week" : "weeks");
      case MONTH:
        return da ? (one ? "måned" : "måneder") : (one ? "month" : "months");
      case QUARTER:
        return da ? (one ? "kvartal" : "kvartaler") : (one ? "quarter" : "quarters");
      case HALF_YEAR:
        return da ? "halvår" : (one ? "half-year" : "half-years");
      default:
        return da ? "år" : (one ? "year" : "years");
    }
  }
}
