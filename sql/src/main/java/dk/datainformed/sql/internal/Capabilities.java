package dk.datainformed.sql.internal;

import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Schema;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.definition.CumulativeKpi;
import dk.datainformed.kpi.definition.DerivedKpi;
import dk.datainformed.kpi.definition.Filter;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.KpiReference;
import dk.datainformed.kpi.definition.Measure;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.definition.SimpleKpi;
import dk.datainformed.kpi.definition.SourceDataset;
import dk.datainformed.kpi.engine.KpiRequest;
import dk.datainformed.kpi.engine.internal.SourceTable;
import dk.datainformed.sql.Dialect;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a definition needs of an engine, checked before any query runs: a definition the engine
 * cannot run fails with a message that names the KPI, the engine and the construct, instead of a
 * driver's error halfway through, or a different answer.
 */
public final class Capabilities {
  private Capabilities() {}

  /**
   * Checks a request's KPI and, through the catalog, every KPI it is computed from.
   *
   * @param request the request
   * @param catalog the catalog that resolves operands, if any
   * @param dialect the engine's dialect
   * @throws KpiException naming the first KPI, construct and engine that do not fit
   */
  public static void check(KpiRequest request, Optional<KpiCatalog> catalog, Dialect dialect) {
    check(request.kpi(), request, catalog, dialect, new HashSet<>());
  }

  private static void check(KpiDefinition kpi, KpiRequest request, Optional<KpiCatalog> catalog, Dialect dialect,
      Set<String> seen) {
    if (!seen.add(kpi.id().toString())) {
      return;
    }
    if (kpi instanceof DerivedKpi) {
      for (KpiReference ref : ((DerivedKpi) kpi).references()) {
        resolve(catalog, ref).ifPresent(k -> check(k, request, catalog, dialect, seen));
      }
      return;
    }
    if (kpi instanceof CumulativeKpi) {
      resolve(catalog, ((CumulativeKpi) kpi).of()).ifPresent(k -> check(k, request, catalog, dialect, seen));
      return;
    }
    SourceDataset source = source(kpi);
    Schema schema = source.schema();
    FieldType time = type(schema, source.timeField());
    if (time != FieldType.DATE && time != FieldType.PERIOD) {
      throw refused(kpi, dialect, "its time field '" + source.timeField() + "' is of type " + name(time)
          + "; the SQL engines read a time field of type date or period (give the day as a date"
          + " column, or a view of one)");
    }
    for (String d : request.dimensions()) {
      if (schema.findIndex(d).isPresent() && type(schema, d) == FieldType.TIMESTAMP) {
        throw refused(kpi, dialect, "it is broken down by the timestamp field '" + d + "'");
      }
    }
    filter(kpi).ifPresent(f -> checkFilter(kpi, f, schema, dialect));
    for (Measure m : SourceTable.measures(kpi)) {
      m.filter().ifPresent(f -> checkFilter(kpi, f, schema, dialect));
    }
  }

  private static void checkFilter(KpiDefinition kpi, Filter filter, Schema schema, Dialect dialect) {
    if (filter instanceof Filter.All) {
      ((Filter.All) filter).filters().forEach(f -> checkFilter(kpi, f, schema, dialect));
    } else if (filter instanceof Filter.Any) {
      ((Filter.Any) filter).filters().forEach(f -> checkFilter(kpi, f, schema, dialect));
    } else if (filter instanceof Filter.Not) {
      checkFilter(kpi, ((Filter.Not) filter).filter(), schema, dialect);
    } else if (!(filter instanceof Filter.Missing)) {
      String field = filter instanceof Filter.In ? ((Filter.In) filter).field() : ((Filter.Compare) filter).field();
      FieldType type = type(schema, field);
      if (type == FieldType.TIMESTAMP) {
        throw refused(kpi, dialect, "it filters on the timestamp field '" + field + "'");
      }
      boolean ordered = filter instanceof Filter.Compare
          && ((Filter.Compare) filter).comparison() != Filter.Comparison.EQUAL
          && ((Filter.Compare) filter).comparison() != Filter.Comparison.NOT_EQUAL;
      if (type == FieldType.PERIOD && ordered) {
        throw refused(kpi, dialect, "it compares the period field '" + field + "' in order; a period is"
            + " kept as text there, whose order is not the periods' order (use equals or in)");
      }
    }
  }

  static SourceDataset source(KpiDefinition kpi) {
    return kpi instanceof SimpleKpi ? ((SimpleKpi) kpi).source() : ((RatioKpi) kpi).source();
  }

  static Optional<Filter> filter(KpiDefinition kpi) {
    return kpi instanceof SimpleKpi ? ((SimpleKpi) kpi).filter() : ((RatioKpi) kpi).filter();
  }

  private static Optional<KpiDefinition> resolve(Optional<KpiCatalog> catalog, KpiReference ref) {
    // An operand the catalog lacks is named by the evaluator, as in process.
    return catalog.flatMap(c -> c.resolve(ref));
  }

  private static FieldType type(Schema schema, String field) {
    return schema.field(schema.indexOf(field)).type();
  }

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static KpiException refused(KpiDefinition kpi, Dialect dialect, String construct) {
    return new KpiException("KPI '" + kpi.id() + "' cannot run in " + dialect + ": " + construct);
  }
}
