/**
 * The declared flow of datainformed: read, pseudonymise at ingest, compute, disclose, chart, guard.
 */
module dk.datainformed.pipeline {
  requires transitive dk.datainformed.connector.api;
  requires transitive dk.datainformed.privacy;
  requires transitive dk.datainformed.kpi;
  requires transitive dk.datainformed.spc;

  exports dk.datainformed.pipeline;
}
