package dk.datainformed.kpi.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The engine's laws: roll-up adds parts, grains nest, and record order does not matter. */
class EngineProperties {
  static final String[] LEAVES = {"u0", "u1", "u2", "u3"};
  static final LocalDate START = LocalDate.of(2020, 1, 1);

  /** kommune with two areas of two leaves each. */
  static final OrganisationTree TREE =
      OrganisationTree.builder()
          .root(OrgUnitId.of("kommune"), "Kommunen", START)
          .unit(OrgUnitId.of("nord"), "Nord", OrgUnitId.of("kommune"), START)
          .unit(OrgUnitId.of("syd"), "Syd", OrgUnitId.of("kommune"), START)
          .unit(OrgUnitId.of("u0"), "U0", OrgUnitId.of("nord"), START)
          .unit(OrgUnitId.of("u1"), "U1", OrgUnitId.of("nord"), START)
          .unit(OrgUnitId.of("u2"), "U2", OrgUnitId.of("syd"), START)
          .unit(OrgUnitId.of("u3"), "U3", OrgUnitId.of("syd"), START)
          .build();

  final KpiEngine engine = KpiEngine.create();

  @Provide
  Arbitrary<List<Record>> rowLists() {
    return rows().list().ofMinSize(1).ofMaxSize(150);
  }

  Arbitrary<Record> rows() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 364),
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 3000),
            Arbitraries.integers().between(0, 3000))
        .as(
            (unit, day, person, absence, worked) ->
                Absence.row(
                    START.plusYears(4).plusDays(day).toString(),
                    LEAVES[unit],
                    "p" + person,
                    absence / 100.0,
                    worked / 100.0));
  }

  @Property(tries = 200)
  void parentValueIsItsChildrensNumeratorsOverTheirDenominators(
      @ForAll("rowLists") List<Record> rows) {
    KpiResult byUnit =
        engine.compute(
            KpiRequest.of(Absence.PERCENT)
                .organisation(OrganisationBreakdown.everyLevel("organisation_unit", TREE))
                .persons("person")
                .build(),
            rows);

    for (Period p : byUnit.periods()) {
      check(byUnit, "nord", List.of("u0", "u1"), p);
      check(byUnit, "syd", List.of("u2", "u3"), p);
      check(byUnit, "kommune", List.of("nord", "syd"), p);
    }
  }

  private static void check(KpiResult result, String parent, List<String> children, Period p) {
    double num = 0;
    double den = 0;
    long records = 0;
    TreeSet<Period> covered = new TreeSet<>();
    for (String child : children) {
      KpiValue v = valueOf(result, child, p);
      num += v.parts().numerator().orElse(0);
      den += v.parts().denominator().orElse(0);
      records += v.parts().records();
      covered.addAll(v.parts().periods());
    }
    KpiValue parentValue = valueOf(result, parent, p);
    assertThat(parentValue.parts().records()).isEqualTo(records);
    assertThat(parentValue.parts().periods()).containsExactlyElementsOf(covered);
    if (records == 0) {
      assertThat(parentValue.missingReason()).hasValue(MissingReason.NO_RECORDS);
    } else if (den == 0) {
      assertThat(parentValue.missingReason()).hasValue(MissingReason.ZERO_DENOMINATOR);
    } else {
      assertClose(parentValue.parts().numerator().getAsDouble(), num);
      assertClose(parentValue.parts().denominator().getAsDouble(), den);
      assertClose(parentValue.value().getAsDouble(), num / den * 100);
    }
  }

  /**
   * Equal up to the rounding of a plain left-to-right sum in the test; the engine adds with
   * compensation, so it is the closer of the two to the exact sum.
   */
  private static void assertClose(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
  }

  private static KpiValue valueOf(KpiResult result, String unit, Period p) {
    return result
        .value(SeriesKey.of("organisation_unit", unit), p)
        .orElse(KpiValue.missing(MissingReason.NO_RECORDS, ValueParts.none()));
  }

  @Property(tries = 200)
  void monthsRolledUpToQuartersEqualQuarters(
      @ForAll("rowLists") List<Record> rows) {
    KpiRequest.Builder months = KpiRequest.of(Absence.PERCENT).by("organisation_unit");
    KpiResult monthly = engine.compute(months.build(), rows);
    KpiResult quarterly = engine.compute(months.grain(Grain.QUARTER).build(), rows);

    assertThat(quarterly.series()).extracting(Series::key).containsExactlyElementsOf(
        monthly.series().stream().map(Series::key).toList());
    for (Series q : quarterly.series()) {
      Series m = monthly.series(q.key()).orElseThrow();
      for (Point point : q.points()) {
        double num = 0;
        double den = 0;
        long records = 0;
        List<Period> covered = new ArrayList<>();
        for (Point month : m.points()) {
          if (month.period().to(Grain.QUARTER).equals(point.period())) {
            num += month.value().parts().numerator().orElse(0);
            den += month.value().parts().denominator().orElse(0);
            records += month.value().parts().records();
            covered.addAll(month.value().parts().periods());
          }
        }
        KpiValue v = point.value();
        assertThat(v.parts().records()).isEqualTo(records);
        assertThat(v.parts().periods()).isEqualTo(covered);
        if (records > 0) {
          assertClose(v.parts().numerator().getAsDouble(), num);
          assertClose(v.parts().denominator().getAsDouble(), den);
          if (den != 0) {
            assertClose(v.value().getAsDouble(), num / den * 100);
          }
        }
      }
    }
  }

  @Property(tries = 200)
  void shufflingTheRecordsChangesNoResult(
      @ForAll("rowLists") List<Record> rows, @ForAll long seed) {
    List<Record> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(seed));
    KpiRequest request =
        KpiRequest.of(Absence.PERCENT)
            .grain(Grain.QUARTER)
            .organisation(OrganisationBreakdown.everyLevel("organisation_unit", TREE))
            .persons("person")
            .build();

    assertThat(engine.compute(request, shuffled)).isEqualTo(engine.compute(request, rows));
  }
}
