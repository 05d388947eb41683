package dk.datainformed.spc;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A named set of rules that a chart applies. The rules are never built into a chart: pick one of
 * the published sets or compose your own.
 *
 * <pre>{@code
 * RuleSet.makingDataCount();   // NHS England's four rules
 * RuleSet.anhoj();             // Anhøj's runs rules, for run charts
 * RuleSet.of("Shift of 8 only", Rule.shift(8));
 * }</pre>
 *
 * @param name the name shown in reports
 * @param rules the rules, at least one, in the order findings are listed
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RuleSet(String name, List<Rule> rules) {

  /**
   * Creates the rule set.
   *
   * @param name the name shown in reports; not blank
   * @param rules the rules, at least one
   */
  public RuleSet {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new SpcException("rule set name must not be blank");
    }
    rules = List.copyOf(rules);
    if (rules.isEmpty()) {
      throw new SpcException("rule set '" + name + "' has no rules: add at least one");
    }
  }

  /**
   * A rule set of the given rules.
   *
   * @param name the name shown in reports
   * @param rules the rules
   * @return the rule set
   */
  public static RuleSet of(String name, Rule... rules) {
    return new RuleSet(name, List.of(rules));
  }

  /**
   * NHS England's "Making Data Count": a point outside the limits; 7 points in a row on one side of
   * the mean; 7 points in a row rising or falling; two of three points in a row in the outer third
   * on one side, inside the limits.
   *
   * @return the rule set
   */
  public static RuleSet makingDataCount() {
    return of(
        "Making Data Count",
        Rule.outsideLimits(),
        Rule.shift(7),
        Rule.trend(7),
        Rule.twoOfThreeBeyondTwoSigma(false));
  }

  /**
   * Anhøj's runs rules for run charts: an unusually long run, or unusually few crossings of the
   * median.
   *
   * @return the rule set
   */
  public static RuleSet anhoj() {
    return of("Anhøj", Rule.longestRun(), Rule.tooFewCrossings());
  }

  /**
   * The Western Electric rules (1956): a point beyond three sigma; two of three beyond two sigma on
   * one side (points beyond three sigma count); four of five beyond one sigma on one side; eight in
   * a row on one side.
   *
   * @return the rule set
   */
  public static RuleSet westernElectric() {
    return of(
        "Western Electric",
        Rule.outsideLimits(),
        Rule.twoOfThreeBeyondTwoSigma(true),
        Rule.fourOfFiveBeyondOneSigma(),
        Rule.shift(8));
  }

  /**
   * Whether any rule needs process limits.
   *
   * @return true if the set cannot be used on a run chart
   */
  public boolean needsLimits() {
    return rules.stream().anyMatch(Rule::needsLimits);
  }
}
