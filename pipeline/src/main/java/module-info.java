/**
 * The declared flow of datainformed: read, pseudonymise at ingest, compute, disclose, chart, guard,
 * publish. Start at {@link dk.datainformed.pipeline.Pipeline} or {@link
 * dk.datainformed.pipeline.PipelineFile}.
 */
module dk.datainformed.pipeline {
  requires transitive dk.datainformed.connector.api;
  requires transitive dk.datainformed.privacy;
  requires transitive dk.datainformed.kpi;
  requires transitive dk.datainformed.spc;

  exports dk.datainformed.pipeline;

  // The pipeline file is bound through transfer records in the internal package.
  opens dk.datainformed.pipeline.internal to
      tools.jackson.databind;

  // The outputs' writers: the report module's, or a municipality's own.
  uses dk.datainformed.pipeline.PublicationWriter;
}
