package dk.datainformed.benchmarks;

import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Schema;
import dk.datainformed.kpi.catalog.StarterCatalog;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.definition.SourceDataset;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.databind.json.JsonMapper;

/**
 * A synthetic file of absence-day records as a Danish payroll export writes it, shared by the CSV
 * benchmarks: {@code ;} between columns, decimal comma, dates {@code dd-MM-yyyy}, UTF-8 with a byte
 * order mark, CRLF line ends, job functions with æ and ø.
 *
 * <p>One row is one employee's day in 2024: the columns of the starter catalog's sygefravær source
 * ({@code organisation_unit}, {@code age_band}, {@code job_function}, {@code worked_days}, {@code
 * own_illness_days}, {@code other_absence_days}) with the day ({@code day}) instead of the month, and
 * an employee number. Every day amount is a multiple of 0.25, so sums are exact in binary floating
 * point and two engines that add them in a different order still agree to the last bit. About 67
 * bytes per row: 1 million rows are about 67 MB, 10 million about 670 MB.
 */
final class AbsenceDayCsv {
  static final int UNITS = 200;
  static final int EMPLOYEES = 20_000;
  static final String HEADER =
      "day;organisation_unit;age_band;job_function;employee;worked_days;own_illness_days;"
          + "other_absence_days";
  static final int DAY = 0;
  static final int UNIT = 1;
  static final int AGE_BAND = 2;
  static final int JOB_FUNCTION = 3;
  static final int EMPLOYEE = 4;
  static final int WORKED = 5;
  static final int OWN_ILLNESS = 6;
  static final int OTHER_ABSENCE = 7;

  /** The record schema of a row, in the file's column order. */
  static final Schema SCHEMA =
      Schema.of(
          Field.required("day", FieldType.DATE),
          Field.required("organisation_unit", FieldType.CATEGORY),
          Field.required("age_band", FieldType.CATEGORY),
          Field.required("job_function", FieldType.CATEGORY),
          Field.required("employee", FieldType.IDENTIFIER),
          Field.required("worked_days", FieldType.DECIMAL),
          Field.required("own_illness_days", FieldType.DECIMAL),
          Field.required("other_absence_days", FieldType.DECIMAL));

  static final String[] AGE_BANDS = {"18-29", "30-39", "40-49", "50-59", "60+"};
  static final String[] JOB_FUNCTIONS = {
    "Pædagog", "Social- og sundhedsassistent", "Lærer", "Sygeplejerske",
    "Administrativ medarbejder", "Køkkenmedarbejder", "Ergoterapeut", "Håndværker"
  };
  private static final String[] QUARTERS = {"0,00", "0,25", "0,50", "0,75", "1,00"};

  private AbsenceDayCsv() {}

  /** The name of unit {@code u} (0 to 199). */
  static String unit(int u) {
    return String.format("enhed-%03d", u + 1);
  }

  /**
   * The starter catalog's sickness absence percentage ({@code sygefravaer.fravaersprocent}) over
   * this file: the same numerator (own illness days), denominator (worked, own illness and other
   * absence days), scale (100), grain (month) and dimensions, with the day-level source of {@link
   * #SCHEMA} instead of the catalog's monthly one.
   */
  static RatioKpi absencePercentage() {
    RatioKpi catalog =
        (RatioKpi) StarterCatalog.load().find("sygefravaer.fravaersprocent").orElseThrow();
    return catalog.toBuilder()
        .source(SourceDataset.of("payroll.absence_day", "day", SCHEMA))
        .build();
  }

  /** The csv connector's settings for the file: declared schema, Danish layout named. */
  static Map<String, String> connectorSettings(Path file) {
    return Map.of(
        "path", file.toString(),
        "separator", ";",
        "decimal_separator", ",",
        "date_formats", "dd-MM-yyyy",
        "schema", JsonMapper.builder().build().writeValueAsString(SCHEMA));
  }

  /**
   * Writes {@code rows} rows (and the header) to a new temporary file.
   *
   * @param rows how many rows
   * @param seed the random seed: the same seed and row count give the same file
   * @return the file; the caller deletes it
   */
  static Path write(long rows, long seed) {
    String[] days = new String[366];
    DateTimeFormatter danish = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    for (int d = 0; d < days.length; d++) {
      days[d] = LocalDate.of(2024, 1, 1).plusDays(d).format(danish);
    }
    String[] units = new String[UNITS];
    for (int u = 0; u < UNITS; u++) {
      units[u] = unit(u);
    }
    SplittableRandom random = new SplittableRandom(seed);
    try {
      Path file = Files.createTempFile("datainformed-absence-days-", ".csv");
      try (Writer out =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
              1 << 16)) {
        out.write('\uFEFF');
        out.write(HEADER);
        out.write("\r\n");
        StringBuilder line = new StringBuilder(128);
        for (long i = 0; i < rows; i++) {
          int employee = random.nextInt(EMPLOYEES);
          // A quarter of the employees work part time: three quarters of a day.
          int full = employee % 4 == 0 ? 3 : 4;
          int own = 0;
          int other = 0;
          int draw = random.nextInt(100);
          if (draw < 5) {
            own = random.nextBoolean() ? full : 2;
          } else if (draw < 8) {
            other = full;
          }
          line.setLength(0);
          line.append(days[random.nextInt(days.length)]).append(';')
              .append(units[employee % UNITS]).append(';')
              .append(AGE_BANDS[(employee / UNITS) % AGE_BANDS.length]).append(';')
              .append(JOB_FUNCTIONS[(employee / 7) % JOB_FUNCTIONS.length]).append(';')
              .append('M').append(100_000 + employee).append(';')
              .append(QUARTERS[full - own - other]).append(';')
              .append(QUARTERS[own]).append(';')
              .append(QUARTERS[other]).append("\r\n");
          out.append(line);
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the synthetic CSV file", e);
    }
  }

  /** Deletes a file written by {@link #write}, if there is one. */
  static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete " + file, e);
      }
    }
  }
}
