package dk.datainformed.benchmarks;

import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.time.Grain;
import dk.datainformed.kpi.definition.Audience;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.Measure;
import dk.datainformed.kpi.definition.Purpose;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.definition.SourceDataset;
import dk.datainformed.kpi.definition.Unit;
import dk.datainformed.kpi.engine.KpiEngine;
import dk.datainformed.kpi.engine.KpiRequest;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.OrganisationBreakdown;
import dk.datainformed.spc.ImprovementDirection;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Records per second through the KPI engine on one thread: 10 million synthetic absence-day records,
 * already in memory, to the sickness absence percentage (a ratio KPI) per unit and month (200 units
 * × 12 months), with its parts.
 *
 * <ul>
 *   <li>{@code ratioByUnitAndMonth}: the unit as a plain breakdown dimension;
 *   <li>{@code ratioByUnitAndMonthWithPersons}: the same, also counting distinct persons;
 *   <li>{@code ratioRolledUpTheTree}: each record counted for its unit, its area and the
 *       municipality, with the tree as it stood on the record's day.
 * </ul>
 *
 * <p>Each operation is one whole computation; {@link OperationsPerInvocation} makes JMH report
 * records per second. Run it as benchmarks/README.md says; {@code ./mvnw verify} never runs it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class EngineBenchmark {
  static final int RECORDS = 10_000_000;
  static final int UNITS = 200;
  static final int AREAS = 10;
  static final int PERSONS = 20_000;

  /** Creates the benchmark; JMH makes the instances. */
  public EngineBenchmark() {}

  /** The records, the KPI and the requests, made once. */
  @State(Scope.Benchmark)
  public static class Data {
    /** The synthetic records. */
    List<Record> records;
    /** The engine. */
    KpiEngine engine;
    /** By unit and month. */
    KpiRequest byUnit;
    /** By unit and month, with distinct persons. */
    KpiRequest byUnitWithPersons;
    /** Rolled up the organisation tree. */
    KpiRequest rolledUp;

    /** Creates the state; JMH makes the instances. */
    public Data() {}

    /** Makes 10 million records for 200 units over 2024 with a fixed seed. */
    @Setup(Level.Trial)
    public void setUp() {
      Schema schema =
          Schema.of(
              Field.required("day", FieldType.DATE),
              Field.required("organisation_unit", FieldType.CATEGORY),
              Field.required("person", FieldType.PSEUDONYM),
              Field.required("absence_days", FieldType.DECIMAL),
              Field.required("worked_days", FieldType.DECIMAL));
      String[] units = new String[UNITS];
      for (int u = 0; u < UNITS; u++) {
        units[u] = String.format("u%03d", u);
      }
      String[] persons = new String[PERSONS];
      for (int p = 0; p < PERSONS; p++) {
        persons[p] = "person" + p;
      }
      LocalDate[] days = new LocalDate[366];
      for (int d = 0; d < days.length; d++) {
        days[d] = LocalDate.of(2024, 1, 1).plusDays(d);
      }
      SplittableRandom random = new SplittableRandom(20_240_101L);
      Record[] rows = new Record[RECORDS];
      for (int i = 0; i < RECORDS; i++) {
        double absence = random.nextInt(100) < 5 ? 1.0 : 0.0;
        int person = random.nextInt(PERSONS);
        rows[i] =
            Record.of(
                schema,
                days[random.nextInt(days.length)],
                units[person % UNITS],
                persons[person],
                absence,
                1.0 - absence);
      }
      records = Arrays.asList(rows);

      RatioKpi kpi =
          KpiDefinition.ratio("sygefravaer.fravaersprocent")
              .name("Sygefraværsprocent", "Sickness absence percentage")
              .description("Fraværsdage i procent af mulige dage", "Absence days in per cent of possible days")
              .unit(Unit.PERCENT)
              .direction(ImprovementDirection.LOWER_IS_BETTER)
              .grain(Grain.MONTH)
              .dimensions("organisation_unit")
              .owner("HR")
              .purpose(Purpose.LEARNING)
              .audience(Audience.MANAGERS)
              .question("Hvor stiger fraværet, og hvad hjælper?", "Where does absence rise, and what helps?")
              .coverage("Syntetiske ansatte", "Synthetic employees", 1.0)
              .source(SourceDataset.of("payroll.absence_day", "day", schema))
              .numerator(Measure.sum("absence_days"))
              .denominator(Measure.sum("worked_days", "absence_days"))
              .build();

      LocalDate start = LocalDate.of(2007, 1, 1);
      OrganisationTree.Builder tree = OrganisationTree.builder().root(OrgUnitId.of("kommune"), "Kommunen", start);
      for (int a = 0; a < AREAS; a++) {
        tree.unit(OrgUnitId.of("area" + a), "Område " + a, OrgUnitId.of("kommune"), start);
      }
      for (int u = 0; u < UNITS; u++) {
        tree.unit(OrgUnitId.of(units[u]), "Enhed " + u, OrgUnitId.of("area" + (u % AREAS)), start);
      }

      engine = KpiEngine.create();
      byUnit = KpiRequest.of(kpi).by("organisation_unit").build();
      byUnitWithPersons = KpiRequest.of(kpi).by("organisation_unit").persons("person").build();
      rolledUp =
          KpiRequest.of(kpi)
              .organisation(OrganisationBreakdown.everyLevel("organisation_unit", tree.build()))
              .build();
      KpiResult check = engine.compute(byUnit, records);
      if (check.series().size() != UNITS || check.periods().size() != 12) {
        throw new IllegalStateException(
            "expected 200 series over 12 months, got " + check.series().size() + " over "
                + check.periods().size());
      }
    }
  }

  /**
   * The ratio per unit and month.
   *
   * @param data the records
   * @return the result, so the JIT cannot drop the work
   */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public KpiResult ratioByUnitAndMonth(Data data) {
    return data.engine.compute(data.byUnit, data.records);
  }

  /**
   * The ratio per unit and month, with distinct persons.
   *
   * @param data the records
   * @return the result
   */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public KpiResult ratioByUnitAndMonthWithPersons(Data data) {
    return data.engine.compute(data.byUnitWithPersons, data.records);
  }

  /**
   * The ratio per unit, area and municipality and month, rolled up the tree.
   *
   * @param data the records
   * @return the result
   */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public KpiResult ratioRolledUpTheTree(Data data) {
    return data.engine.compute(data.rolledUp, data.records);
  }
}
