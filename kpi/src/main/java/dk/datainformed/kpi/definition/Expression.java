package dk.datainformed.kpi.definition;

import dk.datainformed.core.time.Grain;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.ReadLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Arithmetic over other KPIs, the body of a {@link DerivedKpi}: constants, KPI operands (optionally
 * shifted in time), {@code + - * /} and negation.
 *
 * <p>The written form is what YAML and JSON hold; {@link #parse(String)} reads it and {@link
 * #text()} writes it, and {@code parse(e.text())} equals {@code e}:
 *
 * <pre>{@code
 * // change against the same month last year, in per cent
 * Expression change = Expression.parse(
 *     "(sygefravaer.fravaersdage - sygefravaer.fravaersdage[-1 year])"
 *         + " / sygefravaer.fravaersdage[-1 year] * 100");
 * }</pre>
 *
 * <p>An operand is a KPI id, optionally with {@code @version}, optionally followed by a period
 * offset in brackets ({@code [-1 year]}, {@code [-3 month]}; grains are day, week, month, quarter,
 * half_year, year). Operators bind as usual ({@code * /} before {@code + -}, left to right).
 *
 * <p>A written form holds at most {@link ReadLimits#MAX_EXPRESSION_CHARS} characters and nests at
 * most {@link ReadLimits#MAX_EXPRESSION_DEPTH} levels. Trees built in code may be deeper; {@link
 * #text()}, {@link #references()}, {@code equals}, {@code hashCode} and {@code toString} walk them
 * without recursion.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Expression
    permits Expression.Constant, Expression.Operand, Expression.Negate, Expression.Binary {

  /**
   * Reads the written form.
   *
   * @param text the expression
   * @return the expression
   * @throws KpiException with the position of the first error when the text cannot be read, and
   *     when it is longer or nested deeper than {@link ReadLimits} allows
   */
  static Expression parse(String text) {
    return new ExpressionParser(Names.text(text, "An expression")).parseAll();
  }

  /**
   * A constant.
   *
   * @param value a finite number
   * @return the expression
   */
  static Expression constant(double value) {
    return new Constant(value);
  }

  /**
   * The value of another KPI in the same period.
   *
   * @param id the KPI's id
   * @return the operand
   */
  static Operand kpi(String id) {
    return new Operand(KpiReference.to(id), Optional.empty());
  }

  /**
   * This plus another expression.
   *
   * @param other the right operand
   * @return the sum
   */
  default Expression plus(Expression other) {
    return new Binary(Operator.PLUS, this, other);
  }

  /**
   * This minus another expression.
   *
   * @param other the right operand
   * @return the difference
   */
  default Expression minus(Expression other) {
    return new Binary(Operator.MINUS, this, other);
  }

  /**
   * This times another expression.
   *
   * @param other the right operand
   * @return the product
   */
  default Expression times(Expression other) {
    return new Binary(Operator.TIMES, this, other);
  }

  /**
   * This divided by another expression.
   *
   * @param other the divisor
   * @return the quotient
   */
  default Expression dividedBy(Expression other) {
    return new Binary(Operator.DIVIDE, this, other);
  }

  /**
   * The written form, with as few parentheses as the precedence rules allow.
   *
   * @return the text that {@link #parse(String)} reads back to an equal expression
   */
  String text();

  /**
   * The KPIs this expression refers to, in order of appearance (with repeats).
   *
   * @return the references
   */
  default List<KpiReference> references() {
    List<KpiReference> out = new ArrayList<>();
    ExpressionWalk.references(this, out);
    return List.copyOf(out);
  }

  /**
   * How many levels the tree has: 1 for a constant or an operand, one more for each negation or
   * operator above it. A {@link DerivedKpi} takes at most {@link ReadLimits#MAX_EXPRESSION_DEPTH}.
   *
   * @return the depth, at least 1
   */
  default int depth() {
    return ExpressionWalk.depth(this);
  }

  /** The four arithmetic operators. */
  enum Operator {
    /** Addition. */
    PLUS("+", 1),
    /** Subtraction. */
    MINUS("-", 1),
    /** Multiplication. */
    TIMES("*", 2),
    /** Division; a zero divisor gives no value, not infinity. */
    DIVIDE("/", 2);

    private final String symbol;
    private final int precedence;

    Operator(String symbol, int precedence) {
      this.symbol = symbol;
      this.precedence = precedence;
    }

    /**
     * The symbol in the written form.
     *
     * @return {@code +}, {@code -}, {@code *} or {@code /}
     */
    public String symbol() {
      return symbol;
    }

    int precedence() {
      return precedence;
    }
  }

  /**
   * A constant number.
   *
   * @param value the number, finite
   */
  record Constant(double value) implements Expression {
    /**
     * Creates the constant.
     *
     * @param value the number
     * @throws KpiException when it is not finite
     */
    public Constant {
      if (!Double.isFinite(value)) {
        throw new KpiException("A constant in an expression must be finite, not " + value);
      }
    }

    @Override
    public String text() {
      return Double.toString(value);
    }
  }

  /**
   * Another KPI's value, optionally from a shifted period.
   *
   * @param kpi the referred KPI
   * @param offset the period shift, if any
   */
  record Operand(KpiReference kpi, Optional<PeriodOffset> offset) implements Expression {
    /**
     * Creates the operand.
     *
     * @param kpi the referred KPI
     * @param offset the period shift, if any
     */
    public Operand {
      Names.required(kpi, "The KPI of an operand");
      Names.optional(offset, "The period offset of an operand");
    }

    /**
     * This operand from a shifted period.
     *
     * @param amount how many periods of the grain, negative for the past
     * @param grain the grain
     * @return the shifted operand
     */
    public Operand shifted(int amount, Grain grain) {
      return new Operand(kpi, Optional.of(new PeriodOffset(amount, grain)));
    }

    @Override
    public String text() {
      return kpi.text() + offset.map(o -> "[" + o.text() + "]").orElse("");
    }
  }

  /**
   * The negation of an expression.
   *
   * @param operand the negated expression
   */
  record Negate(Expression operand) implements Expression {
    /**
     * Creates the negation.
     *
     * @param operand the negated expression
     */
    public Negate {
      Names.required(operand, "The negated expression");
    }

    @Override
    public String text() {
      return ExpressionWalk.text(this);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Expression && ExpressionWalk.same(this, (Expression) other);
    }

    @Override
    public int hashCode() {
      return ExpressionWalk.hash(this);
    }

    @Override
    public String toString() {
      return "Negate[" + text() + "]";
    }
  }

  /**
   * Two expressions joined by an operator.
   *
   * @param operator the operator
   * @param left the left operand
   * @param right the right operand
   */
  record Binary(Operator operator, Expression left, Expression right) implements Expression {
    /**
     * Creates the expression.
     *
     * @param operator the operator
     * @param left the left operand
     * @param right the right operand
     */
    public Binary {
      Names.required(operator, "The operator");
      Names.required(left, "The left operand of '" + operator.symbol() + "'");
      Names.required(right, "The right operand of '" + operator.symbol() + "'");
    }

    @Override
    public String text() {
      return ExpressionWalk.text(this);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Expression && ExpressionWalk.same(this, (Expression) other);
    }

    @Override
    public int hashCode() {
      return ExpressionWalk.hash(this);
    }

    @Override
    public String toString() {
      return "Binary[" + text() + "]";
    }
  }
}
