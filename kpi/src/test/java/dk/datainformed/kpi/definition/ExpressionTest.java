package dk.datainformed.kpi.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.time.Grain;
import dk.datainformed.kpi.KpiException;
import org.junit.jupiter.api.Test;

class ExpressionTest {

  @Test
  void readsSameMonthLastYearOffsets() {
    Expression e = Expression.parse("(a.b - a.b[-1 year]) / a.b[-1 year] * 100");

    Expression lastYear = Expression.kpi("a.b").shifted(-1, Grain.YEAR);
    assertThat(e)
        .isEqualTo(
            Expression.kpi("a.b")
                .minus(lastYear)
                .dividedBy(lastYear)
                .times(Expression.constant(100)));
  }

  @Test
  void multipliesBeforeAdding() {
    assertThat(Expression.parse("a.b + c.d * 2"))
        .isEqualTo(Expression.kpi("a.b").plus(Expression.kpi("c.d").times(Expression.constant(2))));
  }

  @Test
  void writesParenthesesOnlyWhereNeeded() {
    Expression e = Expression.kpi("a.b").minus(Expression.kpi("c.d").minus(Expression.kpi("e.f")));

    assertThat(e.text()).isEqualTo("a.b - (c.d - e.f)");
  }

  @Test
  void readsVersionedReferences() {
    Expression e = Expression.parse("a.b@2[-3 month]");

    assertThat(e.references()).containsExactly(KpiReference.to("a.b", 2));
    assertThat(e.text()).isEqualTo("a.b@2[-3 month]");
  }

  @Test
  void tellsWhereAnExpressionBreaks() {
    assertThatThrownBy(() -> Expression.parse("a.b * (c.d + 2"))
        .isInstanceOf(KpiException.class)
        .hasMessage("Expression 'a.b * (c.d + 2', character 15: expected ')'");
  }

  @Test
  void rejectsUnknownGrainInOffset() {
    assertThatThrownBy(() -> Expression.parse("a.b[-1 years]"))
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "Expression 'a.b[-1 years]', character 8: expected a grain (day, week, month, quarter,"
                + " half_year, year) but found 'years'");
  }
}
