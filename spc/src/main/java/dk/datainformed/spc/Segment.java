package dk.datainformed.spc;

import dk.datainformed.core.time.Period;
import dk.datainformed.spc.internal.ChartEngine;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * A stretch of the chart with one set of limits: from the first period, or from a change point, to
 * the period before the next change point.
 *
 * @param first the first period
 * @param last the last period
 * @param startedBy the change point that started the segment; empty for the first
 * @param baselinePoints how many observed points the limits were computed from
 * @param trial true when {@code baselinePoints} is below {@value
 *     ProcessBehaviourChart#MINIMUM_BASELINE}: the limits are trial limits
 * @param centre the centre line (for P′ and U′ the pooled proportion or rate; on a seasonally
 *     adjusted segment the baseline mean, around which the month means vary); NaN when the segment
 *     has no observed value
 * @param meanMovingRange the mean moving range of the baseline (XmR only; of the residuals on a
 *     seasonally adjusted segment); empty when the segment has too little data for limits
 * @param movingRangeUpperLimit the moving range chart's upper limit, 3.267 × mean moving range (XmR
 *     only)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Segment(
    Period first,
    Period last,
    Optional<ChangePoint> startedBy,
    int baselinePoints,
    boolean trial,
    double centre,
    OptionalDouble meanMovingRange,
    OptionalDouble movingRangeUpperLimit) {

  /**
   * The process's standard deviation as the XmR chart estimates it: the mean moving range / 1.128
   * (d<sub>2</sub> for moving ranges of two points).
   *
   * @return σ; empty without a mean moving range
   */
  public OptionalDouble sigma() {
    return meanMovingRange.isPresent()
        ? OptionalDouble.of(meanMovingRange.getAsDouble() / ChartEngine.D2)
        : OptionalDouble.empty();
  }
}
