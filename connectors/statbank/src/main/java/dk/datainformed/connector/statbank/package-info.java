/**
 * The {@code statbank} connector: reads one table of Statistics Denmark's Statistikbank
 * (api.statbank.dk/v1) as one stream of records, with OMRÅDE codes resolved to core areas and DST
 * periods to core periods. Start with {@link dk.datainformed.connector.statbank.StatbankConnectorProvider}.
 */
package dk.datainformed.connector.statbank;
