package dk.datainformed.examples.payroll;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java excerpt in docs/guides/write-a-connector.md must stand, word for word (white space
 * aside), in this project's sources, so the guide cannot drift from code that compiles and passes.
 */
class GuideInSyncTest {

  private static final Path GUIDE = Path.of("../../docs/guides/write-a-connector.md");

  @Test
  void everyExcerptOfTheGuideIsInTheSources() throws IOException {
    assumeTrue(Files.exists(GUIDE), "the guide lives in the datainformed repository; a copied project has none");
    String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
    List<String> excerpts = new ArrayList<>();
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(guide);
    while (m.find()) {
      excerpts.add(m.group(1));
    }
    assertFalse(excerpts.isEmpty(), "the guide has no Java excerpts");

    String sources;
    try (Stream<Path> files = Files.walk(Path.of("src"))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).map(GuideInSyncTest::read).collect(Collectors.joining("\n"));
    }
    String code = squeeze(sources);
    for (String excerpt : excerpts) {
      assertTrue(code.contains(squeeze(excerpt)), "the guide shows code that is not in the sources:\n" + excerpt);
    }
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
