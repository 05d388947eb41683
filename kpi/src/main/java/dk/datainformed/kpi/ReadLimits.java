package dk.datainformed.kpi;

import org.apiguardian.api.API;

/**
 * How much the KPI module reads from one file before it refuses: the one place for the limits on KPI
 * definition files, usage descriptions and guard policies, and on an expression's written form.
 *
 * <p>The defaults hold every real file with a wide margin and keep a hostile or broken file from
 * costing seconds of parsing and gigabytes of memory (a YAML value of 8 MiB on one line takes the
 * YAML parser half a minute). A file over a limit is refused with a {@link KpiException} that names
 * the limit; raise it by passing your own limits:
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.builder().maxFileChars(16 * 1024 * 1024).build();
 * KpiCatalog catalog = KpiCatalog.load(Path.of("kpi"), limits);
 * }</pre>
 *
 * <p>The limits of an expression are fixed ({@link #MAX_EXPRESSION_CHARS}, {@link
 * #MAX_EXPRESSION_DEPTH}): a longer or deeper one is written as derived KPIs that refer to each
 * other.
 *
 * <p>Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReadLimits {
  /** The longest written form of an expression, in characters. */
  public static final int MAX_EXPRESSION_CHARS = 10_000;

  /**
   * The most levels of an expression tree: parentheses, negations and each operator of a chain
   * such as {@code a + b + c} count one each.
   */
  public static final int MAX_EXPRESSION_DEPTH = 256;

  /** The default of {@link #maxFileChars()}: 4 MiB. */
  public static final int DEFAULT_MAX_FILE_CHARS = 4 * 1024 * 1024;

  /** The default of {@link #maxLineChars()}: 64 KiB. */
  public static final int DEFAULT_MAX_LINE_CHARS = 64 * 1024;

  /** The default of {@link #maxValueChars()}: 64 KiB. */
  public static final int DEFAULT_MAX_VALUE_CHARS = 64 * 1024;

  /** The default of {@link #maxNestingDepth()}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  private static final ReadLimits DEFAULTS = builder().build();

  private final int maxFileChars;
  private final int maxLineChars;
  private final int maxValueChars;
  private final int maxNestingDepth;

  private ReadLimits(Builder b) {
    this.maxFileChars = b.maxFileChars;
    this.maxLineChars = b.maxLineChars;
    this.maxValueChars = b.maxValueChars;
    this.maxNestingDepth = b.maxNestingDepth;
  }

  /**
   * The default limits.
   *
   * @return the defaults
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Starts from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The most characters one file may hold.
   *
   * @return the limit
   */
  public int maxFileChars() {
    return maxFileChars;
  }

  /**
   * The most characters on one line of a YAML file (the YAML parser's time grows with the square of
   * a line's length; JSON files are not limited by line).
   *
   * @return the limit
   */
  public int maxLineChars() {
    return maxLineChars;
  }

  /**
   * The most characters in one value or field name.
   *
   * @return the limit
   */
  public int maxValueChars() {
    return maxValueChars;
  }

  /**
   * The most levels of mappings and lists inside each other.
   *
   * @return the limit
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  @Override
  public String toString() {
    return "ReadLimits[maxFileChars=" + maxFileChars + ", maxLineChars=" + maxLineChars
        + ", maxValueChars=" + maxValueChars + ", maxNestingDepth=" + maxNestingDepth + "]";
  }

  /** Builds {@link ReadLimits}, starting from the defaults. */
  public static final class Builder {
    private int maxFileChars = DEFAULT_MAX_FILE_CHARS;
    private int maxLineChars = DEFAULT_MAX_LINE_CHARS;
    private int maxValueChars = DEFAULT_MAX_VALUE_CHARS;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;

    private Builder() {}

    /**
     * Sets the most characters one file may hold.
     *
     * @param chars at least 1
     * @return this builder
     * @throws KpiException when not positive
     */
    public Builder maxFileChars(int chars) {
      this.maxFileChars = positive(chars, "maxFileChars");
      return this;
    }

    /**
     * Sets the most characters on one line of a YAML file.
     *
     * @param chars at least 1
     * @return this builder
     * @throws KpiException when not positive
     */
    public Builder maxLineChars(int chars) {
      this.maxLineChars = positive(chars, "maxLineChars");
      return this;
    }

    /**
     * Sets the most characters in one value or field name.
     *
     * @param chars at least 1
     * @return this builder
     * @throws KpiException when not positive
     */
    public Builder maxValueChars(int chars) {
      this.maxValueChars = positive(chars, "maxValueChars");
      return this;
    }

    /**
     * Sets the most levels of mappings and lists inside each other.
     *
     * @param levels at least 1
     * @return this builder
     * @throws KpiException when not positive
     */
    public Builder maxNestingDepth(int levels) {
      this.maxNestingDepth = positive(levels, "maxNestingDepth");
      return this;
    }

    /**
     * Builds the limits.
     *
     * @return the limits
     */
    public ReadLimits build() {
      return new ReadLimits(this);
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new KpiException("ReadLimits." + name + " (" + value + ") must be at least 1");
      }
      return value;
    }
  }
}
