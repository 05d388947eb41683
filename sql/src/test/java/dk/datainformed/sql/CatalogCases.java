package dk.datainformed.sql;

import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.catalog.StarterCatalog;
import dk.datainformed.kpi.definition.Filter;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.Measure;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.definition.SimpleKpi;
import dk.datainformed.kpi.definition.SourceDataset;
import dk.datainformed.kpi.engine.KpiRequest;
import dk.datainformed.kpi.engine.OrganisationBreakdown;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every KPI of the starter catalog and of every example's catalog, with synthetic records for each
 * of its sources (values drawn so that the definitions' own filters match some rows and not
 * others), and the request a cockpit would make: by every level of a reorganising tree where the
 * KPI has an organisation unit, otherwise by its first dimension.
 */
public final class CatalogCases {
  /** The examples' own catalogs, from the repository's examples folder. */
  private static final List<String> EXAMPLE_CATALOGS =
      List.of("school-wellbeing/pipeline/kpis", "statbank-population/pipeline/kpis");

  /**
   * One KPI to compute.
   *
   * @param name the catalog and KPI, for a failure's message
   * @param catalog the catalog that holds it
   * @param request the request
   * @param records each source's records, by source name
   * @param schemas each source's schema, by source name
   */
  public record Case(String name, KpiCatalog catalog, KpiRequest request, Map<String, List<Record>> records,
      Map<String, Schema> schemas) {
    @Override
    public String toString() {
      return name;
    }
  }

  private CatalogCases() {}

  /**
   * Every case.
   *
   * @return the cases, the starter catalog's first
   */
  public static List<Case> all() {
    List<Case> out = new ArrayList<>();
    add(out, "starter", StarterCatalog.load());
    Path examples = examplesFolder();
    for (String folder : EXAMPLE_CATALOGS) {
      add(out, folder.substring(0, folder.indexOf('/')), KpiCatalog.load(examples.resolve(folder)));
    }
    return out;
  }

  private static Path examplesFolder() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples").resolve("school-wellbeing"))) {
        return p.resolve("examples");
      }
    }
    throw new IllegalStateException("the examples folder is not above " + Path.of("").toAbsolutePath());
  }

  private static void add(List<Case> out, String catalogName, KpiCatalog catalog) {
    Random random = new Random(2026);
    OrganisationTree tree = RandomTrees.of(random);
    for (KpiDefinition kpi : catalog.definitions()) {
      Map<String, SourceDataset> sources = new LinkedHashMap<>();
      collect(catalog, kpi, sources);
      Map<String, List<Record>> records = new LinkedHashMap<>();
      Map<String, Schema> schemas = new LinkedHashMap<>();
      for (SourceDataset s : sources.values()) {
        records.put(s.name(), records(random, s, kpi.grain(), literals(catalog, s.name())));
        schemas.put(s.name(), s.schema());
      }
      KpiRequest.Builder request = KpiRequest.of(kpi);
      if (kpi.dimensions().contains("organisation_unit")) {
        request.organisation(OrganisationBreakdown.everyLevel("organisation_unit", tree));
      } else if (!kpi.dimensions().isEmpty()) {
        request.by(kpi.dimensions().get(0));
      }
      out.add(new Case(catalogName + " " + kpi.id(), catalog, request.build(), records, schemas));
    }
  }

  private static void collect(KpiCatalog catalog, KpiDefinition kpi, Map<String, SourceDataset> sources) {
    if (kpi instanceof SimpleKpi) {
      sources.putIfAbsent(((SimpleKpi) kpi).source().name(), ((SimpleKpi) kpi).source());
    } else if (kpi instanceof RatioKpi) {
      sources.putIfAbsent(((RatioKpi) kpi).source().name(), ((RatioKpi) kpi).source());
    } else {
      for (KpiDefinition operand : catalog.operands(kpi)) {
        collect(catalog, operand, sources);
      }
    }
  }

  /** The values the catalog's filters on a source compare with, by field. */
  private static Map<String, Set<String>> literals(KpiCatalog catalog, String source) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (KpiDefinition k : catalog.definitions()) {
      Optional<Filter> filter = Optional.empty();
      List<Measure> measures = List.of();
      if (k instanceof SimpleKpi && ((SimpleKpi) k).source().name().equals(source)) {
        filter = ((SimpleKpi) k).filter();
        measures = List.of(((SimpleKpi) k).measure());
      } else if (k instanceof RatioKpi && ((RatioKpi) k).source().name().equals(source)) {
        filter = ((RatioKpi) k).filter();
        measures = List.of(((RatioKpi) k).numerator(), ((RatioKpi) k).denominator());
      }
      filter.ifPresent(f -> literals(f, out));
      measures.forEach(m -> m.filter().ifPresent(f -> literals(f, out)));
    }
    return out;
  }

  private static void literals(Filter f, Map<String, Set<String>> out) {
    if (f instanceof Filter.Compare) {
      out.computeIfAbsent(((Filter.Compare) f).field(), k -> new TreeSet<>()).add(((Filter.Compare) f).value());
    } else if (f instanceof Filter.In) {
      out.computeIfAbsent(((Filter.In) f).field(), k -> new TreeSet<>()).addAll(((Filter.In) f).values());
    } else if (f instanceof Filter.All) {
      ((Filter.All) f).filters().forEach(g -> literals(g, out));
    } else if (f instanceof Filter.Any) {
      ((Filter.Any) f).filters().forEach(g -> literals(g, out));
    } else if (f instanceof Filter.Not) {
      literals(((Filter.Not) f).filter(), out);
    }
  }

  private static List<Record> records(Random random, SourceDataset source, Grain grain, Map<String, Set<String>> literals) {
    Schema schema = source.schema();
    List<String> units = RandomTrees.units();
    List<Record> out = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      LocalDate day = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(3 * 365));
      Object[] values = new Object[schema.size()];
      for (int f = 0; f < values.length; f++) {
        Field field = schema.field(f);
        List<String> pool = new ArrayList<>(literals.getOrDefault(field.name(), Set.of()));
        FieldType type = field.type();
        if (field.name().equals(source.timeField())) {
          values[f] = type == FieldType.DATE ? day : Period.of(grain, day);
        } else if (field.name().equals("organisation_unit")) {
          values[f] = units.get(random.nextInt(units.size()));
        } else if (type == FieldType.INTEGER) {
          values[f] = pool.isEmpty() || random.nextBoolean()
              ? (long) random.nextInt(70) : Long.parseLong(pool.get(random.nextInt(pool.size())));
        } else if (type == FieldType.DECIMAL) {
          values[f] = random.nextInt(200) / 4.0;
        } else if (type == FieldType.DATE) {
          values[f] = day;
        } else if (type == FieldType.PERIOD) {
          values[f] = Period.of(grain, day);
        } else if (type == FieldType.BOOLEAN) {
          values[f] = random.nextBoolean();
        } else {
          pool.add("v" + random.nextInt(3));
          values[f] = pool.get(random.nextInt(pool.size()));
        }
      }
      out.add(Record.of(schema, values));
    }
    return out;
  }
}
