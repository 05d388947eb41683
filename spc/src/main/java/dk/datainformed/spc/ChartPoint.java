package dk.datainformed.spc;

import dk.datainformed.core.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * One period of a chart, as judged.
 *
 * @param period the period
 * @param value the plotted value, empty for a missing period
 * @param movingRange the absolute difference from the previous period's value (XmR only; empty for
 *     the first point of a segment and next to a gap)
 * @param limits the centre line and limits that apply to this point
 * @param segment the index of the segment the point belongs to, from 0
 * @param variation common or special cause; empty for a missing period
 * @param flaggedBy the rules that flagged the point, in rule set order, each once; empty for common
 *     cause
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ChartPoint(
    Period period,
    OptionalDouble value,
    OptionalDouble movingRange,
    Limits limits,
    int segment,
    Optional<Variation> variation,
    List<Rule> flaggedBy) {

  /**
   * Creates the point.
   *
   * @param period the period
   * @param value the value, empty for a missing period
   * @param movingRange the moving range, if any
   * @param limits the limits that apply
   * @param segment the segment index
   * @param variation the variation, empty for a missing period
   * @param flaggedBy the rules that flagged the point
   */
  public ChartPoint {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(movingRange, "movingRange");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(variation, "variation");
    flaggedBy = List.copyOf(flaggedBy);
  }

  /**
   * Whether the period has no data.
   *
   * @return true for a missing period
   */
  public boolean isMissing() {
    return value.isEmpty();
  }

  /**
   * Whether any rule flagged this point.
   *
   * @return true for a special cause
   */
  public boolean isSpecialCause() {
    return variation.map(Variation::isSpecialCause).orElse(false);
  }
}
