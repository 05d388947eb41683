package dk.datainformed.connector.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one rule for quoting a source's text, and the messages that use it. */
class AnswerTextTest {

  @Test
  void aQuoteIsOneLineMaskedAndShort() {
    assertThat(AnswerText.quote("ukendt CPR 0101901234\n i 2024")).isEqualTo("ukendt CPR 010190-**** i 2024");
    assertThat(AnswerText.quote("x".repeat(500), 20)).hasSize(20).endsWith("...");
    // Masked before it is cut: a cut through the number cannot leave a run the mask no longer sees.
    assertThat(AnswerText.quote("ab 010190-1234", 12)).doesNotContain("010190-12");
    assertThat(AnswerText.quote(null)).isEqualTo("<null>");
  }

  @Test
  void anUnknownSettingAndABadValueAreQuotedMasked() {
    // Found by PipelineFileFuzzTest: a setting 'pa010190-1234th' came back whole.
    ConfigSpec spec = ConfigSpec.builder("test").optional("mode", ConfigType.TEXT, "a", "a mode").build();
    assertThatThrownBy(() -> spec.validate(Map.of("pa010190-1234th", "x")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("pa010190-****th: unknown key")
        .hasMessageNotContaining("1234");
  }

  @Test
  void anUnknownConnectorsNameIsQuotedMasked() {
    // Found by PipelineFileFuzzTest: the name came back whole.
    assertThatThrownBy(() -> Connectors.provider("csv 010190-1234"))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("No connector is named 'csv 010190-****'")
        .hasMessageNotContaining("1234");
  }
}
