/**
 * The {@code datainformed} command line: validate the files a municipality owns, run a pipeline
 * file, explain a KPI, compute one KPI over a CSV file, chart a series, run the guards. Start at {@link
 * dk.datainformed.cli.Datainformed}.
 */
module dk.datainformed.cli {
  requires dk.datainformed.pipeline;
  requires dk.datainformed.report;
  requires dk.datainformed.store;
  // The published connectors, found by the pipeline through ServiceLoader by their names.
  requires dk.datainformed.connector.csv;
  requires dk.datainformed.connector.statbank;
  requires dk.datainformed.connector.jobindsats;
  requires dk.datainformed.connector.os2mo;
  requires dk.datainformed.connector.jdbc;
  requires info.picocli;
  requires static transitive org.apiguardian.api;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;

  exports dk.datainformed.cli;

  // validate checks a pipeline file's output formats against the writers found.
  uses dk.datainformed.pipeline.PublicationWriter;

  // picocli sets the commands' annotated fields by reflection.
  opens dk.datainformed.cli.internal to
      info.picocli;
}
