package dk.datainformed.spc;

import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * The centre line and process limits that apply to one point.
 *
 * @param centre the centre line: the mean (XmR; the month's baseline mean on a seasonally adjusted
 *     chart), the pooled proportion or rate (P′, U′) or the median (run chart); NaN in a segment
 *     without any observed value
 * @param lower the lower process limit, inside the chart's range if it has one; empty on a run
 *     chart, for a missing P′/U′ period (whose limits depend on its denominator) and in a segment
 *     with too little data for limits
 * @param upper the upper process limit; empty when {@code lower} is
 * @param trial true when the limits come from fewer than {@value ProcessBehaviourChart#MINIMUM_BASELINE}
 *     points and may move a lot as data arrive
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Limits(double centre, OptionalDouble lower, OptionalDouble upper, boolean trial) {}
