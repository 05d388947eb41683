package dk.datainformed.core.time;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Which days, besides the public holidays, count as days off when working days are counted.
 *
 * <p>Public holidays (helligdage) are always days off. On top of them a policy says whether
 * Saturdays and Sundays are days off and which {@link ExtraDayOff extra days} (Grundlovsdag, 1 May,
 * Christmas Eve, New Year's Eve) are, since that depends on the collective agreement. The {@link
 * #standard()} policy is weekends and public holidays only.
 *
 * <pre>{@code
 * DaysOffPolicy office = DaysOffPolicy.builder()
 *     .extraDaysOff(ExtraDayOff.GRUNDLOVSDAG, ExtraDayOff.JULEAFTENSDAG, ExtraDayOff.NYTAARSAFTENSDAG)
 *     .build();
 * DaysOffPolicy roundTheClock = DaysOffPolicy.builder().weekendsOff(false).build();
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class DaysOffPolicy {
  private static final DaysOffPolicy STANDARD = builder().build();

  private final boolean weekendsOff;
  private final Set<ExtraDayOff> extraDaysOff;

  private DaysOffPolicy(Builder builder) {
    this.weekendsOff = builder.weekendsOff;
    this.extraDaysOff = Collections.unmodifiableSet(EnumSet.copyOf(builder.extraDaysOff));
  }

  /**
   * The default policy: Saturdays, Sundays and public holidays are days off; no extra days.
   *
   * @return the standard policy
   */
  public static DaysOffPolicy standard() {
    return STANDARD;
  }

  /**
   * A builder that starts from the {@link #standard()} policy.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this policy, to derive a changed copy.
   *
   * @return a new builder holding this policy's settings
   */
  public Builder toBuilder() {
    return new Builder().weekendsOff(weekendsOff).extraDaysOff(extraDaysOff);
  }

  /**
   * Whether Saturdays and Sundays are days off.
   *
   * @return true if weekends are days off
   */
  public boolean weekendsOff() {
    return weekendsOff;
  }

  /**
   * The extra days that count as days off.
   *
   * @return an unmodifiable set, possibly empty
   */
  public Set<ExtraDayOff> extraDaysOff() {
    return extraDaysOff;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DaysOffPolicy that
        && weekendsOff == that.weekendsOff
        && extraDaysOff.equals(that.extraDaysOff);
  }

  @Override
  public int hashCode() {
    return Objects.hash(weekendsOff, extraDaysOff);
  }

  @Override
  public String toString() {
    return "DaysOffPolicy[weekendsOff=" + weekendsOff + ", extraDaysOff=" + extraDaysOff + "]";
  }

  /** Builds a {@link DaysOffPolicy}; starts as the standard policy. Not thread-safe. */
  public static final class Builder {
    private boolean weekendsOff = true;
    private final Set<ExtraDayOff> extraDaysOff = EnumSet.noneOf(ExtraDayOff.class);

    private Builder() {}

    /**
     * Sets whether Saturdays and Sundays are days off (default true).
     *
     * @param off true if weekends are days off
     * @return this builder
     */
    public Builder weekendsOff(boolean off) {
      this.weekendsOff = off;
      return this;
    }

    /**
     * Sets which extra days are days off, replacing any set before (default none).
     *
     * @param days the extra days off
     * @return this builder
     */
    public Builder extraDaysOff(ExtraDayOff... days) {
      return extraDaysOff(Arrays.asList(days));
    }

    /**
     * Sets which extra days are days off, replacing any set before (default none).
     *
     * @param days the extra days off
     * @return this builder
     */
    public Builder extraDaysOff(Collection<ExtraDayOff> days) {
      Objects.requireNonNull(days, "days");
      days.forEach(day -> Objects.requireNonNull(day, "extra day off"));
      extraDaysOff.clear();
      extraDaysOff.addAll(days);
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the immutable policy
     */
    public DaysOffPolicy build() {
      return new DaysOffPolicy(this);
    }
  }
}
