package dk.datainformed.kpi.definition;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class ExpressionProperties {

  @Property
  void textReadsBackToAnEqualExpression(@ForAll("expressions") Expression e) {
    assertThat(Expression.parse(e.text())).isEqualTo(e);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Expression> expressions() {
    return DefinitionArbitraries.expressions("self.kpi");
  }
}
