package dk.datainformed.spc;

import dk.datainformed.core.text.Language;
import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import dk.datainformed.spc.internal.FindingText;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * What a reader must know about how a chart was drawn, beside its signals: that it is seasonally
 * adjusted, that its data are autocorrelated so its limits are too narrow, or that a segment had
 * too little data for limits. A closed set; each note says itself in Danish and English.
 *
 * <pre>{@code
 * for (ChartNote note : chart.notes()) {
 *   page.caption(note.describe(Language.DANISH));   // "sæsonjusteret: …"
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface ChartNote
    permits ChartNote.SeasonallyAdjusted, ChartNote.Autocorrelated, ChartNote.NotEnoughData,
        ChartNote.LimitsFrozen {

  /**
   * The segment the note is about.
   *
   * @return its index in {@link ProcessBehaviourChart#segments()}, from 0
   */
  int segment();

  /**
   * The note in words.
   *
   * @param language Danish or English
   * @return the sentence
   */
  String describe(Language language);

  /**
   * The segment's limits lie around its month-of-year (or week-of-year) means: a seasonally
   * adjusted chart.
   *
   * @param segment the segment
   * @param cycle MONTH for month of year, WEEK for week of year
   * @param pValue the p-value of the F-test that found the season; empty when the adjustment was
   *     asked for without a test
   * @param seasons how many months (weeks) of the year had baseline values
   * @param borrowedFrom the series whose season was borrowed ({@link Seasonality#borrowed}): the
   *     limits lie around this series' level times that season; empty for its own month means
   */
  record SeasonallyAdjusted(
      int segment, Grain cycle, OptionalDouble pValue, int seasons, Optional<String> borrowedFrom)
      implements ChartNote {
    @Override
    public String describe(Language language) {
      return FindingText.seasonallyAdjusted(language, cycle, pValue, borrowedFrom);
    }
  }

  /**
   * The segment's baseline is autocorrelated: each value tends to lie near the one before, so the
   * moving range underestimates the spread and the limits are too narrow, and signals may be noise.
   *
   * @param segment the segment
   * @param lag1 the lag-1 autocorrelation of the baseline (of its residuals on a seasonal chart)
   * @param threshold the level it reached, {@value ProcessBehaviourChart#AUTOCORRELATION_THRESHOLD}
   */
  record Autocorrelated(int segment, double lag1, double threshold) implements ChartNote {
    @Override
    public String describe(Language language) {
      return FindingText.autocorrelated(language, lag1);
    }
  }

  /**
   * A segment had too few observed values for process limits (none, or no two in adjacent
   * periods, e.g. because its months were suppressed): its points are shown without limits and
   * judged only by the rules that need none.
   *
   * @param segment the segment
   * @param first the segment's first period
   * @param last the segment's last period
   * @param observed how many observed values the segment's baseline had
   */
  record NotEnoughData(int segment, Period first, Period last, int observed) implements ChartNote {
    @Override
    public String describe(Language language) {
      return FindingText.notEnoughData(language, first, last, observed);
    }
  }

  /**
   * The segment's limits come from a {@link FrozenBaseline}: points fixed by an earlier chart of the
   * series, not from the values this chart shows for those periods.
   *
   * @param segment the segment
   * @param first the baseline's first period
   * @param last the baseline's last period
   * @param points how many points the baseline holds
   * @param reason why the baseline was fixed
   */
  record LimitsFrozen(int segment, Period first, Period last, int points, String reason)
      implements ChartNote {
    @Override
    public String describe(Language language) {
      return FindingText.limitsFrozen(language, first, last, points, reason);
    }
  }
}
