/**
 * Statistical process control: process behaviour charts (XmR, Laney P′ and U′, run charts) that tell
 * a signal from the noise, with named rule sets (Making Data Count, Anhøj, Western Electric) and a
 * moving-range rule for sudden jumps inside the limits (XmR),
 * assurance against a target, baselines and change points, findings in Danish and English, and SVG.
 *
 * <p>Start at {@link dk.datainformed.spc.ProcessBehaviourChart}:
 *
 * <pre>{@code
 * ProcessBehaviourChart chart =
 *     ProcessBehaviourChart.xmr(observations)
 *         .direction(ImprovementDirection.LOWER_IS_BETTER)
 *         .rules(RuleSet.makingDataCount())
 *         .target(4.5)
 *         .build();
 * chart.latest().flatMap(ChartPoint::variation);   // e.g. SPECIAL_CAUSE_CONCERN
 * }</pre>
 */
package dk.datainformed.spc;
