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
import java.util.List;
import java.util.Map;
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

  @Test
  void writesChartsAndASummaryWhoseNumbersFollowFromTheRecordedAnswer() throws IOException {
    int exit = run("--kommune", "159", "--compare", "151,157,173", "--out", out.toString());

    assertEquals(0, exit, err());
    String html = Files.readString(out.resolve("index.html"));
    assertTrue(html.contains("Gladsaxe Kommune") && html.contains("Lyngby-Taarbæk Kommune"), html);
    for (String svg : List.of("159-befolkning.svg", "159-aendring.svg", "151-aendring.svg",
        "157-aendring.svg", "173-aendring.svg")) {
      assertTrue(Files.readString(out.resolve(svg)).contains("<svg"), svg);
    }
    // The cockpit page: one inline chart per municipality, the level chart and the table linked beside it.
    assertEquals(4, html.split("<svg", -1).length - 1, "charts on the page");
    assertTrue(html.contains("<a href=\"159-befolkning.svg\">") && html.contains("<a href=\"summary.csv\">"), html);
    assertTrue(html.contains("Befolkningsændring pr. 1.000 indbyggere"), html);
    assertFalse(Files.exists(out.resolve("163-aendring.svg")), "163 was not asked for");

    // The population per quarter straight from the recorded BULK text, independent of the connector.
    Map<String, List<Double>> population = new HashMap<>();
    for (String line : Files.readAllLines(
        Path.of("src/main/resources/dk/datainformed/examples/statbank", RecordedStatbank.BULK))) {
      String[] cells = line.split(";");
      if (Character.isDigit(cells[0].charAt(0))) {
        population.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(Double.parseDouble(cells[5]));
      }
    }
    List<String> rows = Files.readAllLines(out.resolve("summary.csv"));
    assertEquals(5, rows.size(), rows.toString());
    for (String row : rows.subList(1, rows.size())) {
      String[] c = row.split(";", -1);
      List<Double> pop = population.get(c[0]);
      List<Double> change = new ArrayList<>();
      for (int i = 1; i < pop.size(); i++) {
        change.add((pop.get(i) - pop.get(i - 1)) / pop.get(i - 1) * 1000.0);
      }
      double mean = change.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      double mr = 0;
      for (int i = 1; i < change.size(); i++) {
        mr += Math.abs(change.get(i) - change.get(i - 1));
      }
      mr /= change.size() - 1;
      assertEquals("2025K4", c[2], row);
      assertEquals(pop.get(pop.size() - 1), Double.parseDouble(c[3]), 0.5, row);
      assertEquals(change.get(change.size() - 1), Double.parseDouble(c[4]), 0.0005, row);
      assertEquals(mean, Double.parseDouble(c[5]), 0.0005, row);
      assertEquals(mean - 2.66 * mr, Double.parseDouble(c[6]), 0.0005, row);
      assertEquals(mean + 2.66 * mr, Double.parseDouble(c[7]), 0.0005, row);
    }
  }

  @Test
  void aChangePointComputesTheChosenMunicipalitysLimitsAgainFromThatQuarter() throws IOException {
    int exit = run("--kommune", "159", "--compare", "151", "--change-point", "2023K3",
        "--out", out.toString());

    assertEquals(0, exit, err());
    // The recorded BULK text, straight: quarters in order from 2018K1; changes from 2023K3 on.
    List<Double> pop = new ArrayList<>();
    List<String> quarters = new ArrayList<>();
    for (String line : Files.readAllLines(
        Path.of("src/main/resources/dk/datainformed/examples/statbank", RecordedStatbank.BULK))) {
      String[] cells = line.split(";");
      if (cells[0].equals("159")) {
        quarters.add(cells[4]);
        pop.add(Double.parseDouble(cells[5]));
      }
    }
    double sum = 0;
    int n = 0;
    for (int i = quarters.indexOf("2023K3"); i < pop.size(); i++) {
      sum += (pop.get(i) - pop.get(i - 1)) / pop.get(i - 1) * 1000.0;
      n++;
    }
    String row = Files.readAllLines(out.resolve("summary.csv")).get(1);
    assertTrue(row.startsWith("159;"), row);
    assertEquals(sum / n, Double.parseDouble(row.split(";")[5]), 0.0005, row);
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
    int exit = run("--kommune", "101", "--out", out.toString());

    assertEquals(2, exit);
    assertTrue(err().contains("[101]") && err().contains("--live"), err());
    assertFalse(Files.exists(out.resolve("index.html")));
  }

  @Test
  void rejectsAnUnknownArgument() {
    assertEquals(2, run("--kommun", "159"));
    assertTrue(err().contains("unknown argument '--kommun'"), err());
  }
}
