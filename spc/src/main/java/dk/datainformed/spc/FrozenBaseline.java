package dk.datainformed.spc;

import dk.datainformed.core.time.Period;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The observations a segment's limits were fixed on, kept so that later charts of the same series
 * take the same limits from them, whatever the new data: no moving goalposts across runs. A month
 * added, or a baseline month revised by the source, does not move the limits of a frozen baseline;
 * only a {@link ChangePoint} starts a segment with limits of its own.
 *
 * <pre>{@code
 * ProcessBehaviourChart first = ProcessBehaviourChart.xmr(months).fixLimitsAfter(24).build();
 * FrozenBaseline kept = FrozenBaseline.of(first.baselinePoints(0), "fixed on 24 months, 2023–2024");
 * // a month later, in another run:
 * ProcessBehaviourChart next = ProcessBehaviourChart.xmr(monthsAndOneMore).frozenBaseline(kept).build();
 * // next.segments().get(0) has first.segments().get(0)'s centre and limits
 * }</pre>
 *
 * @param points the observed points the limits are computed from, in order of their periods, one
 *     grain, none missing
 * @param reason why the limits were fixed here, in the user's words
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record FrozenBaseline(List<Observation> points, String reason) {

  /**
   * Creates the baseline.
   *
   * @param points the observed points
   * @param reason why it was fixed
   * @throws SpcException when there are no points, one is missing, grains differ, the periods are
   *     not in strictly increasing order, or the reason is blank
   */
  public FrozenBaseline {
    if (points == null || points.isEmpty()) {
      throw new SpcException("A frozen baseline needs the observed points its limits come from");
    }
    points = List.copyOf(points);
    if (reason == null || reason.isBlank()) {
      throw new SpcException("A frozen baseline needs the reason it was fixed (not blank)");
    }
    Period previous = null;
    for (Observation o : points) {
      if (o.isMissing()) {
        throw new SpcException(
            "A frozen baseline holds observed points only; " + o.period() + " is missing");
      }
      if (previous != null
          && (o.period().grain() != previous.grain() || !o.period().start().isAfter(previous.start()))) {
        throw new SpcException(
            "A frozen baseline's points must be of one grain in increasing order; " + o.period()
                + " follows " + previous);
      }
      previous = o.period();
    }
  }

  /**
   * Creates the baseline.
   *
   * @param points the observed points
   * @param reason why it was fixed
   * @return the baseline
   * @throws SpcException as the constructor
   */
  public static FrozenBaseline of(List<Observation> points, String reason) {
    return new FrozenBaseline(points, reason);
  }

  /**
   * The first period of the baseline.
   *
   * @return its first point's period
   */
  public Period first() {
    return points.get(0).period();
  }

  /**
   * The last period of the baseline.
   *
   * @return its last point's period
   */
  public Period last() {
    return points.get(points.size() - 1).period();
  }
}
