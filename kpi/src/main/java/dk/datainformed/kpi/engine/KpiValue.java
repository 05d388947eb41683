package dk.datainformed.kpi.engine;

import dk.datainformed.kpi.KpiException;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * One computed value of a KPI for one group and period, or the explicit absence of one with its
 * reason; always with its {@link ValueParts parts}.
 *
 * <pre>{@code
 * KpiValue v = series.at(Period.month(2024, 3)).orElseThrow();
 * if (v.isPresent()) {
 *   double percent = v.value().getAsDouble();
 *   long persons = v.parts().persons().orElse(0);
 * } else {
 *   MissingReason why = v.missingReason().orElseThrow();
 * }
 * }</pre>
 *
 * @param value the value, when there is one: finite
 * @param missingReason why there is none, exactly when {@code value} is empty
 * @param parts what the value is made of
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record KpiValue(OptionalDouble value, Optional<MissingReason> missingReason, ValueParts parts) {

  /**
   * Creates the value.
   *
   * @param value the value, if any
   * @param missingReason the reason, exactly when there is no value
   * @param parts the parts
   * @throws KpiException when both or neither of value and reason are given, or the value is not
   *     finite
   */
  public KpiValue {
    if (value == null || missingReason == null || parts == null) {
      throw new KpiException("A KPI value needs a value or a reason, and its parts (not null)");
    }
    if (value.isPresent() == missingReason.isPresent()) {
      throw new KpiException(
          "A KPI value has either a value or a reason why it has none, not "
              + (value.isPresent() ? "both" : "neither"));
    }
    if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
      throw new KpiException(
          "A KPI value must be finite, not " + value.getAsDouble()
              + ": state a missing value with its reason instead");
    }
  }

  /**
   * A value.
   *
   * @param value a finite number
   * @param parts its parts
   * @return the value
   */
  public static KpiValue of(double value, ValueParts parts) {
    return new KpiValue(OptionalDouble.of(value), Optional.empty(), parts);
  }

  /**
   * No value, for a reason.
   *
   * @param reason why
   * @param parts the parts there are
   * @return the missing value
   */
  public static KpiValue missing(MissingReason reason, ValueParts parts) {
    return new KpiValue(OptionalDouble.empty(), Optional.of(reason), parts);
  }

  /**
   * Whether there is a value.
   *
   * @return true when {@link #value()} is present
   */
  public boolean isPresent() {
    return value.isPresent();
  }

  /**
   * This value withheld by disclosure control: no value, reason {@link MissingReason#SUPPRESSED},
   * and no numerator, denominator or person count that would give it away. The number of records
   * becomes 0: read it as unknown when the reason is {@code SUPPRESSED}; writers leave it out.
   *
   * @return the suppressed value
   */
  public KpiValue suppressed() {
    ValueParts hidden =
        new ValueParts(
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            0,
            java.util.OptionalLong.empty(),
            parts.periods());
    return missing(MissingReason.SUPPRESSED, hidden);
  }
}
