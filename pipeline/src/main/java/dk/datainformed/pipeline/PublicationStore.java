package dk.datainformed.pipeline;

import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.spc.FrozenBaseline;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Where a pipeline keeps what it published from run to run: the baselines its charts were fixed on,
 * and every run's publication. The {@code datainformed-store} module implements it over DuckDB or
 * PostgreSQL; {@link Pipeline#run(java.nio.file.Path, PublicationStore)} uses it.
 *
 * <pre>{@code
 * try (ResultStore store = ResultStore.duckdb(Path.of("cockpit.duckdb"))) {
 *   Pipeline.of(definition).run(Path.of("target/cockpit"), store);
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface PublicationStore {

  /**
   * The baselines an earlier run fixed for one series' chart; the chart takes those segments'
   * limits from them ({@link dk.datainformed.spc.ProcessBehaviourChart.Builder#frozenBaseline}).
   *
   * @param kpi the KPI
   * @param series the series
   * @return the frozen baselines, possibly none
   */
  List<FrozenBaseline> baselines(KpiDefinition kpi, SeriesKey series);

  /**
   * Keeps a run's publication, its sources' checkpoints and the baselines its charts fixed, all
   * or nothing. Called after every output is written and scanned, before the output folder is
   * committed: when it fails, the folder is left as it was.
   *
   * @param publication what the run publishes, disclosed
   * @throws RuntimeException the store's own exception when it cannot keep it; nothing is kept
   */
  void record(Publication publication);
}
