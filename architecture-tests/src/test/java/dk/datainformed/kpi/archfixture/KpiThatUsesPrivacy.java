package dk.datainformed.kpi.archfixture;

import dk.datainformed.privacy.archfixture.PrivacyType;

/** Fixture: a kpi class that depends on privacy, which the rules forbid. */
public final class KpiThatUsesPrivacy {
  private KpiThatUsesPrivacy() {}

  public static String name() {
    return PrivacyType.class.getSimpleName();
  }
}
