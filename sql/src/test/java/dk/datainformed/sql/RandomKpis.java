package dk.datainformed.sql;

import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.definition.Aggregation;
import dk.datainformed.kpi.definition.Audience;
import dk.datainformed.kpi.definition.CumulativeKpi;
import dk.datainformed.kpi.definition.DerivedKpi;
import dk.datainformed.kpi.definition.Filter;
import dk.datainformed.kpi.definition.KpiBuilder;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.KpiReference;
import dk.datainformed.kpi.definition.Measure;
import dk.datainformed.kpi.definition.Purpose;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.definition.SimpleKpi;
import dk.datainformed.kpi.definition.SourceDataset;
import dk.datainformed.kpi.definition.Unit;
import dk.datainformed.kpi.definition.Window;
import dk.datainformed.kpi.engine.KpiEngine;
import dk.datainformed.kpi.engine.KpiRequest;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.OrganisationBreakdown;
import dk.datainformed.spc.ImprovementDirection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Random cases for the differential properties: records of absence by day (or by a period field
 * holding days and months), a tree that reorganises, and a definition of every kind with random
 * filters, measures, grains, breakdowns and windows. Decimal values are quarters, so that every sum
 * is exact in binary whatever order an engine adds in.
 */
public final class RandomKpis {
  public static final String SOURCE = "test.absence";
  static final String[] KINDS = {"egen_sygdom", "barn_syg", "Ølejr", "aa", "b"};
  static final List<String> DIMENSIONS = List.of("organisation_unit", "kind", "flag", "hours");

  /** One case: a catalog whose first KPI is asked for, its records and the request. */
  public record Case(KpiCatalog catalog, KpiRequest request, Schema schema, List<Record> records) {
    /**
     * The oracle: the in-process engine's result, or empty where it refuses the case (the
     * engines under test must then refuse it too).
     */
    public Optional<KpiResult> oracle() {
      try {
        return Optional.of(KpiEngine.withCatalog(catalog).compute(request, records));
      } catch (KpiException e) {
        return Optional.empty();
      }
    }

    /** The case in a line, for a failure's message. */
    public String describe() {
      StringBuilder kpis = new StringBuilder();
      for (KpiDefinition k : catalog().definitions()) {
        kpis.append(k.id()).append('=');
        if (k instanceof SimpleKpi) {
          kpis.append(((SimpleKpi) k).measure()).append(" where ").append(((SimpleKpi) k).filter());
        } else if (k instanceof RatioKpi) {
          RatioKpi r = (RatioKpi) k;
          kpis.append(r.numerator()).append(" / ").append(r.denominator()).append(" where ").append(r.filter());
        } else if (k instanceof DerivedKpi) {
          kpis.append(((DerivedKpi) k).expression());
        } else {
          kpis.append(((CumulativeKpi) k).of()).append(' ').append(((CumulativeKpi) k).window());
        }
        kpis.append("; ");
      }
      return kpis + schema().fields().get(0).name() + " " + request().kpi().grain() + " by " + request().grain()
          + " " + request().dimensions() + " org "
          + request().organisation().map(o -> o.coversSubtrees() ? "every level" : "targets/depth").orElse("none")
          + " persons " + request().personField();
    }
  }

  private final Random random;
  private final boolean dates;
  private final Schema schema;
  private final String time;
  private final OrganisationTree tree;
  private final Grain grain;
  private int ids;

  public RandomKpis(Random random) {
    this.random = random;
    this.dates = random.nextInt(3) > 0;
    this.time = dates ? "day" : "period";
    this.schema = Schema.of(
        Field.required(time, dates ? FieldType.DATE : FieldType.PERIOD),
        Field.nullable("organisation_unit", FieldType.CATEGORY),
        Field.nullable("employee", FieldType.PSEUDONYM),
        Field.nullable("kind", FieldType.CATEGORY),
        Field.nullable("days", FieldType.DECIMAL),
        Field.nullable("hours", FieldType.INTEGER),
        Field.nullable("flag", FieldType.BOOLEAN));
    this.tree = RandomTrees.of(random);
    Grain[] grains = {Grain.WEEK, Grain.MONTH, Grain.MONTH, Grain.QUARTER, Grain.YEAR};
    this.grain = grains[random.nextInt(grains.length)];
  }

