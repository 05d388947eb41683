package dk.datainformed.store.internal;

import org.apiguardian.api.API;

/**
 * One value as a row of {@code fact_value}, without its runs. Equal rows (every component equal,
 * numbers exactly) are the same published value, so a run that publishes an equal row changes
 * nothing.
 *
 * @param kpi the KPI id
 * @param version the definition's version
 * @param series the series key's text
 * @param unit the unit, or null
 * @param period the period's key
 * @param status PUBLISHED, SUPPRESSED or MISSING
 * @param reason the missing reason, or null
 * @param value the value, or null
 * @param numerator the numerator, or null
 * @param denominator the denominator, or null
 * @param records the records, or null
 * @param persons the persons, or null
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public record ValueRow(
    String kpi,
    int version,
    String series,
    String unit,
    String period,
    String status,
    String reason,
    Double value,
    Double numerator,
    Double denominator,
    Long records,
    Long persons) {

  /**
   * The row's place: KPI, series and period.
   *
   * @return the key
   */
  public String key() {
    return kpi + '\u0000' + series + '\u0000' + period;
  }
}
