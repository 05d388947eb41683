package dk.datainformed.report;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.spc.ProcessBehaviourChart;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One unit shown under a KPI on the cockpit page: a label, the disclosed series (for the latest value
 * and suppressed cells) and its chart (for variation, assurance and the picture). Only {@link
 * CockpitEntry.Builder#series} makes one, from a {@link dk.datainformed.pipeline.DisclosedResult},
 * so a page shows no value that disclosure control has not passed.
 *
 * <p>The latest value is read from the series, in the KPI's unit; the chart is drawn as given. A
 * chart built from {@link Series#toObservations()} of a ratio KPI is on the proportion scale (0.05
 * where the value reads 5 %), since p'-charts need proportions.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CockpitSeries {
  private final String label;
  private final Series series;
  private final ProcessBehaviourChart chart;

  CockpitSeries(String label, Series series, ProcessBehaviourChart chart) {
    Objects.requireNonNull(label, "label");
    this.series = Objects.requireNonNull(series, "series");
    this.chart = Objects.requireNonNull(chart, "chart");
    if (label.isBlank()) {
      throw new KpiException(
          "the label of a series on the cockpit page (KPI '" + series.kpi() + "') must not be blank");
    }
    this.label = label;
  }

  /**
   * What the series is for.
   *
   * @return the label, e.g. {@code "Hjemmeplejen Nord"}; not blank
   */
  public String label() {
    return label;
  }

  /**
   * The series as disclosed.
   *
   * @return the series, withheld values suppressed
   */
  public Series series() {
    return series;
  }

  /**
   * The process behaviour chart of the series.
   *
   * @return the chart
   */
  public ProcessBehaviourChart chart() {
    return chart;
  }

  /** Shows the label and the series' key, no values. */
  @Override
  public String toString() {
    return "CockpitSeries[" + label + ", " + series.key().text() + "]";
  }
}
