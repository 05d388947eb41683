/**
 * A municipality's set of KPI definitions: reading and writing them as YAML and JSON ({@link
 * dk.datainformed.kpi.catalog.DefinitionFormat}), the {@link dk.datainformed.kpi.catalog.KpiCatalog}
 * that resolves references between them, and the built-in {@link
 * dk.datainformed.kpi.catalog.StarterCatalog}.
 */
package dk.datainformed.kpi.catalog;
