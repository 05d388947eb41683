package dk.datainformed.kpi.engine;

import dk.datainformed.core.record.Record;
import dk.datainformed.kpi.engine.internal.Evaluator;
import dk.datainformed.kpi.engine.internal.SourceAggregator;
import dk.datainformed.kpi.engine.internal.Table;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Accumulates a simple or ratio KPI from records pushed one at a time; made by {@link
 * KpiEngine#accumulator}. Not thread-safe: feed it from one thread.
 *
 * <pre>{@code
 * KpiAccumulator acc = engine.accumulator(request);
 * connector.read(acc::accept);
 * KpiResult result = acc.result();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class KpiAccumulator {
  private final KpiRequest request;
  private final SourceAggregator aggregator;

  KpiAccumulator(KpiRequest request) {
    this.request = request;
    this.aggregator = new SourceAggregator(request);
  }

  /**
   * Counts one record.
   *
   * @param record a record of the KPI source's schema
   * @throws dk.datainformed.kpi.KpiException when the record does not fit the source
   */
  public void accept(Record record) {
    aggregator.accept(record);
  }

  /**
   * Counts records.
   *
   * @param records records of the KPI source's schema
   */
  public void acceptAll(Iterable<Record> records) {
    for (Record r : records) {
      aggregator.accept(r);
    }
  }

  /**
   * The result for the records counted so far; more records may be counted after.
   *
   * @return the result
   */
  public KpiResult result() {
    Table t = aggregator.finish(request.grain(), Optional.empty());
    return Evaluator.layOut(request, t, t.read(), t.unplaced());
  }
}
