/**
 * Keyed one-way pseudonyms for identifiers at ingest: {@link
 * dk.datainformed.privacy.pseudonym.Pseudonymiser} (HMAC-SHA256 per pseudonymisation domain), the key
 * that drives it ({@link dk.datainformed.privacy.pseudonym.PseudonymKey}), {@link
 * dk.datainformed.privacy.pseudonym.RecordPseudonymiser} to turn the {@code cpr} fields of records into
 * {@code pseudonym} fields, and {@link dk.datainformed.privacy.pseudonym.Rotation} to move a domain to
 * a new key.
 */
package dk.datainformed.privacy.pseudonym;
