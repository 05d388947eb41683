/**
 * Privacy for municipal data: pseudonymisation at ingest, generalisation, redaction of identifiers
 * in free text, and disclosure control of tables before publication.
 */
module dk.datainformed.privacy {
  requires transitive dk.datainformed.core;
  requires ojalgo;

  exports dk.datainformed.privacy;
  exports dk.datainformed.privacy.disclosure;
}
