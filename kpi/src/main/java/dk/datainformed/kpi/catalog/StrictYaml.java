package dk.datainformed.kpi.catalog;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.ReadLimits;
import dk.datainformed.kpi.internal.StrictFile;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads a YAML file of the municipality's own (a pipeline, a usage description, a policy) with the
 * strictness of KPI definition files: an unknown key, a value of the wrong type or malformed text is
 * reported with file, line and column, and where it helps with "did you mean".
 *
 * <p>The file is bound to a record whose components name its keys; {@link #locations} keeps where
 * each value was written, so that later checks (an unknown KPI id, a missing setting) can name the
 * line too.
 *
 * <pre>{@code
 * record Settings(String name, List<String> kpis) {}
 * StrictYaml file = StrictYaml.of("pipeline.yaml", text);
 * Settings s = file.read(Settings.class);
 * file.where("kpis[1]");   // "pipeline.yaml, line 4, column 5: "
 * }</pre>
 *
 * <p>The record's package must be open to {@code tools.jackson.databind}. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StrictYaml {
  private final String sourceName;
  private final String text;
  private final Map<String, TokenStreamLocation> locations;

  private StrictYaml(String sourceName, String text) {
    this.sourceName = sourceName;
    this.text = text;
    this.locations = StrictFile.locations(text);
  }

  /**
   * A YAML text to read.
   *
   * @param sourceName the file name shown in messages
   * @param text the YAML text
   * @return the file
   * @throws KpiException when the name or text is missing
   */
  public static StrictYaml of(String sourceName, String text) {
    if (sourceName == null || text == null) {
      throw new KpiException("A YAML file needs its name and text (not null)");
    }
    return new StrictYaml(sourceName, text);
  }

  /**
   * Binds the text to a record.
   *
   * @param <T> the record type
   * @param type the record whose components name the file's keys
   * @return the bound record
   * @throws KpiException with file, line and column when the text is malformed, holds an unknown
   *     key or a value of the wrong type
   */
  public <T> T read(Class<T> type) {
    return read(type, ReadLimits.defaults());
  }

  /**
   * Binds the text to a record, within limits on the file's size, lines, values and nesting.
   *
   * @param <T> the record type
   * @param type the record whose components name the file's keys
   * @param limits the limits
   * @return the bound record
   * @throws KpiException with file, line and column when the text is malformed, too large, holds
   *     an unknown key or a value of the wrong type
   */
  public <T> T read(Class<T> type, ReadLimits limits) {
    return StrictFile.readYaml(sourceName, text, type, limits);
  }

  /**
   * The start of a message about a value of the file: {@code "pipeline.yaml, line 7, column 3: "},
   * or the file name alone when the path was not written.
   *
   * @param path the value's path, e.g. {@code sources[0].settings.path}
   * @return the prefix
   */
  public String where(String path) {
    return StrictFile.where(sourceName, location(path).orElse(null));
  }

  /**
   * Whether a value was written at a path.
   *
   * @param path the value's path, e.g. {@code disclosure}
   * @return true when the file holds a value there
   */
  public boolean has(String path) {
    return location(path).isPresent();
  }

  /**
   * The file name shown in messages.
   *
   * @return the name
   */
  public String sourceName() {
    return sourceName;
  }

  private Optional<TokenStreamLocation> location(String path) {
    return Optional.ofNullable(locations.get(path));
  }
}
