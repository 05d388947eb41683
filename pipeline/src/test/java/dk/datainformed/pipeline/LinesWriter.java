package dk.datainformed.pipeline;

import dk.datainformed.kpi.engine.Point;
import dk.datainformed.kpi.engine.Series;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A test writer: one line per published point, {@code kpi;key;period;value-or-reason}, and one per
 * finding of the guards on another use, {@code guards;use;guard}.
 */
class LinesWriter implements PublicationWriter {
  private final boolean fail;

  LinesWriter(boolean fail) {
    this.fail = fail;
  }

  @Override
  public String format() {
    return "lines";
  }

  @Override
  public Set<String> settings() {
    return Set.of("file");
  }

  @Override
  public void write(Publication publication, Map<String, String> settings, Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    for (PublishedKpi kpi : publication.kpis()) {
      for (Series s : kpi.disclosed().result().series()) {
        for (Point p : s.points()) {
          lines.add(kpi.definition().id().value() + ";" + s.key().text() + ";" + p.period() + ";"
              + (p.value().isPresent()
                  ? Double.toString(p.value().value().getAsDouble())
                  : p.value().missingReason().orElseThrow().name()));
        }
      }
    }
    publication.otherGuards().forEach((use, report) -> report.findings().forEach(
        f -> lines.add("guards;" + use + ";" + f.guardId())));
    Files.write(folder.resolve(settings.getOrDefault("file", "lines.txt")), lines);
    if (fail) {
      throw new IOException("the disk is full (a test writer that fails after writing)");
    }
  }
}
