package dk.datainformed.examples.cockpit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.datainformed.core.id.Cpr;
import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.time.Period;
import dk.datainformed.examples.cockpit.SyntheticMunicipality.EmployeeMonth;
import dk.datainformed.report.CockpitWriter;
import dk.datainformed.spc.ImprovementDirection;
import dk.datainformed.spc.Observation;
import dk.datainformed.spc.ProcessBehaviourChart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The synthetic municipality has what the cockpit is meant to show. */
class SyntheticMunicipalityTest {
  private static SyntheticMunicipality town;
  private static final Map<String, double[]> OWN = new HashMap<>();
  private static final Map<String, double[]> POSSIBLE = new HashMap<>();

  @BeforeAll
  static void generate() {
    town = SyntheticMunicipality.generate(SyntheticMunicipality.Size.FULL, 2026L);
    for (EmployeeMonth r : town.rows()) {
      int m = monthIndex(r.month());
      for (String key : new String[] {r.unit(), "all"}) {
        OWN.computeIfAbsent(key, k -> new double[SyntheticMunicipality.MONTHS])[m] += r.ownIllnessDays();
        POSSIBLE.computeIfAbsent(key, k -> new double[SyntheticMunicipality.MONTHS])[m] +=
            r.workedDays() + r.ownIllnessDays() + r.otherAbsenceDays();
      }
    }
  }

  static int monthIndex(Period month) {
    Period first = SyntheticMunicipality.FIRST_MONTH;
    return (month.start().getYear() - first.start().getYear()) * 12
        + month.start().getMonthValue() - first.start().getMonthValue();
  }

  /** Own-illness days as a percentage of possible days, by plain sums over the rows. */
  static double percent(String unit, Period month) {
    int m = monthIndex(month);
    return OWN.get(unit)[m] / POSSIBLE.get(unit)[m] * 100;
  }

  @Test
  void hasTheAdvertisedSize() {
    Set<String> employees = new HashSet<>();
    Set<String> units = new HashSet<>();
    for (EmployeeMonth r : town.rows()) {
      employees.add(r.cpr());
      units.add(r.unit());
    }
    assertEquals(8000, employees.size());
    assertEquals(201, units.size(), "200 units and the merged one");
    assertEquals(8000 * SyntheticMunicipality.MONTHS, town.rows().size());
  }

  @Test
  void sameSeedGivesTheSameMunicipality() {
    SyntheticMunicipality again = SyntheticMunicipality.generate(SyntheticMunicipality.Size.FULL, 2026L);
    assertEquals(town.rows(), again.rows());
  }

  @Test
  void cprNumbersAreValidInFormAndObviouslySynthetic() {
    for (EmployeeMonth r : town.rows()) {
      Cpr cpr = Cpr.parse(r.cpr());
      assertTrue(cpr.canonical().charAt(6) == '9', "serial numbers from 9000");
    }
  }

  @Test
  void theMergerIsInTheTree() {
    OrgUnitId into = town.mergedInto();
    for (OrgUnitId merged : town.merged()) {
      assertFalse(town.tree().isValid(merged, SyntheticMunicipality.MERGER_MONTH.start()));
      assertTrue(town.tree().isValid(merged, SyntheticMunicipality.MERGER_MONTH.start().minusDays(1)));
      assertEquals(List.of(into), town.tree().successors(merged, SyntheticMunicipality.MERGER_MONTH.start()));
    }
  }

  @Test
  void sicknessAbsencePeaksInWinter() {
    for (int year = 2024; year <= 2025; year++) {
      double january = percent("all", Period.month(year, 1));
      double july = percent("all", Period.month(year, 7));
      assertTrue(january > 1.4 * july, year + ": January " + january + " against July " + july);
    }
  }

  @Test
  void shiftedUnitsAreFlaggedBySpcAndOrdinaryUnitsMostlyNot() {
    int flagged = 0;
    Set<String> units = new HashSet<>();
    for (EmployeeMonth r : town.rows()) {
      units.add(r.unit());
    }
    for (String unit : units) {
      List<Observation> observations = new ArrayList<>();
      Period month = SyntheticMunicipality.FIRST_MONTH;
      for (int i = 0; i < SyntheticMunicipality.MONTHS; i++, month = month.next()) {
        double p = percent(unit, month);
        observations.add(Double.isFinite(p) ? Observation.of(month, p) : Observation.missing(month));
      }
      if (observations.stream().filter(o -> o.value().isPresent()).count() < 12) {
        continue;
      }
      ProcessBehaviourChart chart =
          ProcessBehaviourChart.xmr(observations)
              .direction(ImprovementDirection.LOWER_IS_BETTER)
              .fixLimitsAfter(12)
              .build();
      boolean concern = CockpitWriter.lastingConcern(chart);
      if (town.shifted().contains(OrgUnitId.of(unit))) {
        assertTrue(concern, unit + " has a shift");
      } else if (concern) {
        flagged++;
      }
    }
    assertTrue(flagged <= 10, flagged + " units without a shift look shifted");
  }
}
