/**
 * KPIs as declarative, typed definitions that a municipality owns, the engine that computes them,
 * and the guards that keep metrics in the service of learning (reading SPC verdicts).
 */
// The qualified export names the SQL module, which is built after this one.
@SuppressWarnings("module")
module dk.datainformed.kpi {
  requires transitive dk.datainformed.core;
  requires transitive dk.datainformed.spc;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.apache.commons.lang3;

  exports dk.datainformed.kpi;
  exports dk.datainformed.kpi.catalog;
  exports dk.datainformed.kpi.definition;
  exports dk.datainformed.kpi.engine;
  exports dk.datainformed.kpi.guard;
  // The SQL engines hand their exact parts to the same code that lays out the in-process
  // engine's, so that every engine gives the same values (issue 15).
  exports dk.datainformed.kpi.engine.internal to
      dk.datainformed.sql;

  // The file form of definitions is mapped through transfer records in the internal package.
  opens dk.datainformed.kpi.internal to
      tools.jackson.databind;
  // The guards' usage and policy files are mapped the same way.
  opens dk.datainformed.kpi.guard.internal to
      tools.jackson.databind;

  // A municipality's own guards, found by Guards.withServiceLoaded().
  uses dk.datainformed.kpi.guard.Guard;
}
