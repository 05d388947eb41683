/**
 * KPI definitions where the data lives: {@link dk.datainformed.sql.SqlKpiEngine} computes them
 * inside DuckDB, PostgreSQL, SQL Server or Spark SQL, with the calendar and the organisation tree
 * given to the query as data, and returns the in-process engine's result.
 */
module dk.datainformed.sql {
  requires transitive dk.datainformed.core;
  requires transitive dk.datainformed.kpi;
  requires transitive java.sql;

  exports dk.datainformed.sql;
}
