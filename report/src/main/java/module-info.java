/**
 * Writers for KPI results (JSON, Danish CSV, JSON-stat) and the cockpit page with its process
 * behaviour charts and guard findings.
 */
module dk.datainformed.report {
  requires transitive dk.datainformed.pipeline;
  requires tools.jackson.databind;

  exports dk.datainformed.report;
}
