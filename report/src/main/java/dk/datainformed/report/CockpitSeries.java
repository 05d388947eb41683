package dk.datainformed.report;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.spc.ProcessBehaviourChart;
import java.util.Objects;

/**
 * One unit shown under a KPI on the cockpit page: a label, the computed series (for the latest value
 * and suppressed cells) and its chart (for variation, assurance and the picture).
 *
 * <p>The latest value is read from the series, in the KPI's unit; the chart is drawn as given. A
 * chart built from {@link Series#toObservations()} of a ratio KPI is on the proportion scale (0.05
 * where the value reads 5 %), since p'-charts need proportions.
 *
 * @param label what the series is for, e.g. {@code "Hjemmeplejen Nord"}; not blank
 * @param series the computed series
 * @param chart the process behaviour chart of the series
 */
public record CockpitSeries(String label, Series series, ProcessBehaviourChart chart) {

  /**
   * Creates the series entry.
   *
   * @param label the label, not blank
   * @param series the series
   * @param chart its chart
   * @throws KpiException when the label is blank
   */
  public CockpitSeries {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(chart, "chart");
    if (label.isBlank()) {
      throw new KpiException(
          "the label of a series on the cockpit page (KPI '" + series.kpi() + "') must not be blank");
    }
  }
}
