/**
 * The engine's machinery: compiled filters, primitive hash tables and the two-stage accumulation
 * behind {@link dk.datainformed.kpi.engine.KpiEngine}. Not exported.
 */
package dk.datainformed.kpi.engine.internal;
