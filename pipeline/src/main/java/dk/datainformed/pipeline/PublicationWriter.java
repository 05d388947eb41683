package dk.datainformed.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Writes a {@link Publication} in one format: the report module's JSON, Danish CSV, JSON-stat and
 * cockpit page, or a municipality's own. Found at run time with {@link java.util.ServiceLoader}
 * under its {@link #format()}, the name a pipeline file's {@code outputs} use.
 *
 * <pre>{@code
 * public final class PowerBiCsv implements PublicationWriter {
 *   public String format() { return "powerbi"; }
 *   public Set<String> settings() { return Set.of("file"); }
 *   public void write(Publication publication, Map<String, String> settings, Path folder) { ... }
 * }
 * }</pre>
 *
 * <p>Declare it in {@code module-info.java} ({@code provides dk.datainformed.pipeline.PublicationWriter
 * with ...}) or in {@code META-INF/services}. A writer writes only into the folder it is given;
 * the pipeline moves that folder into place once every writer has succeeded. The publication's
 * labels (unit names, series keys) are as the sources gave them: mask each one a writer writes
 * with {@link dk.datainformed.core.id.CprDetector#mask(CharSequence)}, as the library's writers
 * do. A CPR number found in any written file fails the run before anything is published.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface PublicationWriter {

  /**
   * The format's name.
   *
   * @return the name, e.g. {@code json}
   */
  String format();

  /**
   * The settings the writer takes; any other is refused before the run reads data.
   *
   * @return the setting keys
   */
  Set<String> settings();

  /**
   * Writes the publication.
   *
   * @param publication what to write
   * @param settings the output's settings, only keys of {@link #settings()}
   * @param folder the folder to write into; it exists
   * @throws IOException when a file cannot be written
   * @throws PipelineException when a setting's value is wrong
   */
  void write(Publication publication, Map<String, String> settings, Path folder) throws IOException;
}
