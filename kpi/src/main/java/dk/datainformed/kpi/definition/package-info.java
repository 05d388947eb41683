/**
 * KPI definitions as typed, immutable, engine-neutral data: a sealed {@link
 * dk.datainformed.kpi.definition.KpiDefinition} with its four kinds (simple, ratio, derived,
 * cumulative), the profile every KPI carries (purpose, audience, coverage, owner, target), and the
 * structured filters, measures and expressions they are made of.
 *
 * <p>Nothing here is a lambda: the same definition can be run by the in-process engine or compiled to
 * SQL. Builders reject an inconsistent definition with a message that says what to fix.
 */
package dk.datainformed.kpi.definition;
