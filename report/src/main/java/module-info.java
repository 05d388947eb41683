/**
 * Writers for KPI results (JSON, Danish CSV, JSON-stat) and the cockpit page with its process
 * behaviour charts and guard findings.
 */
module dk.datainformed.report {
  requires transitive dk.datainformed.pipeline;
  requires tools.jackson.databind;

  exports dk.datainformed.report;

  provides dk.datainformed.pipeline.PublicationWriter with
      dk.datainformed.report.ResultFiles.Json,
      dk.datainformed.report.ResultFiles.Csv,
      dk.datainformed.report.ResultFiles.JsonStat,
      dk.datainformed.report.CockpitWriter,
      dk.datainformed.report.GuardFiles;
}
