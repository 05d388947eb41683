/**
 * Reversible pseudonyms, for a municipality that must itself re-identify a person later (a case worker
 * following up on a flagged case): deterministic authenticated encryption with AES-SIV (RFC 5297)
 * through Google Tink. {@link dk.datainformed.privacy.reversible.ReversiblePseudonymiser} and {@link
 * dk.datainformed.privacy.reversible.ReversibleKey} are deliberately separate from the one-way
 * pseudonyms of {@code dk.datainformed.privacy.pseudonym}: whoever holds a reversible key can read every
 * identifier back, so prefer one-way pseudonyms wherever re-identification is not needed.
 */
package dk.datainformed.privacy.reversible;
