package dk.datainformed.sql;

import static org.assertj.core.api.Assertions.assertThat;

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
import dk.datainformed.kpi.definition.SimpleKpi;
import dk.datainformed.kpi.definition.SourceDataset;
import dk.datainformed.kpi.definition.Unit;
import dk.datainformed.kpi.engine.KpiEngine;
import dk.datainformed.kpi.engine.KpiRequest;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.OrganisationBreakdown;
import dk.datainformed.kpi.engine.Point;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.spc.ImprovementDirection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The SQL's parts against the oracle, the in-process engine: for a sum KPI by every level of a tree
 * that reorganises, each unit's and period's sum, record count and distinct persons are exactly the
 * engine's, in DuckDB and in PostgreSQL. Whole-number values keep sums exact in both.
 */
class PartsQueryTest {
  private static final Schema SCHEMA = Schema.of(
      Field.required("day", FieldType.DATE),
      Field.nullable("organisation_unit", FieldType.CATEGORY),
      Field.nullable("employee", FieldType.PSEUDONYM),
      Field.nullable("days", FieldType.DECIMAL));

  private static final SimpleKpi DAYS = KpiDefinition.simple("test.fravaersdage")
      .name("Fraværsdage", "Absence days")
      .description("Fraværsdage i alt", "Absence days in all")
      .unit(Unit.DAYS)
      .direction(ImprovementDirection.LOWER_IS_BETTER)
      .grain(Grain.MONTH)
      .dimensions("organisation_unit")
      .owner("HR")
      .purpose(Purpose.LEARNING)
      .audience(Audience.MANAGERS)
      .question("Hvor mange fraværsdage?", "How many absence days?")
      .coverage("Ansatte i lønsystemet", "Employees in the payroll system", 1.0)
      .source(SourceDataset.of("payroll.absence_day", "day", SCHEMA))
      .measure(Measure.sum("days"))
      .build();

  @Property(tries = 200)
  void theSqlsPartsAreTheInProcessEnginesParts(@ForAll long seed, @ForAll @IntRange(min = 1, max = 80) int count) {
    Random random = new Random(seed);
    OrganisationTree tree = RandomTrees.of(random);
    List<String> units = RandomTrees.units();
    List<Record> records = new ArrayList<>();
    List<List<Object>> values = new ArrayList<>();
    LocalDate first = null;
    LocalDate last = null;
    for (int i = 0; i < count; i++) {
      LocalDate day = RandomTrees.FOUNDED.plusDays(random.nextInt(1_500));
      String unit = units.get(random.nextInt(units.size()));
      String person = "p" + random.nextInt(6);
      long days = random.nextInt(9);
      records.add(Record.of(SCHEMA, day, unit, person, (double) days));
      values.add(List.of(day, unit, person, days));
      first = first == null || day.isBefore(first) ? day : first;
      last = last == null || day.isAfter(last) ? day : last;
    }

    KpiResult oracle = KpiEngine.create().compute(KpiRequest.of(DAYS)
        .organisation(OrganisationBreakdown.everyLevel("organisation_unit", tree)).persons("employee").build(), records);
    Set<List<String>> expected = new HashSet<>();
    for (Series s : oracle.series()) {
      for (Point p : s.points()) {
        if (p.value().parts().records() > 0) {
          expected.add(List.of(s.key().values().get(0), p.period().format(),
              Long.toString((long) p.value().parts().numerator().getAsDouble()),
              Long.toString(p.value().parts().records()),
              Long.toString(p.value().parts().persons().getAsLong())));
        }
      }
    }

    Statistics.label("the oracle has parts to compare").collect(!expected.isEmpty())
        .coverage(c -> c.check(true).percentage(p -> p > 80));
    PartsQuery query = PartsQuery.sum("days").from("records").day("day").unit("organisation_unit").person("employee");
    for (Dialect dialect : Engines.REAL) {
      String sql = query.render(dialect, CalendarTable.of(Grain.MONTH, first, last), OrganisationClosure.of(tree))
          .replaceFirst(" SELECT ", ", " + dialect.values("records",
              List.of("day", "organisation_unit", "employee", "days"), values) + " SELECT ");

      assertThat(new HashSet<>(Engines.rows(dialect, sql))).as(dialect.name()).isEqualTo(expected);
    }
  }
}
