package dk.datainformed.pipeline;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * One output of a pipeline: a format that a {@link PublicationWriter} writes, with its settings.
 *
 * <pre>{@code
 * OutputDeclaration.of("cockpit", Map.of("language", "da"));
 * }</pre>
 *
 * @param format the writer's name, e.g. {@code json}, {@code csv}, {@code jsonstat}, {@code cockpit}
 * @param settings the writer's settings
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record OutputDeclaration(String format, Map<String, String> settings) {

  /**
   * Creates the declaration.
   *
   * @param format the format
   * @param settings the settings, possibly none
   * @throws PipelineException when the format is missing
   */
  public OutputDeclaration {
    if (format == null || format.isBlank()) {
      throw new PipelineException("An output needs a format, e.g. json or cockpit");
    }
    settings = settings == null ? Map.of() : Map.copyOf(settings);
  }

  /**
   * An output with settings.
   *
   * @param format the format
   * @param settings the settings
   * @return the declaration
   */
  public static OutputDeclaration of(String format, Map<String, String> settings) {
    return new OutputDeclaration(format, settings);
  }

  /**
   * An output with no settings.
   *
   * @param format the format
   * @return the declaration
   */
  public static OutputDeclaration of(String format) {
    return new OutputDeclaration(format, Map.of());
  }
}
