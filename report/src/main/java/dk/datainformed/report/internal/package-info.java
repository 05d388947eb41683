/**
 * How the cockpit page in {@code dk.datainformed.report} is written: escaping, number and date
 * formats, and the Danish and English wording. Not exported; use the API package.
 */
package dk.datainformed.report.internal;
