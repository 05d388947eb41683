package dk.datainformed.kpi.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.kpi.CauseChain;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.ReadLimits;
import org.junit.jupiter.api.Test;

class ExpressionLimitsTest {

  private static Expression chainOfOnes(int terms) {
    Expression e = Expression.kpi("a.b");
    for (int i = 0; i < terms; i++) {
      e = e.plus(Expression.constant(1));
    }
    return e;
  }

  @Test
  void refusesParenthesesNestedDeeperThanTheLimit() {
    String text = "(".repeat(3000) + "1" + ")".repeat(3000);

    assertThatThrownBy(() -> Expression.parse(text))
        .isInstanceOf(KpiException.class)
        .hasMessageContaining("nested deeper than 256 levels (ReadLimits.MAX_EXPRESSION_DEPTH");
  }

  @Test
  void refusesNegationsNestedDeeperThanTheLimit() {
    assertThatThrownBy(() -> Expression.parse("-".repeat(5000) + "a.b"))
        .isInstanceOf(KpiException.class)
        .hasMessageContaining("ReadLimits.MAX_EXPRESSION_DEPTH");
  }

  @Test
  void refusesATextLongerThanTheLimit() {
    assertThatThrownBy(() -> Expression.parse("-".repeat(10000) + "a.b"))
        .isInstanceOf(KpiException.class)
        .hasMessageContaining("has 10003 characters, more than the limit of 10000")
        .hasMessageContaining("ReadLimits.MAX_EXPRESSION_CHARS");
  }

  @Test
  void quotesALongTextCutShort() {
    assertThatThrownBy(() -> Expression.parse("a.b + ".repeat(1000) + "+"))
        .isInstanceOf(KpiException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
  }

  @Test
  void refusesAChainOfOperatorsDeeperThanTheLimit() {
    String text = "a.b" + " + 1".repeat(ReadLimits.MAX_EXPRESSION_DEPTH);

    assertThatThrownBy(() -> Expression.parse(text))
        .isInstanceOf(KpiException.class)
        .hasMessageContaining("ReadLimits.MAX_EXPRESSION_DEPTH");
  }

  @Test
  void readsAnExpressionAtTheLimit() {
    String chain = "a.b" + " + 1".repeat(ReadLimits.MAX_EXPRESSION_DEPTH - 1);
    String nested =
        "(".repeat(ReadLimits.MAX_EXPRESSION_DEPTH - 1)
            + "a.b"
            + ")".repeat(ReadLimits.MAX_EXPRESSION_DEPTH - 1);

    assertThat(Expression.parse(chain).depth()).isEqualTo(ReadLimits.MAX_EXPRESSION_DEPTH);
    assertThat(Expression.parse(nested)).isEqualTo(Expression.kpi("a.b"));
  }

  @Test
  void walksAVeryDeepTreeBuiltInCodeWithoutOverflowingTheStack() {
    Expression e = chainOfOnes(100_000);

    assertThat(e.references()).hasSize(1);
    assertThat(e.text()).startsWith("a.b + 1.0 + 1.0").hasSize(3 + 100_000 * 6);
    assertThat(e.toString()).startsWith("Binary[a.b + 1.0");
    assertThat(e.depth()).isEqualTo(100_001);
    assertThat(e).isEqualTo(chainOfOnes(100_000)).hasSameHashCodeAs(chainOfOnes(100_000));
    assertThat(e).isNotEqualTo(chainOfOnes(99_999));
  }

  @Test
  void refusesADerivedKpiDeeperThanTheLimit() {
    Expression deep = chainOfOnes(100_000);

    assertThatThrownBy(() -> Fixtures.profile(KpiDefinition.derived("x.y")).expression(deep).build())
        .isInstanceOf(KpiException.class)
        .hasMessageContaining("100001 levels deep, more than the limit of 256");
  }

  @Test
  void masksACprInANumberThatDoesNotRead() {
    assertThatThrownBy(() -> Expression.parse(CauseChain.PLANTED_CPR + "1e"))
        .isInstanceOf(KpiException.class)
        .satisfies(e -> assertThat(CauseChain.leaksPlantedCpr(e)).isFalse())
        .hasMessageContaining("is not a number");
  }

  @Test
  void refusesAKpiIdThatHoldsACprAndMasksIt() {
    assertThatThrownBy(() -> Expression.parse("a" + CauseChain.PLANTED_CPR + "@0"))
        .isInstanceOf(KpiException.class)
        .satisfies(e -> assertThat(CauseChain.leaksPlantedCpr(e)).isFalse());
    assertThatThrownBy(() -> KpiId.of("a" + CauseChain.PLANTED_CPR))
        .isInstanceOf(KpiException.class)
        .hasMessageContaining("looks like a CPR number");
  }
}
