/**
 * Time as Danish public-sector statistics use it: reporting {@link dk.datainformed.core.time.Period
 * periods} (day, ISO week, month, quarter, half-year, year) in Statistics Denmark's notation.
 */
package dk.datainformed.core.time;
