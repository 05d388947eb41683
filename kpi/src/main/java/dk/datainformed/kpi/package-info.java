/**
 * The KPI module's shared roots: its exception type. Definitions, the catalog, the engine and guards live in
 * sub-packages.
 */
package dk.datainformed.kpi;
