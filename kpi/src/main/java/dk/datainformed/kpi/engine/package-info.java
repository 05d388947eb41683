/**
 * The engine that computes KPI definitions over a stream of core records, and what it produces:
 * {@link dk.datainformed.kpi.engine.KpiResult results} made of {@link
 * dk.datainformed.kpi.engine.Series series} of {@link dk.datainformed.kpi.engine.KpiValue values}
 * that keep their parts, with writers to JSON, Danish CSV and JSON-stat 2.0.
 */
package dk.datainformed.kpi.engine;
