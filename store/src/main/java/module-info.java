/**
 * The results store: every run's disclosed values as of that run, frozen SPC baselines and the
 * sources' checkpoints, in DuckDB or PostgreSQL. Start at {@link dk.datainformed.store.ResultStore}.
 */
@SuppressWarnings("requires-automatic")
module dk.datainformed.store {
  requires transitive dk.datainformed.pipeline;
  requires transitive dk.datainformed.sql;
  requires transitive java.sql;
  requires flyway.core;
  requires duckdb.jdbc;

  exports dk.datainformed.store;
}
