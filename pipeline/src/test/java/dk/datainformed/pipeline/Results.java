package dk.datainformed.pipeline;

import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.definition.Audience;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.Measure;
import dk.datainformed.kpi.definition.Purpose;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.definition.SourceDataset;
import dk.datainformed.kpi.definition.Unit;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.KpiValue;
import dk.datainformed.kpi.engine.MissingReason;
import dk.datainformed.kpi.engine.Point;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.kpi.engine.ValueParts;
import dk.datainformed.spc.ImprovementDirection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Hand-made KPI results for disclosure tests: an absence percentage whose cells have records,
 * persons, and a numerator of one absence day per record over 20 possible days per record.
 */
final class Results {
  static final Period JAN = Period.month(2024, 1);
  static final Period FEB = Period.month(2024, 2);

  static final RatioKpi PERCENT =
      KpiDefinition.ratio("test.fravaersprocent")
          .name("Sygefraværsprocent", "Sickness absence percentage")
          .description("Fraværsdage i procent af mulige dage", "Absence days in per cent")
          .unit(Unit.PERCENT)
          .direction(ImprovementDirection.LOWER_IS_BETTER)
          .grain(Grain.MONTH)
          .dimensions("organisation_unit", "age_band")
          .owner("HR")
          .purpose(Purpose.LEARNING)
          .audience(Audience.MANAGERS)
          .question("Hvor stiger fraværet?", "Where does absence rise?")
          .coverage("Ansatte i lønsystemet", "Employees in the payroll system", 1.0)
          .source(
              SourceDataset.of(
                  "payroll.absence",
                  "day",
                  Schema.of(
                      Field.required("day", FieldType.DATE),
                      Field.nullable("organisation_unit", FieldType.CATEGORY),
                      Field.nullable("age_band", FieldType.CATEGORY),
                      Field.nullable("absence_days", FieldType.DECIMAL),
                      Field.nullable("worked_days", FieldType.DECIMAL))))
          .numerator(Measure.sum("absence_days"))
          .denominator(Measure.sum("worked_days", "absence_days"))
          .build();

  private final List<String> dimensions;
  private final List<Period> periods;
  private final Map<SeriesKey, Map<Period, KpiValue>> cells = new LinkedHashMap<>();

  private Results(List<String> dimensions, List<Period> periods) {
    this.dimensions = dimensions;
    this.periods = periods;
  }

  /** A result by organisation unit, for the periods given. */
  static Results byUnit(Period... periods) {
    return new Results(List.of("organisation_unit"), List.of(periods));
  }

  /** A result by the dimensions given, for the periods given. */
  static Results by(List<String> dimensions, Period... periods) {
    return new Results(dimensions, List.of(periods));
  }

  /** A cell with records and the persons behind them. */
  Results cell(Period period, long records, long persons, String... values) {
    return put(period, value(records, OptionalLong.of(persons)), values);
  }

  /** A cell whose request counted no persons. */
  Results records(Period period, long records, String... values) {
    return put(period, value(records, OptionalLong.empty()), values);
  }

  private Results put(Period period, KpiValue value, String... values) {
    cells.computeIfAbsent(new SeriesKey(dimensions, List.of(values)), k -> new LinkedHashMap<>())
        .put(period, value);
    return this;
  }

  static KpiValue value(long records, OptionalLong persons) {
    if (records == 0) {
      return KpiValue.missing(
          MissingReason.NO_RECORDS,
          new ValueParts(OptionalDouble.empty(), OptionalDouble.empty(), 0, persons, List.of()));
    }
    ValueParts parts =
        new ValueParts(
            OptionalDouble.of(records), OptionalDouble.of(20.0 * records), records, persons, List.of());
    return KpiValue.of(5.0, parts);
  }

  KpiResult build() {
    List<Series> series = new ArrayList<>();
    cells.keySet().stream().sorted().forEach(key -> {
      List<Point> points = new ArrayList<>();
      for (Period p : periods) {
        points.add(new Point(p, cells.get(key).getOrDefault(p, value(0, OptionalLong.of(0)))));
      }
      series.add(new Series(PERCENT.id(), key, Grain.MONTH, true, points));
    });
    return new KpiResult(PERCENT, Grain.MONTH, dimensions, periods, series, 0, 0);
  }
}
