/**
 * Implementation of disclosure control: the linear programs of the audit (ojAlgo), the primary rules
 * and the secondary suppression heuristic. Not exported; may change without notice.
 */
package dk.datainformed.privacy.disclosure.internal;
