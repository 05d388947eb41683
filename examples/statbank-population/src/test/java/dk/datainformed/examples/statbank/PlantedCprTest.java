package dk.datainformed.examples.statbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.datainformed.connector.testkit.Leaks;
import dk.datainformed.pipeline.Pipeline;
import dk.datainformed.pipeline.PipelineFile;
import dk.datainformed.pipeline.RunReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full run of the example's pipeline against a recorded answer with CPR numbers planted in every
 * label the API sends: the table's text, description and unit, every variable's and every value's
 * text, the label of an area core does not know (Christiansø, 411, kept with the API's label), and
 * the value cell of a broken row. Every output file, the run report and every log line (slf4j-simple
 * at trace level writes them to {@value #LOG}, see {@code src/test/resources/simplelogger.properties})
 * are scanned: no CPR number may come back whole. The broken row is kept beside the output, for
 * inspection, not in it; that folder is not published and is not scanned.
 */
class PlantedCprTest {
  /** Every written form of a CPR number, from the test kit. */
  static final List<String> FORMS = Leaks.CPR_FORMS;

  /** Where slf4j-simple writes every log line of the test run. */
  static final String LOG = "target/test-log.txt";

  private static final Pattern TEXT =
      Pattern.compile("\"(text|description|unit)\"(\\s*):(\\s*)\"([^\"]*)\"");

  @TempDir Path folder;

  @Test
  void noPlantedCprNumberComesBackFromAFullRun() throws IOException {
    String info = new String(RecordedStatbank.resource(RecordedStatbank.TABLE_INFO), StandardCharsets.UTF_8)
        .replace("{\n     \"id\": \"173\",", "{\n     \"id\": \"411\",\n     \"text\": \"Christiansø\"\n    },\n"
            + "    {\n     \"id\": \"173\",");
    assertTrue(info.contains("\"411\""), "the recorded table info lists the areas one per object");
    AtomicInteger n = new AtomicInteger();
    Matcher m = TEXT.matcher(info);
    StringBuilder planted = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(planted, Matcher.quoteReplacement("\"" + m.group(1) + "\"" + m.group(2) + ":"
          + m.group(3) + "\"" + m.group(4) + " " + FORMS.get(n.getAndIncrement() % FORMS.size()) + "\""));
    }
    m.appendTail(planted);
    assertTrue(n.get() > 20, "every label is planted: " + n);

    StringBuilder bulk = new StringBuilder(RecordedStatbank.recordedBulk());
    for (String line : RecordedStatbank.recordedBulk().split("\r\n")) {
      if (line.startsWith("173;")) {
        bulk.append(line.replaceFirst("^173;", "411;").replaceFirst(";\\d+$", ";" + (Integer.parseInt(
            line.substring(line.lastIndexOf(';') + 1)) / 700))).append("\r\n");
      }
    }
    bulk.append("411;TOT;IALT;TOT;2017K4;").append(FORMS.get(0)).append("\r\n");

    Path out = folder.resolve("statbank-population");
    RunReport report;
    try (RecordedStatbank server = RecordedStatbank.start(planted.toString().getBytes(StandardCharsets.UTF_8),
        bulk.toString().getBytes(StandardCharsets.UTF_8))) {
      report = Pipeline.of(PipelineFile.loader()
          .variable("areas", "159,151,157,163,173,411")
          .variable("base_url", server.baseUrl())
          .load(Path.of(StatbankPopulation.PIPELINE))).run(out);
    }
    assertEquals(1, report.sources().get(0).rejected().size(), "the planted broken row is rejected");
    assertTrue(Files.readString(folder.resolve("statbank-population-rejected").resolve("folk1a.txt"),
        StandardCharsets.UTF_8).contains("2017K4"), "the broken row is kept beside the output");
    String csv = Files.readString(out.resolve("befolkning.folketal.csv"), StandardCharsets.UTF_8);
    assertTrue(csv.contains("411") && csv.contains("Christiansø"), "the planted area is in the output, masked");

    Leaks.assertNoneIn("the run report", report.toText() + report, FORMS);
    assertTrue(Leaks.assertNoneInFiles(out, FORMS) >= 4, "every output file is scanned");
    String log = Files.readString(Path.of(LOG), StandardCharsets.UTF_8);
    assertTrue(log.contains("DEBUG"), "the library logs its steps at debug level");
    Leaks.assertNoneIn(LOG, log, FORMS);
  }
}
