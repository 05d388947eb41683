package dk.datainformed.core.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apiguardian.api.API;

/**
 * The type of a {@link Field}: what its values are and how a {@link Record} stores them.
 *
 * <p>The JSON form of a type is its lower-case name ({@code "decimal"}, {@code "category"}), the
 * same word used in error messages. Integer, decimal, boolean, date and timestamp values are stored
 * as primitives, without an object per cell; the other types are stored as references.
 *
 * <table>
 *   <caption>Field types, their Java values and how a record stores them</caption>
 *   <tr><th>type</th><th>Java value</th><th>stored as</th></tr>
 *   <tr><td>{@link #TEXT}</td><td>{@code String}</td><td>reference</td></tr>
 *   <tr><td>{@link #INTEGER}</td><td>{@code long}</td><td>{@code long}</td></tr>
 *   <tr><td>{@link #DECIMAL}</td><td>{@code double}</td>
 *       <td>{@code long} (the double's bits)</td></tr>
 *   <tr><td>{@link #BOOLEAN}</td><td>{@code boolean}</td><td>{@code long} (0 or 1)</td></tr>
 *   <tr><td>{@link #DATE}</td><td>{@code LocalDate}</td><td>{@code long} (epoch day)</td></tr>
 *   <tr><td>{@link #TIMESTAMP}</td><td>{@code Instant}</td>
 *       <td>{@code long} (epoch microseconds)</td></tr>
 *   <tr><td>{@link #PERIOD}</td><td>{@code dk.datainformed.core.time.Period}</td>
 *       <td>reference</td></tr>
 *   <tr><td>{@link #IDENTIFIER}</td><td>{@code String}</td><td>reference</td></tr>
 *   <tr><td>{@link #CATEGORY}</td><td>{@code String}</td><td>reference</td></tr>
 *   <tr><td>{@link #CPR}</td><td>{@code dk.datainformed.core.id.Cpr}</td><td>reference</td></tr>
 *   <tr><td>{@link #PSEUDONYM}</td><td>{@code String}</td><td>reference</td></tr>
 * </table>
 *
 * <p>{@link #CPR} and {@link #PSEUDONYM} are the two states of a person identifier: a source
 * declares its CPR numbers as {@code cpr}, pseudonymisation at ingest turns them into {@code
 * pseudonym} fields of the same name, and the KPI engine counts persons only by a {@code pseudonym}
 * field.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum FieldType {
  /** Free text, such as a note or a name. Free text may hold personal data; treat it so. */
  @JsonProperty("text")
  TEXT("text", false, "a String"),

  /** A whole number (a count, an amount in øre, a number of days), as a {@code long}. */
  @JsonProperty("integer")
  INTEGER("integer", true, "a whole number (Long, Integer, Short or Byte)"),

  /**
   * A number with a fractional part, as a {@code double}.
   *
   * <p>A double is fast, needs no object per cell and carries 15 to 17 significant digits, which is
   * ample for KPI arithmetic (sums, means, rates and ratios over counts, hours and amounts). It is
   * not exact decimal arithmetic: {@code 0.1 + 0.2} is not exactly {@code 0.3}, and long sums may
   * differ from an exact sum in the last digits. KPI results are rounded for presentation, so this
   * does not show. When a source needs exact sums (reconciling accounts to the øre), store the
   * amount as an {@link #INTEGER} number of øre. Only finite values are accepted: NaN and the
   * infinities are rejected.
   */
  @JsonProperty("decimal")
  DECIMAL("decimal", true, "a number (Double, Float, Long, Integer, Short, Byte or BigDecimal)"),

  /** True or false. */
  @JsonProperty("boolean")
  BOOLEAN("boolean", true, "a Boolean"),

  /** A calendar date without a time of day, as a {@code java.time.LocalDate}. */
  @JsonProperty("date")
  DATE("date", true, "a LocalDate"),

  /**
   * An instant on the time line, as a {@code java.time.Instant}, kept to the microsecond.
   *
   * <p>Finer parts are dropped when the value is set: microseconds are what PostgreSQL, DuckDB and
   * Spark SQL keep, so the same data gives the same results in the in-process engine and in a data
   * warehouse. The supported range is about 290,000 years either side of 1970.
   */
  @JsonProperty("timestamp")
  TIMESTAMP("timestamp", true, "an Instant"),

  /**
   * A reporting period (a day, week, month, quarter, half-year or year), as a core {@code Period}.
   */
  @JsonProperty("period")
  PERIOD("period", false, "a Period"),

  /**
   * An identifier of a person, a company or a case, such as a CPR number or a pseudonym, as a
   * {@code String}. Identifier values are always shown masked in messages and {@code toString()}.
   */
  @JsonProperty("identifier")
  IDENTIFIER("identifier", false, "a String"),

  /**
   * A code from a closed or slowly changing set, such as an organisational unit or a KLE number.
   */
  @JsonProperty("category")
  CATEGORY("category", false, "a String"),

  /**
   * A CPR number (personnummer), a CPR office replacement number or an eCPR, as a core {@code Cpr}:
   * a value is accepted exactly when {@code Cpr.tryParse} accepts it, and a rejected value is
   * reported masked. Declare a source's person identifiers so, and pseudonymise them at ingest
   * (privacy's {@code RecordPseudonymiser} turns every {@code cpr} field into a {@link #PSEUDONYM}
   * field); the KPI engine refuses to count persons by a {@code cpr} field.
   */
  @JsonProperty("cpr")
  CPR("cpr", false, "a Cpr, or a String that Cpr.tryParse accepts"),

  /**
   * A pseudonym of a person, made at ingest by a pseudonymiser, as a {@code String}. A value in
   * which {@code CprDetector.find} finds a CPR number is rejected: a raw CPR number is not a
   * pseudonym. Shown masked, like identifiers: pseudonymised data are still personal data.
   */
  @JsonProperty("pseudonym")
  PSEUDONYM("pseudonym", false, "a String");

  private final String label;
  private final boolean primitive;
  private final String accepted;

  FieldType(String label, boolean primitive, String accepted) {
    this.label = label;
    this.primitive = primitive;
    this.accepted = accepted;
  }

  /** The lower-case name used in JSON and messages. */
  String label() {
    return label;
  }

  /** Whether values are stored in the record's {@code long[]} rather than as references. */
  boolean primitive() {
    return primitive;
  }

  /**
   * Whether values of this type are shown masked in messages and {@code toString()}: identifiers,
   * CPR numbers and pseudonyms are; other values are shown with anything CPR-like masked.
   *
   * @return true for {@link #IDENTIFIER}, {@link #CPR} and {@link #PSEUDONYM}
   */
  public boolean shownMasked() {
    return this == IDENTIFIER || this == CPR || this == PSEUDONYM;
  }

  /** The Java values that {@code RecordBuilder.set(int, Object)} accepts, as a phrase. */
  String accepted() {
    return accepted;
  }
}
