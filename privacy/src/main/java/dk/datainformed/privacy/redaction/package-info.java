/**
 * Redaction of CPR numbers in free text such as case notes (journalnotater), before the text is
 * stored, searched or analysed: {@link dk.datainformed.privacy.redaction.CprRedactor}.
 */
package dk.datainformed.privacy.redaction;
