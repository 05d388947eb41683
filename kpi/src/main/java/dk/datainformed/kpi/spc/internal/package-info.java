/**
 * How the charts in {@code dk.datainformed.kpi.spc} are computed: limits, rule evaluation, the
 * exact binomial quantile, finding texts and SVG writing. Not exported; use the API package.
 */
package dk.datainformed.kpi.spc.internal;
