/**
 * Example: population per municipality from Statistikbanken (FOLK1A) as process behaviour charts.
 * Start at {@link dk.datainformed.examples.statbank.StatbankPopulation}.
 */
package dk.datainformed.examples.statbank;
