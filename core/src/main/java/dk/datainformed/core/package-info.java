/**
 * The roots that every datainformed module shares: the library's exception hierarchy and the
 * non-throwing {@link dk.datainformed.core.ParseResult} used for bulk validation.
 */
package dk.datainformed.core;
