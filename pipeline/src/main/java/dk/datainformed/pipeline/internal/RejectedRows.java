package dk.datainformed.pipeline.internal;

import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.pipeline.PipelineException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The rows a run could not read, kept raw for the municipality's own inspection in a folder beside
 * the output folder ({@code <output>-rejected/<source>.txt}), never inside it: a raw row may hold
 * personal data.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RejectedRows {
  private final Path folder;
  private final Map<String, List<ReadEvent.Malformed>> bySource = new LinkedHashMap<>();

  /**
   * Rejected rows of a run that writes to an output folder.
   *
   * @param outputFolder the run's output folder
   */
  public RejectedRows(Path outputFolder) {
    Path absolute = outputFolder.toAbsolutePath().normalize();
    this.folder = absolute.resolveSibling(absolute.getFileName() + "-rejected");
  }

  /**
   * Keeps a source's rejected rows.
   *
   * @param source the source's id
   * @param rows its rejected rows
   */
  public void add(String source, List<ReadEvent.Malformed> rows) {
    if (!rows.isEmpty()) {
      bySource.computeIfAbsent(source, s -> new ArrayList<>()).addAll(rows);
    }
  }

  /**
   * Writes the rows, one file per source: position, reason and the raw row, tab-separated.
   *
   * @return the folder, when there were rows
   * @throws PipelineException when a file cannot be written
   */
  public Optional<String> write() {
    if (bySource.isEmpty()) {
      return Optional.empty();
    }
    try {
      Files.createDirectories(folder);
      for (Map.Entry<String, List<ReadEvent.Malformed>> e : bySource.entrySet()) {
        StringBuilder text = new StringBuilder("position\treason\trow\n");
        for (ReadEvent.Malformed row : e.getValue()) {
          text.append(oneLine(row.position())).append('\t').append(oneLine(row.reason())).append('\t')
              .append(oneLine(row.raw())).append('\n');
        }
        Files.writeString(folder.resolve(e.getKey() + ".txt"), text, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new PipelineException("Could not keep the rejected rows in " + folder, e);
    }
    return Optional.of(folder.toString());
  }

  private static String oneLine(String text) {
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
  }
}
