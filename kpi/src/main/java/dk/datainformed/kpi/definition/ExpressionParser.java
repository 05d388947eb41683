package dk.datainformed.kpi.definition;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.time.Grain;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.ReadLimits;
import dk.datainformed.kpi.internal.Excerpt;
import java.util.Locale;
import java.util.Optional;

/**
 * A recursive-descent reader of {@link Expression}'s written form, bounded: the text by {@link
 * ReadLimits#MAX_EXPRESSION_CHARS}, the nesting of parentheses and negations and the depth of the tree
 * by {@link ReadLimits#MAX_EXPRESSION_DEPTH}, so that the recursion here and every later walk of the
 * tree stay well inside the thread's stack.
 */
final class ExpressionParser {
  private final String text;
  private int pos;
  private int nesting;

  ExpressionParser(String text) {
    this.text = text;
  }

  Expression parseAll() {
    if (text.length() > ReadLimits.MAX_EXPRESSION_CHARS) {
      throw new KpiException(
          "Expression '" + shown() + "' has " + text.length() + " characters, more than the limit of "
              + ReadLimits.MAX_EXPRESSION_CHARS + " (ReadLimits.MAX_EXPRESSION_CHARS): split it into"
              + " derived KPIs that refer to each other");
    }
    Parsed e = sum();
    skipSpace();
    if (pos < text.length()) {
      throw error("unexpected '" + text.charAt(pos) + "'");
    }
    return e.expression;
  }

  /** A subtree and its depth, so that the depth is known without walking the tree again. */
  private static final class Parsed {
    final Expression expression;
    final int depth;

    Parsed(Expression expression, int depth) {
      this.expression = expression;
      this.depth = depth;
    }
  }

  private Parsed join(Expression.Operator operator, Parsed left, Parsed right) {
    int depth = Math.max(left.depth, right.depth) + 1;
    if (depth > ReadLimits.MAX_EXPRESSION_DEPTH) {
      throw tooDeep();
    }
    return new Parsed(new Expression.Binary(operator, left.expression, right.expression), depth);
  }

  private KpiException tooDeep() {
    return error(
        "the expression is nested deeper than " + ReadLimits.MAX_EXPRESSION_DEPTH
            + " levels (ReadLimits.MAX_EXPRESSION_DEPTH; parentheses, negations and each operator of"
            + " a chain count one each): split it into derived KPIs that refer to each other");
  }

  private void enter() {
    if (++nesting > ReadLimits.MAX_EXPRESSION_DEPTH) {
      throw tooDeep();
    }
  }

  private Parsed sum() {
    Parsed left = product();
    while (true) {
      skipSpace();
      if (eat('+')) {
        left = join(Expression.Operator.PLUS, left, product());
      } else if (eat('-')) {
        left = join(Expression.Operator.MINUS, left, product());
      } else {
        return left;
      }
    }
  }

  private Parsed product() {
    Parsed left = unary();
    while (true) {
      skipSpace();
      if (eat('*')) {
        left = join(Expression.Operator.TIMES, left, unary());
      } else if (eat('/')) {
        left = join(Expression.Operator.DIVIDE, left, unary());
      } else {
        return left;
      }
    }
  }

  private Parsed unary() {
    skipSpace();
    if (pos < text.length() && text.charAt(pos) == '-') {
      if (pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))) {
        return new Parsed(number(), 1);
      }
      pos++;
      enter();
      Parsed operand = unary();
      nesting--;
      if (operand.depth + 1 > ReadLimits.MAX_EXPRESSION_DEPTH) {
        throw tooDeep();
      }
      return new Parsed(new Expression.Negate(operand.expression), operand.depth + 1);
    }
    return primary();
  }

  private Parsed primary() {
    skipSpace();
    if (pos >= text.length()) {
      throw error("expected a number, a KPI id or '(' but the expression ends");
    }
    char c = text.charAt(pos);
    if (c == '(') {
      pos++;
      enter();
      Parsed inner = sum();
      nesting--;
      skipSpace();
      if (!eat(')')) {
        throw error("expected ')'");
      }
      return inner;
    }
    if (Character.isDigit(c)) {
      return new Parsed(number(), 1);
    }
    if (c >= 'a' && c <= 'z') {
      return new Parsed(operand(), 1);
    }
    throw error("expected a number, a KPI id or '(' but found '" + c + "'");
  }

  private Expression number() {
    int start = pos;
    if (text.charAt(pos) == '-') {
      pos++;
    }
    digits();
    if (pos < text.length() && text.charAt(pos) == '.') {
      pos++;
      digits();
    }
    if (pos < text.length() && (text.charAt(pos) == 'E' || text.charAt(pos) == 'e')) {
      pos++;
      if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
        pos++;
      }
      digits();
    }
    String literal = text.substring(start, pos);
    try {
      return new Expression.Constant(Double.parseDouble(literal));
    } catch (NumberFormatException e) {
      pos = start;
      throw error("'" + Excerpt.of(literal) + "' is not a number");
    }
  }

  private void digits() {
    while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
      pos++;
    }
  }

  private Expression operand() {
    int start = pos;
    while (pos < text.length() && isIdChar(text.charAt(pos))) {
      pos++;
    }
    String id = text.substring(start, pos);
    KpiId kpiId;
    try {
      kpiId = KpiId.of(id);
    } catch (KpiException e) {
      pos = start;
      throw error(e.getMessage());
    }
    Optional<Integer> version = Optional.empty();
    if (eat('@')) {
      int vStart = pos;
      digits();
      if (vStart == pos) {
        throw error("expected a version number after '@'");
      }
      try {
        version = Optional.of(Integer.parseInt(text.substring(vStart, pos)));
      } catch (NumberFormatException e) {
        pos = vStart;
        throw error("the version is too large");
      }
    }
    KpiReference reference;
    try {
      reference = new KpiReference(kpiId, version);
    } catch (KpiException e) {
      throw error(e.getMessage());
    }
    Optional<PeriodOffset> offset = Optional.empty();
    skipSpace();
    if (eat('[')) {
      offset = Optional.of(offset());
    }
    return new Expression.Operand(reference, offset);
  }

  private PeriodOffset offset() {
    skipSpace();
    int start = pos;
    if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
      pos++;
    }
    int digitsStart = pos;
    digits();
    if (digitsStart == pos) {
      throw error("expected a period offset such as '-1 year' after '['");
    }
    int amount;
    try {
      amount = Integer.parseInt(text.substring(start, pos));
    } catch (NumberFormatException e) {
      pos = start;
      throw error("the period offset is too large");
    }
    skipSpace();
    int wordStart = pos;
    while (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos++;
    }
    String word = text.substring(wordStart, pos);
    Grain grain = null;
    for (Grain g : Grain.values()) {
      if (PeriodOffset.word(g).equals(word.toLowerCase(Locale.ROOT))) {
        grain = g;
      }
    }
    if (grain == null) {
      pos = wordStart;
      throw error(
          "expected a grain (day, week, month, quarter, half_year, year) but found '" + word + "'");
    }
    skipSpace();
    if (!eat(']')) {
      throw error("expected ']' after the period offset");
    }
    if (amount == 0) {
      pos = start;
      throw error("a period offset of 0 shifts nothing: leave it out");
    }
    return new PeriodOffset(amount, grain);
  }

  private static boolean isIdChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
  }

  private boolean eat(char c) {
    if (pos < text.length() && text.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private KpiException error(String what) {
    return new KpiException("Expression '" + shown() + "', character " + (pos + 1) + ": " + what);
  }

  private String shown() {
    return Excerpt.of(text);
  }
}
