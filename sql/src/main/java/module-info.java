/**
 * KPI definitions where the data lives (issue 15, in progress): the calendar and the organisation
 * tree as data for a SQL query, and the dialects of DuckDB, PostgreSQL, SQL Server and Spark SQL.
 */
module dk.datainformed.sql {
  requires transitive dk.datainformed.core;

  exports dk.datainformed.sql;
}
