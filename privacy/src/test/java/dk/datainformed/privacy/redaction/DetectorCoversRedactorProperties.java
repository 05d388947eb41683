package dk.datainformed.privacy.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.core.id.CprDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Core's masking detector hides every CPR number the redactor finds, on the redactor's synthetic
 * corpus and on texts made by gluing its lines and fragments together.
 */
class DetectorCoversRedactorProperties {

  private static final CprRedactor REDACTOR = CprRedactor.masking();

  private static String corpus() {
    String name = "case-notes.txt";
    try (InputStream in = DetectorCoversRedactorProperties.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<String> corpusTexts() {
    List<String> lines = List.of(corpus().split("\n"));
    Arbitrary<String> pieces =
        Arbitraries.of(lines)
            .flatMap(
                line ->
                    Arbitraries.integers()
                        .between(0, line.length())
                        .flatMap(
                            from ->
                                Arbitraries.integers()
                                    .between(from, line.length())
                                    .map(to -> line.substring(from, to))));
    Arbitrary<String> glue = Arbitraries.of("", " ", "\n", "x", "7", "+", ",", ".", "\u00A0", "-");
    return Arbitraries.oneOf(Arbitraries.of(lines), pieces)
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .flatMap(parts -> glue.map(g -> String.join(g, parts)));
  }

  @Example
  void theCorpusHoldsNumbersForTheRedactorToFind() {
    assertThat(REDACTOR.find(corpus())).hasSize(8);
    assertCovered(corpus());
  }

  @Property
  void masksEveryNumberTheRedactorFinds(@ForAll("corpusTexts") String text) {
    assertCovered(text);
  }

  private static void assertCovered(String text) {
    List<CprRedactor.Finding> findings = REDACTOR.find(text);
    String masked = CprDetector.mask(text);

    for (CprRedactor.Finding f : findings) {
      assertThat(CprDetector.isCprLike(text.substring(f.start(), f.end()))).isTrue();
    }
    assertThat(CprDetector.find(text))
        .extracting(CprDetector.Found::start)
        .containsExactlyElementsOf(findings.stream().map(CprRedactor.Finding::start).toList());
    assertThat(REDACTOR.find(masked)).isEmpty();
    for (CprRedactor.Finding f : findings) {
      assertThat(masked).doesNotContain(text.substring(f.start(), f.end()));
    }
  }
}
