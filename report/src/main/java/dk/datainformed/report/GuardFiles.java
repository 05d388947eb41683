package dk.datainformed.report;

import dk.datainformed.core.text.Language;
import dk.datainformed.kpi.guard.GuardReport;
import dk.datainformed.pipeline.PipelineException;
import dk.datainformed.pipeline.Publication;
import dk.datainformed.pipeline.PublicationWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The pipeline's {@code guards} output: the learning-versus-control guards' report as {@code
 * guards.json}, {@code guards.da.txt} and {@code guards.en.txt}.
 *
 * <pre>{@code
 * outputs: [{format: guards}, {format: guards, settings: {use: league-table}}]
 * }</pre>
 *
 * <p>Setting: {@code use}, another use the pipeline declares ({@code guards.otherUses}): its report
 * instead, as {@code guards-<use>.json}, {@code guards-<use>.da.txt} and {@code guards-<use>.en.txt}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GuardFiles implements PublicationWriter {

  /** Creates the writer (for {@link java.util.ServiceLoader}). */
  public GuardFiles() {}

  @Override
  public String format() {
    return "guards";
  }

  @Override
  public Set<String> settings() {
    return Set.of("use");
  }

  @Override
  public void write(Publication publication, Map<String, String> settings, Path folder) throws IOException {
    String use = settings.get("use");
    GuardReport report =
        use != null
            ? publication.otherGuards(use)
            : publication.guards()
                .orElseThrow(() -> new PipelineException(
                    "The guards output needs the guards to run: give the pipeline a usage file"
                        + " (guards: {usage: usage.yaml})"));
    String stem = use == null ? "guards" : "guards-" + use;
    Files.writeString(folder.resolve(stem + ".json"), report.toJson(), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve(stem + ".da.txt"), report.toText(Language.DANISH), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve(stem + ".en.txt"), report.toText(Language.ENGLISH), StandardCharsets.UTF_8);
  }
}
