package dk.datainformed.examples.statbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatbankPopulationTest {

  @TempDir Path out;

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  private int run(String... args) {
    return StatbankPopulation.run(args,
        new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return stderr.toString(StandardCharsets.UTF_8);
  }

  /** The population per quarter straight from the recorded BULK text, independent of the connector. */
  private static Map<String, Map<String, Double>> recorded() throws IOException {
    Map<String, Map<String, Double>> population = new HashMap<>();
    for (String line : Files.readAllLines(
        Path.of("src/main/resources/dk/datainformed/examples/statbank", RecordedStatbank.BULK))) {
      String[] cells = line.split(";");
      if (Character.isDigit(cells[0].charAt(0))) {
        population.computeIfAbsent(cells[0], k -> new LinkedHashMap<>()).put(cells[4], Double.parseDouble(cells[5]));
      }
    }
    return population;
  }

  /** A Danish CSV output's values by "kommunekode;quarter", header dropped. */
  private Map<String, String[]> csv(String kpi) throws IOException {
    Map<String, String[]> rows = new HashMap<>();
    List<String> lines = Files.readAllLines(out.resolve(kpi + ".csv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(";", -1);
      rows.put(c[2] + ";" + c[4], c);
    }
    return rows;
  }

  private static double number(String danish) {
    return Double.parseDouble(danish.replace(',', '.'));
  }

  @Test
  void writesTheCockpitAndValuesThatFollowFromTheRecordedAnswer() throws IOException {
    int exit = run("--kommune", "159", "--compare", "151,157,173", "--out", out.toString());

    assertEquals(0, exit, err());
    String html = Files.readString(out.resolve("index.html"));
    assertTrue(html.contains("Gladsaxe Kommune") && html.contains("Lyngby-Taarbæk Kommune"), html);
    assertTrue(html.contains("Befolkningsændring pr. 1.000 indbyggere"), html);
    // Two KPIs, one inline chart per municipality each.
    assertEquals(8, html.split("<svg", -1).length - 1, "charts on the page");

    Map<String, String[]> change = csv("befolkning.aendring_pr_1000");
    Map<String, String[]> level = csv("befolkning.folketal");
    Map<String, Map<String, Double>> population = recorded();
    int checked = 0;
    for (String code : List.of("159", "151", "157", "173")) {
      List<String> quarters = new ArrayList<>(population.get(code).keySet());
      for (int i = 0; i < quarters.size(); i++) {
        String q = quarters.get(i);
        double now = population.get(code).get(q);
        assertEquals(now, number(level.get(code + ";" + q)[5]), 1e-9, code + " " + q);
        if (i > 0) {
          double before = population.get(code).get(quarters.get(i - 1));
          assertEquals((now - before) / before * 1000.0, number(change.get(code + ";" + q)[5]), 1e-9, code + " " + q);
          checked++;
        }
      }
    }
    assertEquals(4 * 31, checked, "every quarter after the first of every municipality asked for");
    assertFalse(change.keySet().stream().anyMatch(k -> k.startsWith("163;")), "163 was not asked for");
    assertTrue(stdout.toString(StandardCharsets.UTF_8).contains("0 rows rejected"), stdout.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aChangePointComputesTheChosenMunicipalitysLimitsAgainFromThatQuarter() throws IOException {
    assertEquals(0, run("--kommune", "159", "--compare", "151", "--change-point", "2023K3",
        "--out", out.toString()), err());
    String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
    // One line marks the change on each of Gladsaxe's two charts, with its reason; none on Ballerup's.
    assertEquals(2, html.split(Pattern.quote(StatbankPopulation.CHANGE_REASON), -1).length - 1, "change marks");

    assertEquals(0, run("--kommune", "159", "--compare", "151", "--out", out.resolve("without").toString()), err());
    assertFalse(Files.readString(out.resolve("without").resolve("index.html"), StandardCharsets.UTF_8)
        .contains(StatbankPopulation.CHANGE_REASON));
  }

  @Test
  void rejectsAChangePointThatIsNotAQuarter() {
    assertEquals(2, run("--change-point", "2023-07", "--out", out.toString()));
    assertTrue(err().contains("--change-point '2023-07' is not a quarter like 2023K3"), err());
  }

  @Test
  void rejectsSomethingThatIsNotAKommunekodeWithOneLineAndExitCode2() {
    int exit = run("--kommune", "999", "--out", out.toString());

    assertEquals(2, exit);
    assertTrue(err().contains("'999' is not a kommunekode"), err());
    assertFalse(err().contains("Exception") || err().contains("\tat "), err());
  }

  @Test
  void saysWhichMunicipalitiesTheRecordingHasWhenAskedForAnother() {
    int exit = run("--kommune", "101", "--out", out.resolve("o").toString());

    assertEquals(2, exit);
    assertTrue(err().contains("[101]") && err().contains("--live"), err());
    assertFalse(Files.exists(out.resolve("o")));
  }

  @Test
  void rejectsAnUnknownArgument() {
    assertEquals(2, run("--kommun", "159"));
    assertTrue(err().contains("unknown argument '--kommun'"), err());
  }
}
