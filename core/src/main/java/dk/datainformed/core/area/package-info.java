/**
 * Denmark's areas as public-sector data spells them: the 5 regions, the 98 municipalities
 * (kommuner) with their kommunekode, and {@link dk.datainformed.core.area.Area}, which reads the
 * codes that Statistics Denmark ({@code OMRÅDE}) and address data use for all three levels.
 *
 * <p>The municipalities ship as reference data inside the jar and are read once, on first use.
 */
package dk.datainformed.core.area;
