/**
 * Implementation details of the KPI module, not exported: the JSON and YAML mapping of definitions
 * (plain transfer records, so that the public types carry no Jackson annotations).
 */
package dk.datainformed.kpi.internal;
