/**
 * How the charts in {@code dk.datainformed.spc} are computed: limits, rule evaluation, the
 * exact binomial quantile, finding texts and SVG writing. Not exported; use the API package.
 */
package dk.datainformed.spc.internal;
