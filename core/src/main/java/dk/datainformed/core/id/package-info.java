/**
 * Danish identifiers: CPR numbers (personnummer), CVR numbers, P-numbers and KLE subject numbers,
 * each with a throwing {@code parse} and a non-throwing {@code tryParse}, and the one masking rule
 * that keeps a CPR number out of every message.
 */
package dk.datainformed.core.id;
