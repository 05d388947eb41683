package dk.datainformed.kpi.engine;

import dk.datainformed.core.record.Record;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.definition.SimpleKpi;
import dk.datainformed.kpi.definition.SourceDataset;
import dk.datainformed.kpi.engine.internal.Evaluator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Computes KPI definitions over records: grouped by the KPI's dimensions and by period at its grain
 * or coarser, rolled up along the organisation as it stood on each record's date, with every value
 * keeping its parts and every missing value its reason.
 *
 * <p>Memory grows with the number of groups (unit × period × dimension values), not with the
 * number of records, except for medians, percentiles and distinct counts, which keep what they
 * need per group. Results do not depend on the order of the records.
 *
 * <pre>{@code
 * KpiEngine engine = KpiEngine.withCatalog(StarterCatalog.load());
 * KpiResult result = engine.compute(
 *     KpiRequest.of(absencePercent).grain(Grain.QUARTER).by("organisation_unit").build(),
 *     payrollRecords);
 * for (Series s : result.series()) {
 *   ProcessBehaviourChart.pPrime(s.toObservations()).build();
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class KpiEngine {
  private final Optional<KpiCatalog> catalog;

  private KpiEngine(Optional<KpiCatalog> catalog) {
    this.catalog = catalog;
  }

  /**
   * An engine for simple and ratio KPIs, which need no other definitions.
   *
   * @return the engine
   */
  public static KpiEngine create() {
    return new KpiEngine(Optional.empty());
  }

  /**
   * An engine that resolves derived and cumulative KPIs' operands in a catalog.
   *
   * @param catalog the catalog
   * @return the engine
   */
  public static KpiEngine withCatalog(KpiCatalog catalog) {
    if (catalog == null) {
      throw new KpiException("The catalog of a KPI engine must not be null: use KpiEngine.create()");
    }
    return new KpiEngine(Optional.of(catalog));
  }

  /**
   * Computes a KPI whose every source reads the same records.
   *
   * @param request what to compute
   * @param records the records, of the source's schema; read once per source KPI involved
   * @return the result
   * @throws KpiException when a record does not fit the source, or an operand cannot be resolved
   */
  public KpiResult compute(KpiRequest request, Iterable<Record> records) {
    if (request == null || records == null) {
      throw new KpiException("compute needs a request and records (not null)");
    }
    return new Evaluator(catalog, source -> records).compute(request);
  }

  /**
   * Computes a KPI whose sources are given by name, e.g. for a derived KPI over two sources.
   *
   * @param request what to compute
   * @param recordsBySource the records of each source dataset, by its {@linkplain
   *     SourceDataset#name() name}
   * @return the result
   * @throws KpiException when a source is not given, a record does not fit its source, or an
   *     operand cannot be resolved
   */
  public KpiResult compute(
      KpiRequest request, Map<String, ? extends Iterable<Record>> recordsBySource) {
    if (request == null || recordsBySource == null) {
      throw new KpiException("compute needs a request and records by source (not null)");
    }
    return new Evaluator(
            catalog,
            source -> {
              Iterable<Record> records = recordsBySource.get(source.name());
              if (records == null) {
                throw new KpiException(
                    "KPI '" + request.kpi().id() + "' needs the records of source '" + source.name()
                        + "', but only " + new TreeSet<>(recordsBySource.keySet())
                        + " were given");
              }
              return records;
            })
        .compute(request);
  }

  /**
   * An accumulator that records are pushed into one at a time, e.g. from a connector, for a simple
   * or ratio KPI.
   *
   * @param request what to compute; its KPI must be simple or ratio
   * @return the accumulator
   * @throws KpiException when the KPI is derived or cumulative
   */
  public KpiAccumulator accumulator(KpiRequest request) {
    KpiDefinition kpi = request.kpi();
    if (!(kpi instanceof SimpleKpi) && !(kpi instanceof RatioKpi)) {
      throw new KpiException(
          "KPI '" + kpi.id() + "' is computed from other KPIs: use compute(request, recordsBySource)");
    }
    return new KpiAccumulator(request);
  }
}
