package dk.datainformed.privacy.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.privacy.PrivacyException;
import org.junit.jupiter.api.Test;

class DisclosurePolicyTest {

  @Test
  void hasTheDocumentedDefaults() {
    DisclosurePolicy policy = DisclosurePolicy.defaults();

    assertThat(policy.minimumCount()).isEqualTo(3);
    assertThat(policy.zeroIsSensitive()).isFalse();
    assertThat(policy.dominanceRule()).contains(new DisclosurePolicy.DominanceRule(2, 85));
    assertThat(policy.pPercent()).hasValue(10);
    assertThat(policy.protectionPercent()).isEqualTo(10);
    assertThat(policy.minimumProtectionWidth()).isEqualTo(3);
  }

  @Test
  void followsTheMinimumCountForTheProtectionWidthUnlessSet() {
    assertThat(DisclosurePolicy.builder().minimumCount(5).build().minimumProtectionWidth()).isEqualTo(5);
    assertThat(
            DisclosurePolicy.builder().minimumCount(5).minimumProtectionWidth(0).build().minimumProtectionWidth())
        .isZero();
  }

  @Test
  void requiresTheLargerOfTheMinimumWidthAndThePercentage() {
    DisclosurePolicy policy = DisclosurePolicy.defaults();

    assertThat(policy.requiredProtectionWidth(10)).isEqualTo(3);
    assertThat(policy.requiredProtectionWidth(1000)).isEqualTo(100);
  }

  @Test
  void switchesTheMagnitudeRulesOff() {
    DisclosurePolicy policy = DisclosurePolicy.builder().noDominanceRule().noPPercentRule().build();

    assertThat(policy.dominanceRule()).isEmpty();
    assertThat(policy.pPercent()).isEmpty();
  }

  @Test
  void rejectsInvalidValuesWithTheValueAndTheRule() {
    DisclosurePolicy.Builder builder = DisclosurePolicy.builder();

    assertThatThrownBy(() -> builder.minimumCount(0))
        .isInstanceOf(PrivacyException.class)
        .hasMessage("minimum count (0) must be at least 1");
    assertThatThrownBy(() -> builder.dominanceRule(0, 85))
        .isInstanceOf(PrivacyException.class)
        .hasMessage("dominance rule n (0) must be at least 1");
    assertThatThrownBy(() -> builder.dominanceRule(2, 100))
        .isInstanceOf(PrivacyException.class)
        .hasMessage("dominance rule k (100.0) must be a percentage above 0 and below 100");
    assertThatThrownBy(() -> builder.pPercentRule(0))
        .isInstanceOf(PrivacyException.class)
        .hasMessage("p of the p% rule (0.0) must be above 0 and at most 100");
    assertThatThrownBy(() -> builder.protectionPercent(150))
        .isInstanceOf(PrivacyException.class)
        .hasMessage("protection interval (150.0%) must be between 0 and 100 percent");
    assertThatThrownBy(() -> builder.minimumProtectionWidth(-1))
        .isInstanceOf(PrivacyException.class)
        .hasMessage("minimum protection width (-1.0) must be a finite number of at least 0");
  }
}
