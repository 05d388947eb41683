package dk.datainformed.examples.school;

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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchoolWellbeingTest {

  @TempDir Path out;

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  private int run(String... args) {
    return SchoolWellbeing.run(args,
        new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return stdout.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return stderr.toString(StandardCharsets.UTF_8);
  }

  /** The bundled data read straight from the source tree: school → [year, pupils, classes, trivsel] rows. */
  private static Map<String, List<double[]>> input() throws IOException {
    Map<String, List<double[]>> schools = new TreeMap<>();
    for (String line : Files.readAllLines(
        Path.of("pipeline/trivsel.csv"))) {
      if (line.startsWith("#") || line.startsWith("skole;")) {
        continue;
      }
      String[] c = line.split(";");
      schools.computeIfAbsent(c[0], k -> new ArrayList<>()).add(new double[] {
          Double.parseDouble(c[1]), Double.parseDouble(c[2]), Double.parseDouble(c[3]),
          Double.parseDouble(c[4])});
    }
    schools.values().forEach(rows -> rows.sort(Comparator.comparingDouble(r -> r[0])));
    return schools;
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  private static double meanMovingRange(List<Double> values) {
    double sum = 0;
    for (int i = 1; i < values.size(); i++) {
      sum += Math.abs(values.get(i) - values.get(i - 1));
    }
    return sum / (values.size() - 1);
  }

  @Test
  void chartsEachSchoolAgainstItsOwnVariationWithNumbersThatFollowFromTheData() throws IOException {
    assertEquals(0, run("--out", out.toString()), err());

    Map<String, List<double[]>> input = input();
    List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
    assertEquals(input.size() + 1, summary.size(), summary.toString());
    double groupLatest = mean(input.values().stream().map(rows -> rows.get(rows.size() - 1)[3]).toList());
    for (String row : summary.subList(1, summary.size())) {
      String[] c = row.split(";", -1);
      List<double[]> rows = input.get(c[0]);
      List<Double> trivsel = rows.stream().map(r -> r[3]).toList();
      List<Double> size = rows.stream().map(r -> r[1] / r[2]).toList();
      double centre = mean(trivsel);
      double mr = meanMovingRange(trivsel);
      assertEquals(String.valueOf((int) rows.get(rows.size() - 1)[0]), c[1], row);
      assertEquals(trivsel.get(trivsel.size() - 1), Double.parseDouble(c[2]), 1e-4, row);
      assertEquals(centre, Double.parseDouble(c[3]), 1e-4, row);
      assertEquals(centre - 2.66 * mr, Double.parseDouble(c[4]), 1e-4, row);
      assertEquals(centre + 2.66 * mr, Double.parseDouble(c[5]), 1e-4, row);
      assertEquals(size.get(size.size() - 1), Double.parseDouble(c[7]), 1e-4, row);
      assertEquals(mean(size), Double.parseDouble(c[8]), 1e-4, row);
      assertEquals(groupLatest, Double.parseDouble(c[10]), 1e-4, row);
    }
  }

  @Test
  void writesTheNaiveLeagueTableAsItWouldBeAndTheGuardsFindingsAgainstIt() throws IOException {
    assertEquals(0, run("--out", out.toString()), err());

    List<String> expected = new ArrayList<>(input().keySet());
    Map<String, List<double[]>> input = input();
    expected.sort(Comparator.comparingDouble(
        (String s) -> -input.get(s).get(input.get(s).size() - 1)[3]));
    List<String> table = Files.readAllLines(out.resolve("league-table.csv"));
    for (int i = 0; i < expected.size(); i++) {
      String[] c = table.get(i + 1).split(";");
      assertEquals(String.valueOf(i + 1), c[0]);
      assertEquals(expected.get(i), c[1]);
      assertEquals(Double.parseDouble(c[2]) >= 4.0 ? "nået" : "ikke nået", c[4]);
    }

    String naive = Files.readString(out.resolve("guards-league-table.en.txt"));
    assertTrue(naive.contains("League tables [league-table]: FOUND"), naive);
    assertTrue(naive.contains("Target density [target-density]: FOUND"), naive);
    assertTrue(naive.contains("Reacting to noise [reacting-to-noise]: FOUND"), naive);
    String learning = Files.readString(out.resolve("guards.en.txt"));
    assertTrue(learning.contains("League tables [league-table]: NOTHING FOUND"), learning);
    assertTrue(learning.contains("Target density [target-density]: NOTHING FOUND"), learning);

    String html = Files.readString(out.resolve("rangliste.html"));
    assertTrue(html.contains("[league-table]") && html.contains("Læringsalternativ"), html);
    String index = Files.readString(out.resolve("index.html"));
    assertTrue(index.contains("<a href=\"rangliste.html\">"), "the main page links the league table");
    // Two KPIs, each for the group and for every school: one chart each, inline.
    assertEquals(2 * (expected.size() + 1), index.split("<svg", -1).length - 1, "charts on the main page");
    for (String school : expected) {
      assertTrue(index.contains("<h3>" + school + "</h3>"), school);
    }
    assertFalse(index.contains("<script") || index.contains("http://example") || index.contains("https://"));
    assertTrue(html.contains("<a href=\"index.html\">"), "the league table links the charts on the main page");
  }

  @Test
  void theLeagueTableHasAFunnelPlotAroundAllPupilsMeanBesideIt() throws IOException {
    assertEquals(0, run("--out", out.toString()), err());
    String html = Files.readString(out.resolve("rangliste.html"), StandardCharsets.UTF_8);

    // All pupils' mean in the latest year, weighted by pupils, straight from trivsel.csv.
    double sum = 0;
    double pupils = 0;
    for (List<double[]> rows : input().values()) {
      double[] latest = rows.get(rows.size() - 1);
      sum += latest[3] * latest[1];
      pupils += latest[1];
    }
    String target = String.format(Locale.ROOT, "%.2f", sum / pupils).replace('.', ',');
    assertTrue(html.contains("tragtdiagram") && html.contains("alle elevers gennemsnit (" + target + ")"), html);
    int funnel = html.indexOf("tragtdiagram");
    assertTrue(html.indexOf("<svg", funnel) > funnel, "the funnel is drawn");
    assertTrue(html.contains("Ingen skole ligger uden for 99,8 %-grænserne"), "no school differs beyond noise");
  }

  @Test
  void saysInWordsThatEngskolensWellBeingMovedToANewLevel() throws IOException {
    assertEquals(0, run("--out", out.toString()), err());
    String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
    String engskolen = index.substring(index.indexOf("<h3>Engskolen</h3>"));
    engskolen = engskolen.substring(0, engskolen.indexOf("<svg"));

    // trivsel.csv: 3.74–3.85 in 2014–2021, then 3.89, 4.00, 3.97, 3.95.
    assertTrue(engskolen.contains("8 år i træk under gennemsnittet, 2014–2021"), engskolen);
    assertTrue(engskolen.contains("over den øvre kontrolgrænse, 2023"), engskolen);
    assertTrue(engskolen.contains("Niveauskift") && engskolen.contains("nyt niveau fra 2022"), engskolen);
    // No other school shows the pattern.
    assertEquals(1, index.split("Niveauskift", -1).length - 1, "level changes on the page");
  }

  @Test
  void aRowThatIsNotANumberIsReportedWithItsLineAndKeptBesideTheOutput() throws IOException {
    Path data = out.resolve("bad.csv");
    Files.writeString(data, SchoolWellbeing.HEADER + "\nEngskolen;2022;300;14;4.1\nEngskolen;2023;tre;14;4.0\n"
        + "Engskolen;2024;310;14;4.0\nEngskolen;2025;305;14;3.9\n");

    assertEquals(0, run("--data", data.toString(), "--out", out.resolve("o").toString()), err());
    assertTrue(out().contains("3 records") && out().contains("1 rows rejected"), out());
    assertTrue(out().contains("line 3") && out().contains("elever"), out());
    assertTrue(Files.readString(out.resolve("o").resolve("run-report.txt")).contains("line 3"));
    assertTrue(Files.readString(out.resolve("o-rejected").resolve("trivsel.txt")).contains("tre"),
        "the raw row is kept beside the output, not in it");
  }

  @Test
  void aMissingFileAndAWrongHeaderGiveOneLineAndExitCode2() throws IOException {
    assertEquals(2, run("--data", out.resolve("none.csv").toString(), "--out", out.resolve("o").toString()));
    assertTrue(err().contains("does not exist"), err());

    Path data = out.resolve("header.csv");
    Files.writeString(data, "school;year;pupils;classes;score\nEngskolen;2024;300;14;4.1\n");
    assertEquals(2, run("--data", data.toString(), "--out", out.resolve("o").toString()));
    assertTrue(err().contains("skole"), err());
    assertFalse(err().contains("Exception") || err().contains("\tat "), err());
    assertFalse(Files.exists(out.resolve("o")), "nothing is written when the input is wrong");
  }

  @Test
  void anUnknownArgumentGivesTheUsageAndExitCode2() {
    assertEquals(2, run("--colour", "red"));
    assertTrue(err().contains("unknown argument") && err().contains("usage"), err());
  }
}
