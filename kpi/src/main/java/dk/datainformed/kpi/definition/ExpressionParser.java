package dk.datainformed.kpi.definition;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.time.Grain;
import dk.datainformed.kpi.KpiException;
import java.util.Locale;
import java.util.Optional;

/** A recursive-descent reader of {@link Expression}'s written form. */
final class ExpressionParser {
  private final String text;
  private int pos;

  ExpressionParser(String text) {
    this.text = text;
  }

  Expression parseAll() {
    Expression e = sum();
    skipSpace();
    if (pos < text.length()) {
      throw error("unexpected '" + text.charAt(pos) + "'");
    }
    return e;
  }

  private Expression sum() {
    Expression left = product();
    while (true) {
      skipSpace();
      if (eat('+')) {
        left = new Expression.Binary(Expression.Operator.PLUS, left, product());
      } else if (eat('-')) {
        left = new Expression.Binary(Expression.Operator.MINUS, left, product());
      } else {
        return left;
      }
    }
  }

  private Expression product() {
    Expression left = unary();
    while (true) {
      skipSpace();
      if (eat('*')) {
        left = new Expression.Binary(Expression.Operator.TIMES, left, unary());
      } else if (eat('/')) {
        left = new Expression.Binary(Expression.Operator.DIVIDE, left, unary());
      } else {
        return left;
      }
    }
  }

  private Expression unary() {
    skipSpace();
    if (pos < text.length() && text.charAt(pos) == '-') {
      if (pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))) {
        return number();
      }
      pos++;
      return new Expression.Negate(unary());
    }
    return primary();
  }

  private Expression primary() {
    skipSpace();
    if (pos >= text.length()) {
      throw error("expected a number, a KPI id or '(' but the expression ends");
    }
    char c = text.charAt(pos);
    if (c == '(') {
      pos++;
      Expression inner = sum();
      skipSpace();
      if (!eat(')')) {
        throw error("expected ')'");
      }
      return inner;
    }
    if (Character.isDigit(c)) {
      return number();
    }
    if (c >= 'a' && c <= 'z') {
      return operand();
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
      throw error("'" + literal + "' is not a number");
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
    return new KpiException(
        "Expression '" + CprDetector.mask(text) + "', character " + (pos + 1) + ": " + what);
  }
}
