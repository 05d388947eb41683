package dk.datainformed.store;

import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.definition.KpiId;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * A value as the store keeps it: disclosed, with the runs that published it.
 *
 * @param kpi the KPI
 * @param version the definition's version that computed it
 * @param series the series key's text ({@link dk.datainformed.kpi.engine.SeriesKey#text()})
 * @param unit the organisation unit of the series, when the pipeline breaks down by its
 *     organisation
 * @param period the period
 * @param status published, suppressed or missing
 * @param reason why it is missing or suppressed
 * @param value the value, when published
 * @param numerator its numerator, when published and it has one
 * @param denominator its denominator, when published and it has one
 * @param records how many records are behind it; empty when suppressed
 * @param persons how many distinct persons are behind it, when counted and not suppressed
 * @param firstRun the first run that published it so
 * @param lastRun the run that replaced it; empty while it is current
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record StoredValue(
    KpiId kpi,
    int version,
    String series,
    Optional<String> unit,
    Period period,
    Status status,
    Optional<String> reason,
    OptionalDouble value,
    OptionalDouble numerator,
    OptionalDouble denominator,
    OptionalLong records,
    OptionalLong persons,
    long firstRun,
    OptionalLong lastRun) {

  /** What became of a value. */
  public enum Status {
    /** Published: the value may be shown. */
    PUBLISHED,
    /** Withheld by disclosure control: no value and no parts are kept. */
    SUPPRESSED,
    /** No value: no records, no values, or a zero denominator (the reason says which). */
    MISSING
  }
}
