package dk.datainformed.report;

import dk.datainformed.pipeline.Publication;
import dk.datainformed.pipeline.PublicationWriter;
import dk.datainformed.pipeline.PublishedKpi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The pipeline's outputs of disclosed results, one file per KPI named by its id: {@code json}
 * ({@link JsonWriter}), {@code csv} ({@link DanishCsvWriter}) and {@code jsonstat} ({@link
 * JsonStatWriter}). Found by the pipeline through {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * outputs: [{format: json}, {format: csv}, {format: jsonstat}]
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract sealed class ResultFiles implements PublicationWriter {

  private ResultFiles() {}

  @Override
  public final Set<String> settings() {
    return Set.of();
  }

  @Override
  public final void write(Publication publication, Map<String, String> settings, Path folder)
      throws IOException {
    for (PublishedKpi kpi : publication.kpis()) {
      Files.write(folder.resolve(kpi.definition().id().value() + suffix()), bytes(kpi));
    }
  }

  /**
   * The file name's ending.
   *
   * @return e.g. {@code .json}
   */
  abstract String suffix();

  /**
   * The file's content.
   *
   * @param kpi the KPI
   * @return the bytes
   */
  abstract byte[] bytes(PublishedKpi kpi);

  /** {@code <kpi>.json}: the JSON form of each disclosed result. */
  public static final class Json extends ResultFiles {
    /** Creates the writer (for {@link java.util.ServiceLoader}). */
    public Json() {}

    @Override
    public String format() {
      return "json";
    }

    @Override
    String suffix() {
      return ".json";
    }

    @Override
    byte[] bytes(PublishedKpi kpi) {
      return JsonWriter.write(kpi.disclosed()).getBytes(StandardCharsets.UTF_8);
    }
  }

  /** {@code <kpi>.csv}: the Danish CSV form of each disclosed result. */
  public static final class Csv extends ResultFiles {
    /** Creates the writer (for {@link java.util.ServiceLoader}). */
    public Csv() {}

    @Override
    public String format() {
      return "csv";
    }

    @Override
    String suffix() {
      return ".csv";
    }

    @Override
    byte[] bytes(PublishedKpi kpi) {
      return DanishCsvWriter.toBytes(kpi.disclosed());
    }
  }

  /** {@code <kpi>.jsonstat.json}: the JSON-stat 2.0 form of each disclosed result. */
  public static final class JsonStat extends ResultFiles {
    /** Creates the writer (for {@link java.util.ServiceLoader}). */
    public JsonStat() {}

    @Override
    public String format() {
      return "jsonstat";
    }

    @Override
    String suffix() {
      return ".jsonstat.json";
    }

    @Override
    byte[] bytes(PublishedKpi kpi) {
      return JsonStatWriter.write(kpi.disclosed()).getBytes(StandardCharsets.UTF_8);
    }
  }
}
