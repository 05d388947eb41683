package dk.datainformed.privacy.disclosure;

import dk.datainformed.privacy.PrivacyException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The municipality's own disclosure rules for published tables: every threshold that primary
 * suppression and the audit use. A value, not a configuration file: build it once, keep it with the
 * publication, and pass it to {@link DisclosureControl} and {@link DisclosureAudit}.
 *
 * <pre>{@code
 * DisclosurePolicy policy = DisclosurePolicy.builder()
 *     .minimumCount(5)               // health data
 *     .dominanceRule(1, 75)
 *     .build();
 * }</pre>
 *
 * <h2>Defaults and where they come from</h2>
 *
 * <ul>
 *   <li><b>Minimum count 3</b> (threshold rule: a cell with 1 or 2 units is sensitive). FACTS.md
 *       records Statistics Denmark's practice of at least 3 units behind a published group, also on
 *       partial crosses. <i>Not verified</i> against a Statistics Denmark publication; what was
 *       verified is that 3 and 5 are the usual thresholds among statistical agencies (OECD glossary,
 *       "threshold rule", from the 2005 Glossary of Statistical Disclosure Control) and the reason
 *       for 3: with two units, each can subtract its own value from the cell and learn the other's.
 *       The Danish Health Data Authority (Sundhedsdatastyrelsen) hides counts below 5; that was
 *       <i>not verified</i> either. Use {@code minimumCount(5)} for health data.
 *   <li><b>Zero is not sensitive</b>. A zero reveals that nobody in the group has the attribute; set
 *       {@link Builder#zeroIsSensitive(boolean)} where that itself is sensitive (for example "no
 *       employee in this unit is on sick leave" is harmless, "nobody in this class passed" may not
 *       be).
 *   <li><b>Dominance rule (n, k) = (2, 85)</b>: a magnitude cell is sensitive when its 2 largest
 *       contributions make up more than 85 % of it. The values are the example of the ESSnet
 *       Handbook on Statistical Disclosure Control (Eurostat's concepts database, "(n,k) rule");
 *       verified as an example, not as a Danish standard.
 *   <li><b>p% rule with p = 10</b>: a magnitude cell is sensitive when the second largest
 *       contributor could estimate the largest contribution to within 10 %. A common choice,
 *       <i>not verified</i> against a published standard.
 *   <li><b>Protection interval 10 %</b>: the audit requires the interval an intruder can infer for
 *       a primary suppressed cell to be at least 10 % of its upper bound wide. 10 % is τ-Argus's
 *       default protection level as used by the rtauargus package ("MAN(10)"), verified in its
 *       documentation.
 *   <li><b>Minimum protection width = the minimum count</b>: for counts, the interval must also be
 *       at least that many units wide, so that an intruder cannot pin a small cell down to a range
 *       narrower than the threshold.
 *   <li><b>Every attacker model</b> ({@link AttackerModel}): an outsider and a contributor who knows
 *       its own contribution.
 * </ul>
 *
 * <h2>Protection levels</h2>
 *
 * <p>When the audit has the true values ({@link DisclosureAudit#audit(StatisticalTable,
 * PublishedTable, DisclosurePolicy)}), a primary cell with value {@code X} is protected only when the
 * intruder's interval reaches at least {@code X - LPL} below and {@code X + UPL} above it, so that the
 * true value never sits at one end. The levels follow τ-Argus's definitions (Hundepool et al.,
 * <i>Statistical Disclosure Control</i>, Wiley 2012, section 4.2), with contributions {@code x1 >= x2
 * >= ...} (absolute values when a table allows negative ones):
 *
 * <ul>
 *   <li>p% rule: {@code UPL = LPL = p/100 * x1 - (X - x1 - x2)}: the second largest contributor
 *       cannot estimate the largest to within p %.
 *   <li>(n, k) dominance: {@code UPL = LPL = 100/k * (x1 + ... + xn) - X}: the n largest cannot be
 *       shown to make up more than k %.
 *   <li>threshold rule, counts: {@code UPL = LPL = max(1, protection % of X)}: the intruder can
 *       neither prove the cell non-empty nor bound it from above by its value; magnitudes with too few
 *       contributors: {@code protection % of X}.
 *   <li>a cell suppressed by the municipality's choice ({@link SuppressionReason#FORCED}) or for an
 *       unstated reason: {@code protection % of X}.
 * </ul>
 *
 * <p>A lower level never reaches below the cell's a-priori lower bound. The width the policy
 * requires ({@link #requiredProtectionWidth(double)}) applies as well, so protection levels only add
 * to what the published-table audit asks.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DisclosurePolicy {
  private final int minimumCount;
  private final boolean zeroIsSensitive;
  private final DominanceRule dominanceRule;
  private final double pPercent;
  private final double protectionPercent;
  private final double minimumProtectionWidth;
  private final Set<AttackerModel> attackers;

  private DisclosurePolicy(Builder builder) {
    this.minimumCount = builder.minimumCount;
    this.zeroIsSensitive = builder.zeroIsSensitive;
    this.dominanceRule = builder.dominanceRule;
    this.pPercent = builder.pPercent;
    this.protectionPercent = builder.protectionPercent;
    this.minimumProtectionWidth =
        Double.isNaN(builder.minimumProtectionWidth)
            ? builder.minimumCount
            : builder.minimumProtectionWidth;
    this.attackers = Collections.unmodifiableSet(EnumSet.copyOf(builder.attackers));
  }

  /**
   * The policy with every default described above.
   *
   * @return the default policy
   */
  public static DisclosurePolicy defaults() {
    return builder().build();
  }

  /**
   * A builder that starts from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The threshold rule's k: a cell with fewer units (persons for counts, contributors for
   * magnitudes) is sensitive.
   *
   * @return at least 1
   */
  public int minimumCount() {
    return minimumCount;
  }

  /**
   * Whether a cell with no units at all (count 0, or no contributors) is sensitive.
   *
   * @return true if zero cells are suppressed
   */
  public boolean zeroIsSensitive() {
    return zeroIsSensitive;
  }

  /**
   * The dominance rule for magnitude tables, if used.
   *
   * @return the (n, k) rule, or empty if switched off
   */
  public Optional<DominanceRule> dominanceRule() {
    return Optional.ofNullable(dominanceRule);
  }

  /**
   * The p of the p% rule for magnitude tables, if used.
   *
   * @return p in percent, or empty if switched off
   */
  public OptionalDouble pPercent() {
    return Double.isNaN(pPercent) ? OptionalDouble.empty() : OptionalDouble.of(pPercent);
  }

  /**
   * The required protection interval, in percent of the upper bound of a suppressed cell.
   *
   * @return between 0 and 100
   */
  public double protectionPercent() {
    return protectionPercent;
  }

  /**
   * The smallest width of the protection interval, in the table's unit.
   *
   * @return at least 0
   */
  public double minimumProtectionWidth() {
    return minimumProtectionWidth;
  }

  /**
   * The intruders a published table must resist. The audit solves each one's linear programs.
   *
   * @return the attacker models, never empty
   */
  public Set<AttackerModel> attackers() {
    return attackers;
  }

  /**
   * How wide the interval of a primary suppressed cell must be, given the upper bound an intruder
   * can infer: the larger of the minimum width and the protection percentage of the upper bound.
   * Taking the upper bound instead of the true value lets anyone audit a published table without
   * knowing the hidden values, and is never weaker, since the true value is at most the upper bound.
   *
   * @param upperBound the largest value the cell can have given the published table
   * @return the required width
   */
  public double requiredProtectionWidth(double upperBound) {
    return Math.max(minimumProtectionWidth, protectionPercent / 100.0 * upperBound);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof DisclosurePolicy)) {
      return false;
    }
    DisclosurePolicy that = (DisclosurePolicy) other;
    return minimumCount == that.minimumCount
        && zeroIsSensitive == that.zeroIsSensitive
        && Objects.equals(dominanceRule, that.dominanceRule)
        && Double.compare(pPercent, that.pPercent) == 0
        && Double.compare(protectionPercent, that.protectionPercent) == 0
        && Double.compare(minimumProtectionWidth, that.minimumProtectionWidth) == 0
        && attackers.equals(that.attackers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        minimumCount,
        zeroIsSensitive,
        dominanceRule,
        pPercent,
        protectionPercent,
        minimumProtectionWidth,
        attackers);
  }

  /** Shows every threshold. */
  @Override
  public String toString() {
    return "DisclosurePolicy[minimumCount="
        + minimumCount
        + ", zeroIsSensitive="
        + zeroIsSensitive
        + ", dominance="
        + dominanceRule().map(DominanceRule::toString).orElse("off")
        + ", p%="
        + (Double.isNaN(pPercent) ? "off" : pPercent)
        + ", protection="
        + protectionPercent
        + "% (at least "
        + minimumProtectionWidth
        + "), attackers="
        + attackers
        + "]";
  }

  /**
   * The dominance rule: a cell is sensitive when its {@code n} largest contributions make up more
   * than {@code kPercent} percent of its value.
   *
   * @param n how many of the largest contributors form the coalition, at least 1
   * @param kPercent the share in percent, above 0 and below 100
   */
  public record DominanceRule(int n, double kPercent) {

    /**
     * Checks the parameters.
     *
     * @param n how many of the largest contributors, at least 1
     * @param kPercent the share in percent, above 0 and below 100
     */
    public DominanceRule {
      if (n < 1) {
        throw new PrivacyException("dominance rule n (" + n + ") must be at least 1");
      }
      if (!(kPercent > 0 && kPercent < 100)) {
        throw new PrivacyException(
            "dominance rule k (" + kPercent + ") must be a percentage above 0 and below 100");
      }
    }

    /** Shows the rule as {@code (n, k%)}. */
    @Override
    public String toString() {
      return "(" + n + ", " + kPercent + "%)";
    }
  }

  /** Builds a {@link DisclosurePolicy}, starting from the defaults; each value is checked when set. */
  public static final class Builder {
    private int minimumCount = 3;
    private boolean zeroIsSensitive;
    private DominanceRule dominanceRule = new DominanceRule(2, 85);
    private double pPercent = 10;
    private double protectionPercent = 10;
    private double minimumProtectionWidth = Double.NaN;
    private Set<AttackerModel> attackers = EnumSet.allOf(AttackerModel.class);

    private Builder() {}

    /**
     * Sets the intruders the audit checks against; the default is every {@link AttackerModel}.
     *
     * <pre>{@code
     * DisclosurePolicy.builder().attackers(AttackerModel.OUTSIDER).build(); // as τ-Argus audits
     * }</pre>
     *
     * @param models at least one attacker model
     * @return this builder
     * @throws PrivacyException if no model is given
     */
    public Builder attackers(AttackerModel... models) {
      if (models.length == 0) {
        throw new PrivacyException("a policy needs at least one attacker model to audit against");
      }
      EnumSet<AttackerModel> chosen = EnumSet.noneOf(AttackerModel.class);
      for (AttackerModel model : models) {
        chosen.add(Objects.requireNonNull(model, "attacker model"));
      }
      this.attackers = chosen;
      return this;
    }

    /**
     * Sets the threshold rule's k.
     *
     * @param k the smallest number of units a published cell may have, at least 1
     * @return this builder
     * @throws PrivacyException if k is below 1
     */
    public Builder minimumCount(int k) {
      if (k < 1) {
        throw new PrivacyException("minimum count (" + k + ") must be at least 1");
      }
      this.minimumCount = k;
      return this;
    }

    /**
     * Sets whether cells with no units are sensitive.
     *
     * @param sensitive true to suppress zero cells
     * @return this builder
     */
    public Builder zeroIsSensitive(boolean sensitive) {
      this.zeroIsSensitive = sensitive;
      return this;
    }

    /**
     * Sets the dominance rule.
     *
     * @param n how many of the largest contributors, at least 1
     * @param kPercent their share in percent, above 0 and below 100
     * @return this builder
     * @throws PrivacyException if n or k is out of range
     */
    public Builder dominanceRule(int n, double kPercent) {
      this.dominanceRule = new DominanceRule(n, kPercent);
      return this;
    }

    /**
     * Switches the dominance rule off.
     *
     * @return this builder
     */
    public Builder noDominanceRule() {
      this.dominanceRule = null;
      return this;
    }

    /**
     * Sets the p% rule.
     *
     * @param p the precision in percent, above 0 and at most 100
     * @return this builder
     * @throws PrivacyException if p is out of range
     */
    public Builder pPercentRule(double p) {
      if (!(p > 0 && p <= 100)) {
        throw new PrivacyException("p of the p% rule (" + p + ") must be above 0 and at most 100");
      }
      this.pPercent = p;
      return this;
    }

    /**
     * Switches the p% rule off.
     *
     * @return this builder
     */
    public Builder noPPercentRule() {
      this.pPercent = Double.NaN;
      return this;
    }

    /**
     * Sets the protection interval in percent of a suppressed cell's upper bound.
     *
     * @param percent between 0 and 100
     * @return this builder
     * @throws PrivacyException if the percentage is out of range
     */
    public Builder protectionPercent(double percent) {
      if (!(percent >= 0 && percent <= 100)) {
        throw new PrivacyException(
            "protection interval (" + percent + "%) must be between 0 and 100 percent");
      }
      this.protectionPercent = percent;
      return this;
    }

    /**
     * Sets the smallest width of the protection interval, in the table's unit (persons, kroner).
     *
     * @param width at least 0
     * @return this builder
     * @throws PrivacyException if the width is negative or not finite
     */
    public Builder minimumProtectionWidth(double width) {
      if (!(width >= 0 && Double.isFinite(width))) {
        throw new PrivacyException(
            "minimum protection width (" + width + ") must be a finite number of at least 0");
      }
      this.minimumProtectionWidth = width;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public DisclosurePolicy build() {
      return new DisclosurePolicy(this);
    }
  }
}
