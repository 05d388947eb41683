package dk.datainformed.examples.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.datainformed.connector.testkit.Leaks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full run of the example with CPR numbers planted where a person could type one: in every
 * school's name (each school in another written form) and in a number cell of a broken row. Every
 * output file, the run report, standard output and error, and every log line (slf4j-simple at trace
 * level writes them to {@value #LOG}, see {@code src/test/resources/simplelogger.properties}) are
 * scanned: no CPR number may come back whole. The broken row itself is kept beside the output, for
 * inspection, not in it; that folder is not published and is not scanned.
 */
class PlantedCprTest {
  /** Every written form of a CPR number, from the test kit. */
  static final List<String> FORMS = Leaks.CPR_FORMS;

  /** Where slf4j-simple writes every log line of the test run. */
  static final String LOG = "target/test-log.txt";

  @TempDir Path folder;

  @Test
  void noPlantedCprNumberComesBackFromAFullRun() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("pipeline", "trivsel.csv"), StandardCharsets.UTF_8);
    Map<String, String> renamed = new LinkedHashMap<>();
    List<String> planted = new ArrayList<>();
    for (String line : lines) {
      String[] cells = line.split(";", -1);
      if (line.startsWith(SchoolWellbeing.HEADER) || cells.length != 5) {
        planted.add(line);
        continue;
      }
      cells[0] = renamed.computeIfAbsent(cells[0], s -> s + " " + FORMS.get(renamed.size() % FORMS.size()));
      planted.add(String.join(";", cells));
    }
    assertTrue(renamed.size() >= 5, "every school gets a planted name: " + renamed.keySet());
    String broken = planted.get(1).split(";", -1)[0] + ";2013;" + FORMS.get(0) + ";15;3.9";
    planted.add(broken);
    Path data = folder.resolve("input").resolve("trivsel.csv");
    Files.createDirectories(data.getParent());
    Files.write(data, planted, StandardCharsets.UTF_8);

    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    Path out = folder.resolve("school-wellbeing");
    int exit = SchoolWellbeing.run(new String[] {"--data", data.toString(), "--out", out.toString()},
        new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
    String err = stderr.toString(StandardCharsets.UTF_8);
    String text = stdout.toString(StandardCharsets.UTF_8);
    assertEquals(0, exit, err);
    assertTrue(text.contains("1 rows rejected"), "the planted broken row is rejected: " + text);
    assertTrue(Files.readString(folder.resolve("school-wellbeing-rejected").resolve("trivsel.txt"),
        StandardCharsets.UTF_8).contains(FORMS.get(0)), "the broken row is kept whole, beside the output");

    Leaks.assertNoneIn("standard output", text, FORMS);
    Leaks.assertNoneIn("standard error", err, FORMS);
    assertTrue(Leaks.assertNoneInFiles(out, FORMS) >= 6, "every output file is scanned");
    String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
    assertTrue(index.contains("Bakkeskolen"), "the schools are still named, with the number masked");

    String log = Files.readString(Path.of(LOG), StandardCharsets.UTF_8);
    assertTrue(log.contains("DEBUG"), "the library logs its steps at debug level");
    Leaks.assertNoneIn(LOG, log, FORMS);
  }
}
