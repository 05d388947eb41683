package dk.datainformed.pipeline;

import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.spc.ProcessBehaviourChart;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One KPI as a pipeline publishes it: its disclosed result and a process behaviour chart for each
 * series with enough values, drawn on the disclosed values.
 *
 * @param disclosed the result as it may be published
 * @param charts the chart of each series that has one, by series key
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PublishedKpi(DisclosedResult disclosed, Map<SeriesKey, ProcessBehaviourChart> charts) {

  /**
   * Creates the entry.
   *
   * @param disclosed the disclosed result
   * @param charts the charts, by series key
   */
  public PublishedKpi {
    if (disclosed == null || charts == null) {
      throw new PipelineException("A published KPI needs its disclosed result and charts (not null)");
    }
    charts = Map.copyOf(charts);
  }

  /**
   * The KPI's definition.
   *
   * @return the definition
   */
  public KpiDefinition definition() {
    return disclosed.result().definition();
  }

  /**
   * The chart of one series.
   *
   * @param key the series
   * @return its chart, when it has one
   */
  public Optional<ProcessBehaviourChart> chart(SeriesKey key) {
    return Optional.ofNullable(charts.get(key));
  }
}
