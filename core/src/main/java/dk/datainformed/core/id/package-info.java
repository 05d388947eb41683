/**
 * Danish identifiers: CPR numbers (personnummer) with the CPR office's replacement numbers and the
 * health sector's eCPR ({@link dk.datainformed.core.id.Cpr}), CVR numbers, P-numbers and KLE subject
 * numbers, each with a throwing {@code parse} and a non-throwing {@code tryParse}, and
 * {@link dk.datainformed.core.id.IdentifierMask}, the one masking rule that keeps a CPR number out of
 * every {@code toString()} and message.
 */
package dk.datainformed.core.id;
