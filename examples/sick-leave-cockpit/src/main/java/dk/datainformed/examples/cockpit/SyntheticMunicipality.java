package dk.datainformed.examples.cockpit;

import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.core.time.Period;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A synthetic but realistic municipality, generated deterministically from a seed: five
 * administrations (forvaltninger) with their units, one merger of two units half-way, employees with
 * obviously synthetic CPR numbers, and one row per employee and month of the payroll's absence
 * figures, with a winter peak in sickness absence and a few units whose level shifts for good.
 *
 * <p>Everything here is made up. The rows fit the starter catalog's source dataset {@code
 * payroll.absence_month} (plus the employee's CPR number, which the cockpit pseudonymises at
 * ingest), and {@link #writeCsv(Path)} writes them as a Danish payroll export would.
 *
 * <pre>{@code
 * SyntheticMunicipality town = SyntheticMunicipality.generate(SyntheticMunicipality.Size.FULL, 2026L);
 * town.writeCsv(Path.of("target/cockpit-input/loenfravaer.csv"));
 * }</pre>
 */
public final class SyntheticMunicipality {

  /** The root unit: the municipality itself. */
  public static final OrgUnitId ROOT = OrgUnitId.of("kommune");

  /** The first month of data. */
  public static final Period FIRST_MONTH = Period.month(2024, 1);

  /** The number of months of data. */
  public static final int MONTHS = 24;

  /** The last month of data, 2025M12. */
  public static final Period LAST_MONTH = Period.month(2025, 12);

  /** The month from which the merged unit replaces the two units merged into it. */
  public static final Period MERGER_MONTH = Period.month(2025, 1);

  /** The month from which the units with a shift have a higher level of sickness absence. */
  public static final Period SHIFT_MONTH = Period.month(2025, 3);

  /** The header of the CSV export, in the order of {@link EmployeeMonth}'s components. */
  public static final List<String> HEADER =
      List.of(
          "cpr", "month", "organisation_unit", "age_band", "job_function", "worked_days",
          "own_illness_days", "other_absence_days", "full_time_years", "full_year_employees",
          "own_illness_spells_ended");

  private static final String[][] ADMINISTRATIONS = {
    {"boern", "Børn og Unge", "Dagtilbud", "pædagog"},
    {"skole", "Skole og Fritid", "Skole", "lærer"},
    {"sundhed", "Social og Sundhed", "Hjemmepleje", "social- og sundhedsassistent"},
    {"teknik", "Teknik og Miljø", "Driftsgruppe", "teknisk medarbejder"},
    {"adm", "Økonomi og Administration", "Kontor", "administrativ medarbejder"},
  };

  private static final String[] AGE_BANDS = {"18-29", "30-39", "40-49", "50-59", "60+"};
  private static final LocalDate FOUNDED = LocalDate.of(2007, 1, 1);
  private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("ddMMyy", Locale.ROOT);

  /**
   * How big a municipality to generate.
   *
   * @param unitsPerAdministration the units of each administration at the start
   * @param employees the employees, spread over the units
   */
  public record Size(int unitsPerAdministration, int employees) {
    /** About 200 units and 8,000 employees: a mid-sized Danish municipality's own staff. */
    public static final Size FULL = new Size(40, 8000);

    /** A small municipality for tests: 8 units per administration and 600 employees. */
    public static final Size SMALL = new Size(8, 600);

    /**
     * Checks the size.
     *
     * @param unitsPerAdministration at least 4, so that the merger and the shifts have units
     * @param employees at least 10 per unit
     */
    public Size {
      if (unitsPerAdministration < 4) {
        throw new IllegalArgumentException(
            "units per administration (" + unitsPerAdministration + ") must be at least 4");
      }
      if (employees < unitsPerAdministration * ADMINISTRATIONS.length * 10) {
        throw new IllegalArgumentException(
            "employees (" + employees + ") must be at least 10 per unit ("
                + unitsPerAdministration * ADMINISTRATIONS.length * 10 + ")");
      }
    }
  }

  /**
   * One employee's absence figures for one month, as the payroll export has them.
   *
   * @param cpr the synthetic CPR number, {@code DDMMYY-SSSS}
   * @param month the month
   * @param unit the unit the employee belonged to at the end of the month
   * @param ageBand the age band
   * @param jobFunction the job function
   * @param workedDays days worked (dagsværk of 7.4 hours)
   * @param ownIllnessDays days of absence for own illness
   * @param otherAbsenceDays days of absence for other causes (holiday, child's illness, leave)
   * @param fullTimeYears the month's employment converted to full time and whole years
   * @param fullYearEmployees the month's employment converted to whole years
   * @param spellsEnded own-illness spells that ended in the month
   */
  public record EmployeeMonth(
      String cpr,
      Period month,
      String unit,
      String ageBand,
      String jobFunction,
      double workedDays,
      double ownIllnessDays,
      double otherAbsenceDays,
      double fullTimeYears,
      double fullYearEmployees,
      int spellsEnded) {}

  private final OrganisationTree tree;
  private final Map<OrgUnitId, String> names;
  private final List<EmployeeMonth> rows;
  private final List<OrgUnitId> merged;
  private final OrgUnitId mergedInto;
  private final Set<OrgUnitId> shifted;
  private final Set<OrgUnitId> smallUnits;

  private SyntheticMunicipality(
      OrganisationTree tree,
      Map<OrgUnitId, String> names,
      List<EmployeeMonth> rows,
      List<OrgUnitId> merged,
      OrgUnitId mergedInto,
      Set<OrgUnitId> shifted,
      Set<OrgUnitId> smallUnits) {
    this.tree = tree;
    this.names = Map.copyOf(names);
    this.rows = List.copyOf(rows);
    this.merged = List.copyOf(merged);
    this.mergedInto = mergedInto;
    this.shifted = Set.copyOf(shifted);
    this.smallUnits = Set.copyOf(smallUnits);
  }

  /**
   * Generates a municipality; the same size and seed always give the same municipality.
   *
   * @param size how big
   * @param seed the seed of the random numbers
   * @return the municipality
   */
  public static SyntheticMunicipality generate(Size size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    OrganisationTree.Builder org = OrganisationTree.builder().root(ROOT, "Eksempelby Kommune", FOUNDED);
    Map<OrgUnitId, String> names = new LinkedHashMap<>();
    names.put(ROOT, "Eksempelby Kommune");
    List<List<OrgUnitId>> unitsByAdministration = new ArrayList<>();
    int number = 0;
    for (String[] a : ADMINISTRATIONS) {
      OrgUnitId administration = OrgUnitId.of(a[0]);
      org.unit(administration, a[1], ROOT, FOUNDED);
      names.put(administration, a[1]);
      List<OrgUnitId> units = new ArrayList<>();
      for (int i = 1; i <= size.unitsPerAdministration(); i++) {
        OrgUnitId unit = OrgUnitId.of(String.format(Locale.ROOT, "e%03d", ++number));
        String name = a[2] + " " + i;
        org.unit(unit, name, administration, FOUNDED);
        names.put(unit, name);
        units.add(unit);
      }
      unitsByAdministration.add(units);
    }
    // The merger: the first two units of Børn og Unge become one from MERGER_MONTH.
    List<OrgUnitId> merged = List.of(unitsByAdministration.get(0).get(0), unitsByAdministration.get(0).get(1));
    OrgUnitId into = OrgUnitId.of(String.format(Locale.ROOT, "e%03d", ++number));
    LocalDate mergerDay = MERGER_MONTH.start();
    for (OrgUnitId m : merged) {
      org.close(m, mergerDay);
    }
    org.unit(into, "Dagtilbud 1-2 (sammenlagt)", OrgUnitId.of(ADMINISTRATIONS[0][0]), mergerDay);
    org.merge(merged, into, mergerDay);
    names.put(into, "Dagtilbud 1-2 (sammenlagt)");
    OrganisationTree tree = org.build();

    // Units with a lasting rise in sickness absence from SHIFT_MONTH: the last unit of Social og
    // Sundhed and of Teknik og Miljø. Small units: the third unit of each administration.
    Set<OrgUnitId> shifted = new TreeSet<>();
    shifted.add(last(unitsByAdministration.get(2)));
    shifted.add(last(unitsByAdministration.get(3)));
    Set<OrgUnitId> small = new TreeSet<>();
    List<OrgUnitId> allUnits = new ArrayList<>();
    for (List<OrgUnitId> units : unitsByAdministration) {
      small.add(units.get(2));
      allUnits.addAll(units);
    }

    // Unit sizes: small units have 2 to 4 employees, the others share the rest unevenly.
    Map<OrgUnitId, Double> weight = new LinkedHashMap<>();
    for (OrgUnitId u : allUnits) {
      if (!small.contains(u)) {
        weight.put(u, 0.4 + random.nextDouble() * 1.6);
      }
    }
    double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
    List<OrgUnitId> employeeUnit = new ArrayList<>();
    for (OrgUnitId u : small) {
      int n = 2 + random.nextInt(3);
      for (int i = 0; i < n; i++) {
        employeeUnit.add(u);
      }
    }
    int rest = size.employees() - employeeUnit.size();
    List<OrgUnitId> weighted = new ArrayList<>(weight.keySet());
    int assigned = 0;
    for (int i = 0; i < weighted.size(); i++) {
      OrgUnitId u = weighted.get(i);
      int n = i == weighted.size() - 1 ? rest - assigned : (int) Math.round(rest * weight.get(u) / total);
      n = Math.max(3, Math.min(n, rest - assigned - 3 * (weighted.size() - 1 - i)));
      for (int k = 0; k < n; k++) {
        employeeUnit.add(u);
      }
      assigned += n;
    }

    Map<OrgUnitId, Double> unitLevel = new LinkedHashMap<>();
    for (OrgUnitId u : allUnits) {
      unitLevel.put(u, 0.7 + random.nextDouble() * 0.6);
    }
    unitLevel.put(into, 1.0);
    Map<OrgUnitId, String> jobOf = new LinkedHashMap<>();
    for (int a = 0; a < ADMINISTRATIONS.length; a++) {
      for (OrgUnitId u : unitsByAdministration.get(a)) {
        jobOf.put(u, ADMINISTRATIONS[a][3]);
      }
    }
    jobOf.put(into, ADMINISTRATIONS[0][3]);

    List<EmployeeMonth> rows = new ArrayList<>(employeeUnit.size() * MONTHS);
    Set<String> cprs = new TreeSet<>();
    for (int e = 0; e < employeeUnit.size(); e++) {
      OrgUnitId home = employeeUnit.get(e);
      String cpr = syntheticCpr(random, cprs);
      int ageBand = random.nextInt(AGE_BANDS.length);
      double fte = random.nextDouble() < 0.3 ? 0.6 + random.nextInt(4) * 0.1 : 1.0;
      double proneness = 0.4 + random.nextDouble() * 1.2;
      Period month = FIRST_MONTH;
      for (int m = 0; m < MONTHS; m++, month = month.next()) {
        OrgUnitId unit = merged.contains(home) && !month.start().isBefore(mergerDay) ? into : home;
        int weekdays = weekdays(month);
        double winter = 1.0 + 0.25 * Math.cos(2 * Math.PI * (month.start().getMonthValue() - 1) / 12.0);
        double shift = shifted.contains(home) && month.compareTo(SHIFT_MONTH) >= 0 ? 1.6 : 1.0;
        double spellChance = 0.30 * proneness * winter * unitLevel.get(unit) * shift;
        int illDays = 0;
        int spells = 0;
        int free = weekdays;
        while (free > 0 && random.nextDouble() < spellChance && spells < 3) {
          int length = random.nextDouble() < 0.08 ? 8 + random.nextInt(15) : 1 + random.nextInt(4);
          length = Math.min(length, free);
          illDays += length;
          free -= length;
          spells++;
          spellChance /= 2;
        }
        int holiday = month.start().getMonthValue() == 7 ? 10 : random.nextInt(4);
        int other = Math.min(free, holiday);
        int worked = weekdays - illDays - other;
        rows.add(
            new EmployeeMonth(
                cpr, month, unit.value(), AGE_BANDS[ageBand], jobOf.get(unit),
                round2(worked * fte), round2(illDays * fte), round2(other * fte),
                round4(fte / 12), round4(1.0 / 12), spells));
      }
    }
    return new SyntheticMunicipality(tree, names, rows, merged, into, shifted, small);
  }

  private static OrgUnitId last(List<OrgUnitId> units) {
    return units.get(units.size() - 1);
  }

  /**
   * A made-up CPR number: a birth date between 1960 and 2004, a hyphen, and a serial number from
   * 9000 upwards, unique within the municipality. The serial numbers are not assigned by the CPR
   * office's rules; the numbers are obviously synthetic.
   */
  private static String syntheticCpr(SplittableRandom random, Set<String> taken) {
    while (true) {
      LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(45 * 365));
      String cpr = BIRTH.format(birth) + "-" + (9000 + random.nextInt(1000));
      if (taken.add(cpr)) {
        return cpr;
      }
    }
  }

  /**
   * The weekdays (Monday to Friday) of a month: the possible working days of a full-time employee,
   * holidays counted as other absence by the model.
   *
   * @param month the month
   * @return the number of weekdays
   */
  static int weekdays(Period month) {
    int n = 0;
    for (LocalDate d = month.start(); !d.isAfter(month.end()); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        n++;
      }
    }
    return n;
  }

  private static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static double round4(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  /**
   * The organisation over time, with the merger.
   *
   * @return the tree
   */
  public OrganisationTree tree() {
    return tree;
  }

  /**
   * The name of each unit, the root and the administrations included.
   *
   * @return unit names by id
   */
  public Map<OrgUnitId, String> names() {
    return names;
  }

  /**
   * Every employee's figures for every month, in employee then month order.
   *
   * @return the rows
   */
  public List<EmployeeMonth> rows() {
    return rows;
  }

  /**
   * The two units merged at {@link #MERGER_MONTH}.
   *
   * @return the merged units
   */
  public List<OrgUnitId> merged() {
    return merged;
  }

  /**
   * The unit the two were merged into.
   *
   * @return the new unit
   */
  public OrgUnitId mergedInto() {
    return mergedInto;
  }

  /**
   * The units whose sickness absence rises for good from {@link #SHIFT_MONTH}.
   *
   * @return the units
   */
  public Set<OrgUnitId> shifted() {
    return shifted;
  }

  /**
   * The units with fewer than five employees, which disclosure control must withhold.
   *
   * @return the units
   */
  public Set<OrgUnitId> smallUnits() {
    return smallUnits;
  }

  /**
   * Writes the rows as a Danish payroll export: UTF-8 with a byte order mark, {@code ;} between
   * fields, decimal comma, CRLF line ends, one header line.
   *
   * @param file the file to write; its folder is created
   * @return the file
   * @throws UncheckedIOException when the file cannot be written
   */
  public Path writeCsv(Path file) {
    return writeCsv(file, LAST_MONTH);
  }

  /**
   * Writes the rows up to a month, as the payroll system would have exported them at the end of
   * that month; otherwise as {@link #writeCsv(Path)}.
   *
   * <pre>{@code
   * town.writeCsv(Path.of("target/november.csv"), Period.month(2025, 11)); // 2024M01 to 2025M11
   * }</pre>
   *
   * @param file the file to write; its folder is created
   * @param lastMonth the last month written
   * @return the file
   * @throws UncheckedIOException when the file cannot be written
   */
  public Path writeCsv(Path file, Period lastMonth) {
    LocalDate end = lastMonth.end();
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write('\uFEFF');
        out.write(String.join(";", HEADER));
        out.write("\r\n");
        StringBuilder line = new StringBuilder(128);
        for (EmployeeMonth r : rows) {
          if (r.month().start().isAfter(end)) {
            continue;
          }
          line.setLength(0);
          line.append(r.cpr()).append(';')
              .append(r.month().format()).append(';')
              .append(r.unit()).append(';')
              .append(r.ageBand()).append(';')
              .append(r.jobFunction()).append(';')
              .append(danish(r.workedDays())).append(';')
              .append(danish(r.ownIllnessDays())).append(';')
              .append(danish(r.otherAbsenceDays())).append(';')
              .append(danish(r.fullTimeYears())).append(';')
              .append(danish(r.fullYearEmployees())).append(';')
              .append(r.spellsEnded()).append("\r\n");
          out.append(line);
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the synthetic payroll export " + file, e);
    }
  }

  private static String danish(double value) {
    String s = Double.toString(value);
    if (s.endsWith(".0")) {
      s = s.substring(0, s.length() - 2);
    }
    return s.replace('.', ',');
  }
}
