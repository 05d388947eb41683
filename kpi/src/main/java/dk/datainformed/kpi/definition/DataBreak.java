package dk.datainformed.kpi.definition;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A date where a KPI's definition or source changed, so values before and after are not comparable
 * without care. SPC charts start a new baseline there.
 *
 * @param date the first day of the new definition or source
 * @param reason what changed, e.g. "Payroll system changed from KMD Opus Løn to SD Løn"
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DataBreak(LocalDate date, String reason) {

  /**
   * Creates the marker.
   *
   * @param date the first day under the change
   * @param reason what changed, not blank
   * @throws dk.datainformed.kpi.KpiException when either is missing
   */
  public DataBreak {
    Names.required(date, "The date of a data break");
    Names.text(reason, "The reason for the data break on " + date);
  }
}