  public Case next() {
    List<KpiDefinition> all = new ArrayList<>();
    KpiDefinition asked;
    int kind = random.nextInt(5);
    if (kind == 0) {
      asked = simple();
    } else if (kind == 1) {
      asked = ratio();
    } else if (kind == 2) {
      KpiDefinition a = random.nextBoolean() ? ratio() : simple();
      KpiDefinition b = simple();
      all.add(a);
      all.add(b);
      String offset = grain == Grain.WEEK ? "[-1 week]" : random.nextBoolean() ? "[-1 year]" : "[-1 " + name(grain) + "]";
      String[] expressions = {
        a.id() + " / " + b.id() + " * 100",
        a.id() + " - " + a.id() + offset,
        "(" + a.id() + " + " + b.id() + ") / 2",
      };
      asked = start(KpiDefinition.derived(nextId())).expression(expressions[random.nextInt(expressions.length)]).build();
    } else {
      KpiDefinition base = random.nextBoolean() ? ratio() : simple();
      all.add(base);
      Window w = grain != Grain.YEAR && random.nextBoolean() ? Window.yearToDate() : Window.rolling(2 + random.nextInt(4));
      asked = start(KpiDefinition.cumulative(nextId())).of(KpiReference.to(base.id().toString())).window(w).build();
    }
    all.add(0, asked);
    KpiCatalog catalog = KpiCatalog.of(all);
    return new Case(catalog, request(asked), schema, records());
  }

  private KpiRequest request(KpiDefinition kpi) {
    KpiRequest.Builder b = KpiRequest.of(kpi);
    if (!(grain == Grain.WEEK) && random.nextInt(3) == 0) {
      b.grain(random.nextBoolean() ? Grain.YEAR : grain == Grain.MONTH ? Grain.QUARTER : Grain.YEAR);
    }
    switch (random.nextInt(5)) {
      case 0:
        break;
      case 1:
        b.by("organisation_unit");
        break;
      case 2:
        b.organisation(OrganisationBreakdown.atDepth("organisation_unit", tree, 1));
        break;
      case 3:
        b.organisation(OrganisationBreakdown.toTargets("organisation_unit", tree,
            List.of(OrgUnitId.of("a1"), OrgUnitId.of("u" + (1 + random.nextInt(5))))));
        break;
      default:
        b.organisation(OrganisationBreakdown.everyLevel("organisation_unit", tree));
    }
    if (random.nextBoolean()) {
      b.by(DIMENSIONS.get(1 + random.nextInt(3)));
    }
    if (random.nextBoolean()) {
      b.persons("employee");
    }
    return b.build();
  }

  private List<Record> records() {
    List<Record> out = new ArrayList<>();
    int count = random.nextInt(90);
    List<String> units = RandomTrees.units();
    for (int i = 0; i < count; i++) {
      LocalDate day = RandomTrees.FOUNDED.plusDays(random.nextInt(1_500));
      Object when = dates ? day : random.nextBoolean() ? Period.of(Grain.DAY, day) : Period.of(grain, day);
      out.add(Record.of(schema, when,
          maybe(units.get(random.nextInt(units.size())) + (random.nextInt(30) == 0 ? "x" : "")),
          maybe("p" + random.nextInt(6)),
          maybe(KINDS[random.nextInt(KINDS.length)]),
          maybe(random.nextInt(40) / 4.0 - 2),
          maybe((long) random.nextInt(9)),
          maybe(random.nextBoolean())));
    }
    return out;
  }

  private <T> T maybe(T value) {
    return random.nextInt(8) == 0 ? null : value;
  }

  private KpiDefinition simple() {
    SimpleKpi.Builder b = start(KpiDefinition.simple(nextId())).source(source()).measure(measure(true));
    if (random.nextBoolean()) {
      b.filter(filter(0));
    }
    return b.build();
  }

