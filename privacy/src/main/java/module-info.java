/**
 * Privacy for municipal data: pseudonymisation at ingest, generalisation, redaction of identifiers
 * in free text, and disclosure control of tables before publication.
 *
 * <p>Google Tink (AES-SIV for reversible pseudonyms) ships no module descriptor, only an automatic
 * module name, and is the only automatic module required here: hence the suppressed lint warning.
 */
@SuppressWarnings("requires-automatic")
module dk.datainformed.privacy {
  requires transitive dk.datainformed.core;
  requires com.google.crypto.tink;
  requires ojalgo;
  requires org.slf4j;

  exports dk.datainformed.privacy;
  exports dk.datainformed.privacy.disclosure;
  exports dk.datainformed.privacy.generalise;
  exports dk.datainformed.privacy.pseudonym;
  exports dk.datainformed.privacy.redaction;
  exports dk.datainformed.privacy.reversible;
}
