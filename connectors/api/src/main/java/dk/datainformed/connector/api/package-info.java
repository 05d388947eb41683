/**
 * The connector SPI: what every connector, built in or written by a municipality, offers and how
 * its failures are reported.
 */
package dk.datainformed.connector.api;