  private KpiDefinition ratio() {
    RatioKpi.Builder b = start(KpiDefinition.ratio(nextId()))
        .source(source()).numerator(measure(false)).denominator(measure(false)).scale(random.nextBoolean() ? 100 : 1);
    if (random.nextBoolean()) {
      b.filter(filter(0));
    }
    return b.build();
  }

  private Measure measure(boolean any) {
    Measure m;
    int n = random.nextInt(any ? 10 : 4);
    switch (n) {
      case 0:
        m = Measure.count();
        break;
      case 1:
        m = Measure.countDistinct(random.nextBoolean() ? "employee" : "hours");
        break;
      case 2:
        m = Measure.sum("days");
        break;
      case 3:
        m = Measure.sum("days", "hours");
        break;
      case 4:
        m = Measure.of(Aggregation.MEAN, "days");
        break;
      case 5:
        m = Measure.of(Aggregation.MIN, "hours");
        break;
      case 6:
        m = Measure.of(Aggregation.MAX, "days");
        break;
      case 7:
        m = Measure.of(Aggregation.MEDIAN, "days");
        break;
      case 8:
        m = Measure.percentile("hours", 5 + random.nextInt(90));
        break;
      default:
        m = Measure.countDistinct("kind");
    }
    return random.nextInt(3) == 0 ? m.where(filter(1)) : m;
  }

  private Filter filter(int depth) {
    Filter.Comparison[] comparisons = Filter.Comparison.values();
    Filter.Comparison c = comparisons[random.nextInt(comparisons.length)];
    switch (random.nextInt(depth > 1 ? 9 : 12)) {
      case 0:
        return Filter.equalTo("kind", KINDS[random.nextInt(KINDS.length)]);
      case 1:
        return Filter.in("kind", KINDS[random.nextInt(KINDS.length)], KINDS[random.nextInt(KINDS.length)]);
      case 2:
        return Filter.compare("hours", c, Integer.toString(random.nextInt(9)));
      case 3:
        return Filter.compare("days", c, Double.toString(random.nextInt(40) / 4.0 - 2));
      case 4:
        return Filter.equalTo("flag", Boolean.toString(random.nextBoolean()));
      case 5:
        return Filter.missing(new String[] {"kind", "days", "hours", "flag"}[random.nextInt(4)]);
      case 6:
        return Filter.compare("kind", random.nextBoolean() ? Filter.Comparison.EQUAL : Filter.Comparison.NOT_EQUAL,
            KINDS[random.nextInt(KINDS.length)]);
      case 7:
        return dates
            ? Filter.compare(time, c, RandomTrees.FOUNDED.plusDays(random.nextInt(1_500)).toString())
            : Filter.equalTo(time, Period.of(Grain.DAY, RandomTrees.FOUNDED.plusDays(random.nextInt(1_500))).format());
      case 8:
        return Filter.compare("employee", Filter.Comparison.NOT_EQUAL, "p1");
      case 9:
        return Filter.not(filter(depth + 1));
      case 10:
        return Filter.allOf(filter(depth + 1), filter(depth + 1));
      default:
        return Filter.anyOf(filter(depth + 1), filter(depth + 1));
    }
  }

  private SourceDataset source() {
    return SourceDataset.of(SOURCE, time, schema);
  }

  private String nextId() {
    return "test.k" + ids++;
  }

  private static String name(Grain g) {
    return g.name().toLowerCase(java.util.Locale.ROOT);
  }

  private <B extends KpiBuilder<B>> B start(B b) {
    return b.name("Test", "Test")
        .description("Test", "Test")
        .unit(Unit.COUNT)
        .direction(ImprovementDirection.LOWER_IS_BETTER)
        .grain(grain)
        .dimensions(DIMENSIONS.toArray(new String[0]))
        .owner("Test")
        .purpose(Purpose.LEARNING)
        .audience(Audience.MANAGERS)
        .question("Test?", "Test?")
        .coverage("Test", "Test", 1.0);
  }
}
