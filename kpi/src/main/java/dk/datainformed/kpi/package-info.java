/**
 * The KPI module's shared roots: its exception type. Definitions, the engine, SPC and guards live in
 * sub-packages.
 */
package dk.datainformed.kpi;
