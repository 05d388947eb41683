package dk.datainformed.kpi.guard;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.ReadLimits;
import dk.datainformed.kpi.guard.internal.PolicyCodec;
import dk.datainformed.kpi.internal.Bounded;
import dk.datainformed.kpi.internal.Excerpt;
import dk.datainformed.kpi.internal.Given;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The municipality's thresholds for the guards, each with where it came from. There is no single
 * right number: every default below is a documented starting point, and a policy file replaces any
 * of them.
 *
 * <pre>{@code
 * GuardPolicy policy = GuardPolicy.load(Path.of("guards/policy.yaml"));
 * policy.value(GuardPolicy.MINIMUM_GROUP_SIZE);   // PolicyValue[key=minimumGroupSize, value=5, ...]
 * }</pre>
 *
 * <p>The file form:
 *
 * <pre>
 * name: Eksempelby Kommunes retningslinjer for data og ledelse (direktionen, 2026-09-01)
 * thresholds:
 *   maximumTargetsPerAudience: 4
 *   minimumCoverage: 0.9
 * custom:
 *   - {key: eksempelby.maximumCockpits, value: 6, source: Digitaliseringsstrategien 2026}
 * </pre>
 *
 * <p>Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GuardPolicy {
  /** Most KPIs with targets that one audience, or one cockpit, should read. */
  public static final String MAXIMUM_TARGETS_PER_AUDIENCE = "maximumTargetsPerAudience";
  /** Largest share of an audience's KPIs that carry targets (the rest are for learning only). */
  public static final String MAXIMUM_TARGET_SHARE = "maximumTargetShare";
  /** Fewest persons behind a value shown. */
  public static final String MINIMUM_GROUP_SIZE = "minimumGroupSize";
  /** Least coverage (0 to 1) of the KPIs a decision rests on, without other sources. */
  public static final String MINIMUM_COVERAGE = "minimumCoverage";
  /** Fewest points before a chart's limits are more than trial limits. */
  public static final String MINIMUM_POINTS = "minimumPoints";
  /** Width of each bunching bin as a fraction of the target's absolute value. */
  public static final String BUNCHING_WINDOW_FRACTION = "bunchingWindowFraction";
  /** One-sided significance level of the bunching test. */
  public static final String BUNCHING_SIGNIFICANCE = "bunchingSignificance";
  /** Fewest values in the two bins together before the bunching test is run. */
  public static final String BUNCHING_MINIMUM_COUNT = "bunchingMinimumCount";
  /** Fewest rises of the target before the ratchet test is run. */
  public static final String RATCHET_MINIMUM_ROUNDS = "ratchetMinimumRounds";
  /** How close past the target (fraction of the target) counts as "just past". */
  public static final String RATCHET_MARGIN = "ratchetMargin";
  /** Share of rounds that must land just past the target to call it a ratchet. */
  public static final String RATCHET_MINIMUM_SHARE = "ratchetMinimumShare";
  /** Days beyond the refresh cadence before a value shown as current counts as stale. */
  public static final String STALE_GRACE_DAYS = "staleGraceDays";

  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,99}");
  private static final Set<String> FRACTIONS =
      Set.of(
          MAXIMUM_TARGET_SHARE,
          MINIMUM_COVERAGE,
          BUNCHING_WINDOW_FRACTION,
          RATCHET_MARGIN,
          RATCHET_MINIMUM_SHARE,
          BUNCHING_SIGNIFICANCE);
  private static final Set<String> COUNTS =
      Set.of(
          MAXIMUM_TARGETS_PER_AUDIENCE,
          MINIMUM_GROUP_SIZE,
          MINIMUM_POINTS,
          BUNCHING_MINIMUM_COUNT,
          RATCHET_MINIMUM_ROUNDS,
          STALE_GRACE_DAYS);

  private static final String OWN = " Each municipality sets its own.";
  private static final Map<String, PolicyValue> DEFAULTS = defaultValues();

  private final String name;
  private final Map<String, PolicyValue> values;

  private GuardPolicy(String name, Map<String, PolicyValue> values) {
    this.name = name;
    this.values = Map.copyOf(values);
  }

  private static Map<String, PolicyValue> defaultValues() {
    Map<String, PolicyValue> d = new LinkedHashMap<>();
    put(d, MAXIMUM_TARGETS_PER_AUDIENCE, 5,
        "default: a starting point after KL/Væksthus for Ledelse, 'Fra data til dialog' (2021):"
            + " not everything with easy data should be measured and counted." + OWN);
    put(d, MAXIMUM_TARGET_SHARE, 0.5,
        "default: at least half of what an audience reads is for learning only; Bevan & Hood"
            + " (2006), 'What's measured is what matters'." + OWN);
    put(d, MINIMUM_GROUP_SIZE, 5,
        "default: in line with the Danish Health Data Authority's practice of hiding counts below"
            + " 5 (Statistics Denmark asks for at least 3); check it against your disclosure rules."
            + OWN);
    put(d, MINIMUM_COVERAGE, 0.8,
        "default: a decision on KPIs that see less than 80 % of the whole risks taking the part"
            + " for the whole (synecdoche, Bevan & Hood 2006)." + OWN);
    put(d, MINIMUM_POINTS, 12,
        "default: the SPC module's minimum baseline (ProcessBehaviourChart.MINIMUM_BASELINE);"
            + " limits from fewer points are trial limits." + OWN);
    put(d, BUNCHING_WINDOW_FRACTION, 0.05,
        "default: bins of 5 % of the target on each side of it for the one-sided binomial"
            + " bunching test (docs/guards/README.md)." + OWN);
    put(d, BUNCHING_SIGNIFICANCE, 0.01,
        "default: 1 % one-sided, strict because many KPIs are tested at once." + OWN);
    put(d, BUNCHING_MINIMUM_COUNT, 20,
        "default: with fewer than 20 values near the target the binomial test has little power."
            + OWN);
    put(d, RATCHET_MINIMUM_ROUNDS, 4,
        "default: at least 4 periods under a rising target; ratchet effect after Bevan & Hood"
            + " (2006)." + OWN);
    put(d, RATCHET_MARGIN, 0.02,
        "default: 'just past' is within 2 % of the target." + OWN);
    put(d, RATCHET_MINIMUM_SHARE, 0.75,
        "default: three in four periods just past a rising target." + OWN);
    put(d, STALE_GRACE_DAYS, 15,
        "default: half a month beyond the refresh cadence for the source systems to close a"
            + " period." + OWN);
    return Map.copyOf(d);
  }

  private static void put(Map<String, PolicyValue> map, String key, double value, String source) {
    map.put(key, new PolicyValue(key, value, source));
  }

  /**
   * The defaults, each with its documented source.
   *
   * @return the default policy
   */
  public static GuardPolicy defaults() {
    return new GuardPolicy("datainformed defaults", DEFAULTS);
  }

  /**
   * The names of the built-in thresholds.
   *
   * @return the keys, sorted
   */
  public static List<String> builtInKeys() {
    return DEFAULTS.keySet().stream().sorted().toList();
  }

  /**
   * Starts a policy from the defaults.
   *
   * @param name the policy's name, e.g. who adopted it and when
   * @return the builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * Reads a policy file (YAML).
   *
   * @param sourceName the file name shown in messages
   * @param text the YAML text
   * @return the policy: the defaults with the file's values in their place
   * @throws KpiException with file, line and what to fix when the text is not valid, names an
   *     unknown threshold or gives one out of range
   */
  public static GuardPolicy read(String sourceName, String text) {
    return read(sourceName, text, ReadLimits.defaults());
  }

  /**
   * Reads a policy file (YAML) with other limits on its size than the defaults.
   *
   * @param sourceName the file name shown in messages
   * @param text the YAML text
   * @param limits how much the text may hold
   * @return the policy: the defaults with the file's values in their place
   * @throws KpiException with file, line and what to fix when the text is not valid, over the
   *     limits, names an unknown threshold or gives one out of range
   */
  public static GuardPolicy read(String sourceName, String text, ReadLimits limits) {
    Given.required(sourceName, "The name of the policy file");
    Given.required(text, "The text of policy file '" + Excerpt.of(sourceName) + "'");
    Given.required(limits, "The read limits");
    return PolicyCodec.read(sourceName, text, limits);
  }

  /**
   * Reads a UTF-8 policy file (YAML).
   *
   * @param file the file
   * @return the policy
   * @throws KpiException when the file cannot be read, is over {@link ReadLimits#defaults()} or is
   *     not valid
   */
  public static GuardPolicy load(Path file) {
    return load(file, ReadLimits.defaults());
  }

  /**
   * Reads a UTF-8 policy file (YAML) with other limits on its size than the defaults.
   *
   * @param file the file
   * @param limits how much the file may hold
   * @return the policy
   * @throws KpiException when the file cannot be read, is over the limits or is not valid
   */
  public static GuardPolicy load(Path file, ReadLimits limits) {
    Given.required(file, "The policy file");
    Given.required(limits, "The read limits");
    return read(String.valueOf(file.getFileName()), Bounded.read(file, limits), limits);
  }

  /**
   * The policy's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * A threshold, with its source.
   *
   * @param key a built-in key (the constants of this class) or a custom key of the policy file
   * @return the value
   * @throws KpiException when the policy has no such threshold
   */
  public PolicyValue value(String key) {
    PolicyValue v = values.get(key);
    if (v == null) {
      throw new KpiException(
          "the guard policy '" + name + "' has no threshold '" + CprDetector.mask(key) + "': add it under 'custom'"
              + " in the policy file, or use one of " + values.keySet().stream().sorted().toList());
    }
    return v;
  }

  /**
   * Every threshold, by key.
   *
   * @return the values, sorted by key
   */
  public List<PolicyValue> values() {
    return values.values().stream().sorted(java.util.Comparator.comparing(PolicyValue::key)).toList();
  }

  @Override
  public String toString() {
    return "GuardPolicy[" + name + ", " + values.size() + " thresholds]";
  }

  /** Builds a {@link GuardPolicy} from the defaults. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private final Map<String, PolicyValue> values = new LinkedHashMap<>(DEFAULTS);

    private Builder(String name) {
      Given.required(name, "The name of a guard policy");
      if (name.isBlank()) {
        throw new KpiException("a guard policy needs a name, e.g. who adopted it and when");
      }
      this.name = name;
    }

    /**
     * Sets a built-in threshold.
     *
     * @param key a built-in key
     * @param value the value
     * @param source where it came from
     * @return this builder
     * @throws KpiException when the key is unknown or the value out of range
     */
    public Builder set(String key, double value, String source) {
      if (!DEFAULTS.containsKey(key)) {
        throw new KpiException(
            "unknown threshold '" + CprDetector.mask(key) + "'"
                + dk.datainformed.core.text.Suggestions.didYouMean(key, DEFAULTS.keySet())
                    .map(s -> " (did you mean '" + s + "'?)")
                    .orElse("")
                + "; built-in thresholds are " + builtInKeys()
                + "; a municipality's own go under 'custom'");
      }
      check(key, value);
      values.put(key, new PolicyValue(key, value, source));
      return this;
    }

    /**
     * Adds a threshold of the municipality's own guards.
     *
     * @param key a key not used by the built-in guards, e.g. {@code eksempelby.maximumCockpits}
     * @param value the value, not negative
     * @param source where it came from
     * @return this builder
     * @throws KpiException when the key is a built-in one, given twice or malformed, or the value
     *     negative
     */
    public Builder custom(String key, double value, String source) {
      Given.required(key, "The key of a custom threshold");
      if (!KEY.matcher(key).matches()) {
        throw new KpiException(
            "custom threshold key '" + CprDetector.mask(key) + "' is not valid: start with a letter, then letters,"
                + " digits, '.', '_' or '-' (at most 100 characters)");
      }
      if (DEFAULTS.containsKey(key)) {
        throw new KpiException(
            "'" + Excerpt.of(key) + "' is a built-in threshold: set it under 'thresholds', not 'custom'");
      }
      if (values.containsKey(key)) {
        throw new KpiException("custom threshold '" + Excerpt.of(key) + "' is given twice: give it once");
      }
      check(key, value);
      values.put(key, new PolicyValue(key, value, source));
      return this;
    }

    private static void check(String key, double value) {
      if (!Double.isFinite(value) || value < 0) {
        throw new KpiException(
            "threshold '" + Excerpt.of(key) + "' (" + Excerpt.of(String.valueOf(value)) + ") must not be negative: give 0 or more");
      }
      if (FRACTIONS.contains(key) && value > 1) {
        throw new KpiException(
            "threshold '" + Excerpt.of(key) + "' (" + Excerpt.of(String.valueOf(value)) + ") is a fraction: give a number from 0 to 1,"
                + " e.g. 0.8 for 80 %");
      }
      if (key.equals(BUNCHING_SIGNIFICANCE) && (value == 0 || value >= 0.5)) {
        throw new KpiException(
            "threshold '" + Excerpt.of(key) + "' (" + Excerpt.of(String.valueOf(value)) + ") must be above 0 and below 0.5, e.g. 0.01");
      }
      if (COUNTS.contains(key) && value != Math.rint(value)) {
        throw new KpiException(
            "threshold '" + Excerpt.of(key) + "' (" + Excerpt.of(String.valueOf(value)) + ") is a count: give a whole number");
      }
      if (key.equals(MINIMUM_POINTS) && value < 2) {
        throw new KpiException(
            "threshold '" + Excerpt.of(key) + "' (" + Excerpt.of(String.valueOf(value)) + ") must be at least 2: a chart needs two points");
      }
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public GuardPolicy build() {
      return new GuardPolicy(name, values);
    }
  }
}
