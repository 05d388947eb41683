package dk.datainformed.examples.cockpit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.datainformed.connector.testkit.Leaks;
import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.time.Period;
import dk.datainformed.examples.cockpit.SyntheticMunicipality.EmployeeMonth;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the cockpit end to end on a small generated municipality and checks its output against a
 * direct computation on the generated rows.
 */
class SickLeaveCockpitTest {
  private static final long SEED = 7L;
  private static final String PERCENT = "sygefravaer.fravaersprocent";

  @TempDir static Path folder;

  private static SyntheticMunicipality town;
  private static Path out;
  private static Run run;

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {}

  static Run cockpit(Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = SickLeaveCockpit.run(List.of(args), environment, o, e);
    }
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * Copies the example's pipeline folder and changes one of its files.
   *
   * @return the copy's folder
   */
  static Path pipelineCopy(Path target, String file, String text, String replacement) throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(Path.of("pipeline"))) {
      for (Path f : files.toList()) {
        Files.copy(f, target.resolve(f.getFileName()));
      }
    }
    Path changed = target.resolve(file);
    String before = Files.readString(changed, StandardCharsets.UTF_8);
    assertTrue(before.contains(text), file + " has " + text);
    Files.writeString(changed, before.replace(text, replacement), StandardCharsets.UTF_8);
    return target;
  }

  static Map<String, String> keyEnvironment() {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (i * 7 + 3);
    }
    return Map.of(SickLeaveCockpit.KEY_VARIABLE, Base64.getEncoder().encodeToString(key));
  }

  @BeforeAll
  static void runOnSmallMunicipality() {
    town = SyntheticMunicipality.generate(SyntheticMunicipality.Size.SMALL, SEED);
    out = folder.resolve("cockpit");
    run = cockpit(keyEnvironment(), "--out", out.toString(), "--size", "small", "--seed", Long.toString(SEED));
  }

  /** Rows of a DanishCsvWriter file, header dropped, by "unit;period". */
  static Map<String, String[]> csv(String kpi) throws IOException {
    String text = Files.readString(out.resolve(kpi + ".csv"), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF"), "the CSV starts with a byte order mark");
    Map<String, String[]> rows = new HashMap<>();
    String[] lines = text.substring(1).split("\r\n");
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].split(";", -1);
      rows.put(f[2] + ";" + f[3], f);
    }
    return rows;
  }

  static double number(String danish) {
    return Double.parseDouble(danish.replace(',', '.'));
  }

  static double percent(List<EmployeeMonth> rows) {
    double own = 0;
    double possible = 0;
    for (EmployeeMonth r : rows) {
      own += r.ownIllnessDays();
      possible += r.workedDays() + r.ownIllnessDays() + r.otherAbsenceDays();
    }
    return own / possible * 100;
  }

  @Test
  void writesEveryOutputAndSaysWhere() {
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains(out.toAbsolutePath().normalize().toString()), run.out());
    for (String file : List.of("cockpit.html", "units.html", "guards.da.txt", "guards.en.txt", "guards.json",
        PERCENT + ".json", PERCENT + ".csv", PERCENT + ".jsonstat.json")) {
      assertTrue(Files.isRegularFile(out.resolve(file)), file);
    }
    assertFalse(run.err().contains("WARNING"), "a key from the environment needs no demo key: " + run.err());
  }

  @Test
  void cockpitLinksTheUnitTableBesideIt() throws IOException {
    String html = Files.readString(out.resolve("cockpit.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("<a href=\"units.html\">Alle enheder</a>"), "no link to units.html");
    assertTrue(Files.isRegularFile(out.resolve("units.html")), "the linked page is missing");
  }

  @Test
  void unitPercentageMatchesADirectComputationOnTheGeneratedRows() throws IOException {
    Map<String, String[]> rows = csv(PERCENT);
    Period march = Period.month(2024, 3);
    // The largest unit: never withheld.
    Map<String, Integer> sizes = new HashMap<>();
    for (EmployeeMonth r : town.rows()) {
      if (r.month().equals(march)) {
        sizes.merge(r.unit(), 1, Integer::sum);
      }
    }
    String unit = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    List<EmployeeMonth> direct = new ArrayList<>();
    for (EmployeeMonth r : town.rows()) {
      if (r.month().equals(march) && r.unit().equals(unit)) {
        direct.add(r);
      }
    }
    String[] row = rows.get(unit + ";2024M03");
    assertEquals(percent(direct), number(row[4]), 1e-9, unit);
  }

  @Test
  void mergedUnitAndMunicipalityMatchADirectComputation() throws IOException {
    Map<String, String[]> rows = csv(PERCENT);
    Period february = Period.month(2025, 2);
    List<EmployeeMonth> merged = new ArrayList<>();
    List<EmployeeMonth> all = new ArrayList<>();
    for (EmployeeMonth r : town.rows()) {
      if (r.month().equals(february)) {
        all.add(r);
        if (r.unit().equals(town.mergedInto().value())) {
          merged.add(r);
        }
      }
    }
    assertFalse(merged.isEmpty(), "the merged unit has employees after the merger");
    assertEquals(percent(merged), number(rows.get(town.mergedInto().value() + ";2025M02")[4]), 1e-9);
    assertEquals(percent(all), number(rows.get("kommune;2025M02")[4]), 1e-9);
    for (OrgUnitId before : town.merged()) {
      assertEquals("no_records", rows.get(before.value() + ";2025M02")[9], before.value());
    }
  }

  @Test
  void noCprNumberAnywhereInTheOutputFolder() {
    assertTrue(Leaks.assertNoneInFiles(out, PlantedCprTest.raw(town)) >= 8, "every output file is scanned");
  }

  @Test
  void smallUnitsAreSuppressedAndCannotBeFoundByDifference() throws IOException {
    for (String kpi : SickLeaveCockpit.KPIS) {
      Map<String, String[]> rows = csv(kpi);
      int smallChecked = 0;
      for (OrgUnitId small : town.smallUnits()) {
        for (Map.Entry<String, String[]> e : rows.entrySet()) {
          if (e.getKey().startsWith(small.value() + ";")) {
            String[] f = e.getValue();
            assertEquals("suppressed", f[9], kpi + " " + e.getKey());
            assertEquals("", f[4] + f[5] + f[6], kpi + " " + e.getKey() + " keeps no value or parts");
            smallChecked++;
          }
        }
      }
      assertTrue(smallChecked >= town.smallUnits().size() * SyntheticMunicipality.MONTHS, kpi);
      // Under each administration, in each month: no withheld unit alone (else total minus the others).
      Map<String, Integer> withheldUnder = new HashMap<>();
      for (Map.Entry<String, String[]> e : rows.entrySet()) {
        String[] f = e.getValue();
        Period month = Period.month(Integer.parseInt(f[3].substring(0, 4)), Integer.parseInt(f[3].substring(5)));
        OrgUnitId unit = OrgUnitId.of(f[2]);
        List<OrgUnitId> chain = town.tree().ancestorsOrSelf(unit, month.end());
        if (chain.size() == 3 && f[9].equals("suppressed")) {
          withheldUnder.merge(chain.get(1).value() + ";" + f[3], 1, Integer::sum);
        }
      }
      withheldUnder.forEach((administrationMonth, n) -> {
        boolean totalWithheld = "suppressed".equals(rows.get(administrationMonth)[9]);
        assertTrue(n >= 2 || totalWithheld, kpi + " " + administrationMonth + ": " + n + " withheld unit");
      });
    }
  }

  @Test
  void withoutAKeyARandomDemoKeyIsUsedWithAWarningAndWrittenNowhere() throws IOException {
    Path demoOut = folder.resolve("demo");
    Run demo = cockpit(Map.of(), "--out", demoOut.toString(), "--size", "small", "--lang", "en");
    assertEquals(0, demo.code(), demo.err());
    assertTrue(demo.err().contains("WARNING") && demo.err().contains("random demo key"), demo.err());
    try (Stream<Path> files = Files.walk(folder)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("key")), "no key file");
    }
    assertTrue(Files.readString(demoOut.resolve("cockpit.html")).contains("lang=\"en\""));
  }

  @Test
  void missingInputFileGivesOneMessageAndExitCode2() {
    Run bad = cockpit(keyEnvironment(), "--out", folder.resolve("x").toString(), "--size", "small",
        "--input", folder.resolve("nothing-here.csv").toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("does not exist"), bad.err());
    assertFalse(bad.err().contains("\tat "), "no stack trace: " + bad.err());
  }

  @Test
  void brokenRowsAreReportedWithTheirLineAndKeptBesideTheOutputNotInIt() throws IOException {
    Path export = town.writeCsv(folder.resolve("broken").resolve("broken.csv"));
    long lines = Files.readAllLines(export, StandardCharsets.UTF_8).size();
    Files.writeString(export, ""
        + "020290-9002;2024M01;e004;30-39;pædagog;syv;1;0;0,0833;0,0833;1\r\n"
        + "310290-9003;2024M01;e004;30-39;pædagog;20;1;0;0,0833;0,0833;1\r\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Path brokenOut = folder.resolve("y");
    Run run = cockpit(keyEnvironment(), "--out", brokenOut.toString(), "--size", "small",
        "--seed", Long.toString(SEED), "--input", export.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains((lines - 1) + " records") && run.out().contains("2 rows rejected"), run.out());
    assertTrue(run.out().contains("line " + (lines + 1)) && run.out().contains("worked_days"), run.out());
    assertTrue(run.out().contains("line " + (lines + 2)) && run.out().contains("is not a CPR number"), run.out());
    for (String cpr : List.of("020290-9002", "0202909002", "310290-9003", "3102909003")) {
      assertFalse(run.out().contains(cpr) || run.err().contains(cpr), "a CPR number is masked: " + run.out());
      assertFalse(Files.readString(brokenOut.resolve("run-report.txt")).contains(cpr));
    }
    Path kept = folder.resolve("y-rejected").resolve("loenfravaer.txt");
    assertTrue(Files.readString(kept, StandardCharsets.UTF_8).contains("syv"), "the raw row is kept for inspection");
  }

  @Test
  void aPipelineFileWithAnUnknownKpiInTheUsageGivesOneMessageAndExitCode2() throws IOException {
    Path config = pipelineCopy(folder.resolve("config"), "usage.yaml",
        "kpi: sygefravaer.fravaersdagsvaerk_pr_fuldtidsansat", "kpi: sygefravaer.fravaersprocnet");
    Run bad = cockpit(keyEnvironment(), "--out", folder.resolve("z").toString(), "--size", "small",
        "--pipeline", config.resolve("sygefravaer.pipeline.yaml").toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("sygefravaer.pipeline.yaml, line") && bad.err().contains("sygefravaer.fravaersprocnet"),
        bad.err());
    assertFalse(bad.err().contains("\tat "), "no stack trace: " + bad.err());
    assertFalse(Files.exists(folder.resolve("z")), "nothing is written when the file is wrong");
  }

  @Test
  void unknownOptionGivesUsageAndExitCode2() {
    Run bad = cockpit(keyEnvironment(), "--colour", "red");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("unknown option '--colour'") && bad.err().contains("Usage"), bad.err());
  }
}
