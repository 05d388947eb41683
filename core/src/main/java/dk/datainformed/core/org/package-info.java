/**
 * Organisation trees that change over time: units with dated versions (created, renamed, moved,
 * closed), successor links for merged and split units, and fast roll-up of a unit's data to its
 * ancestors as the tree stood on each date.
 *
 * <p>The entry point is {@link dk.datainformed.core.org.OrganisationTree#builder()}. Everything but
 * the builder is immutable and safe to share between threads.
 */
package dk.datainformed.core.org;
