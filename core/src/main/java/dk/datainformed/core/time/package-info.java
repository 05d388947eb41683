/**
 * Time as Danish public-sector statistics use it: reporting {@link dk.datainformed.core.time.Period
 * periods} (day, ISO week, month, quarter, half-year, year) in Statistics Denmark's notation, and
 * the {@link dk.datainformed.core.time.DanishCalendar Danish calendar} of public holidays
 * (helligdage), days off and working days.
 */
package dk.datainformed.core.time;
