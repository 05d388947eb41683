package dk.datainformed.pipeline;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.datainformed.connector.testkit.Leaks;
import dk.datainformed.core.DatainformedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzz target of the pipeline file (docs/fuzzing.md): any text read as a pipeline file, beside the
 * fixture's KPI, schema, export and usage files, gives a definition or the library's own error,
 * never a planted CPR number in a message or cause. {@code CPR} in the input becomes the planted
 * number, so that the fuzzer can put one anywhere with three letters.
 */
class PipelineFileFuzzTest {
  static final String CPR = "0101901234";

  private static final Path FOLDER;

  static {
    try {
      FOLDER = Files.createTempDirectory("pipeline-fuzz");
      Fixture.write(FOLDER, Fixture.PIPELINE, Fixture.export());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void pipelineFile(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8).replace("CPR", CPR);
    try {
      PipelineDefinition d = PipelineFile.loader().environment(Fixture.environment()).variable("x", CPR)
          .read("pipeline.yaml", text, FOLDER);
      Leaks.assertNoneIn("the definition's changes", d.changes().toString(), List.of(CPR, "010190-1234"));
    } catch (DatainformedException e) {
      Leaks.assertNoneOf(e, CPR, "010190-1234");
    }
  }
}
