package dk.datainformed.privacy.archfixture;

/** Fixture: stands in for a privacy class. */
public final class PrivacyType {
  private PrivacyType() {}
}
