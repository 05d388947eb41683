package dk.datainformed.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.spc.SpcException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetTest {

  @Test
  void customSetsKeepTheirNameAndOrder() {
    RuleSet set = RuleSet.of("Eight on a side", Rule.outsideLimits(), Rule.shift(8));

    assertThat(set.name()).isEqualTo("Eight on a side");
    assertThat(set.rules()).containsExactly(Rule.outsideLimits(), Rule.shift(8));
    assertThat(set.needsLimits()).isTrue();
    assertThat(RuleSet.anhoj().needsLimits()).isFalse();
  }

  @Test
  void rejectsAnEmptySet() {
    assertThatThrownBy(() -> new RuleSet("nothing", List.of()))
        .isInstanceOf(SpcException.class)
        .hasMessage("rule set 'nothing' has no rules: add at least one");
  }

  @Test
  void rejectsARunOfOne() {
    assertThatThrownBy(() -> Rule.shift(1))
        .isInstanceOf(SpcException.class)
        .hasMessage("shift length (1) must be at least 2");
    assertThatThrownBy(() -> Rule.trend(0))
        .isInstanceOf(SpcException.class)
        .hasMessage("trend length (0) must be at least 2");
  }
}
