/**
 * Danish identifiers: CPR numbers (personnummer) with the CPR office's replacement numbers and the
 * health sector's eCPR ({@link dk.datainformed.core.id.Cpr}), CVR numbers, P-numbers and KLE subject
 * numbers, each with a throwing {@code parse} and a non-throwing {@code tryParse},
 * {@link dk.datainformed.core.id.IdentifierMask}, the one way a value that may be an identifier is
 * shown, and {@link dk.datainformed.core.id.CprDetector}, the one rule that finds CPR numbers in text
 * and keeps them out of every {@code toString()}, message, writer and page.
 */
package dk.datainformed.core.id;
