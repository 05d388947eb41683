package dk.datainformed.connector.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.connector.api.http.Secret;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigSpecTest {

  private static final ConfigSpec SPEC =
      ConfigSpec.builder("jobindsats")
          .required("base_url", ConfigType.URL, "The API's address")
          .required("api_key", ConfigType.SECRET, "The API key from STAR")
          .optional("timeout", ConfigType.DURATION, "60s", "How long one request may take")
          .optional("page_size", ConfigType.INTEGER, "500", "Rows per page")
          .optional("cache_folder", ConfigType.PATH, "Where to keep responses")
          .choice("on_error", List.of("stop", "report"), "stop", "What to do with a bad row")
          .build();

  @Test
  void readsTypedValuesAndFillsInDefaults() {
    ConnectorConfig config =
        SPEC.validate(Map.of("base_url", "https://api.jobindsats.dk/v2/", "api_key", "k-123", "page_size", "1000"));

    assertThat(config.url("base_url")).isEqualTo(URI.create("https://api.jobindsats.dk/v2/"));
    assertThat(config.secret("api_key").reveal()).isEqualTo("k-123");
    assertThat(config.duration("timeout")).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.integer("page_size")).isEqualTo(1000);
    assertThat(config.optionalPath("cache_folder")).isEmpty();
    assertThat(config.text("on_error")).isEqualTo("stop");
  }

  @Test
  void readsBothDurationForms() {
    Map<String, String> base = Map.of("base_url", "https://x.dk/", "api_key", "k");
    for (var entry : Map.of("PT30S", 30L, "30s", 30L, "5m", 300L, "2h", 7200L, "1d", 86400L).entrySet()) {
      Map<String, String> settings = new java.util.HashMap<>(base);
      settings.put("timeout", entry.getKey());
      assertThat(SPEC.validate(settings).duration("timeout").toSeconds()).isEqualTo(entry.getValue());
    }
  }

  @Test
  void reportsEveryProblemAtOnceEachNamingItsKey() {
    assertThatThrownBy(
            () ->
                SPEC.validate(
                    Map.of(
                        "base_url", "ftp://files.example",
                        "timeout", "soon",
                        "page_sise", "10",
                        "on_error", "ignore")))
        .isInstanceOfSatisfying(
            InvalidConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactlyInAnyOrder(
                        "page_sise: unknown key (did you mean 'page_size'?)",
                        "base_url: 'ftp://files.example' is not an absolute http or https URL",
                        "api_key: required but missing (The API key from STAR)",
                        "timeout: 'soon' is not a duration, e.g. PT30S, 30s, 5m or 2h",
                        "on_error: 'ignore' is not one of the listed choices (stop, report)"))
        .hasMessageStartingWith("The configuration of connector 'jobindsats' is not valid:");
  }

  @Test
  void neverShowsASecret() {
    ConnectorConfig config = SPEC.validate(Map.of("base_url", "https://x.dk/", "api_key", "very-secret-key"));
    assertThat(config.toString()).contains("api_key=****").doesNotContain("very-secret-key");
  }

  @Test
  void refusesAnInconsistentSpec() {
    assertThatThrownBy(() -> ConfigSpec.builder("x").optional("timeout", ConfigType.DURATION, "never", "t"))
        .hasMessage("the default of config key 'timeout' ('never') is not a duration, e.g. PT30S, 30s, 5m or 2h");
    assertThatThrownBy(
            () -> new ConfigKey("api_key", ConfigType.SECRET, false, java.util.Optional.of("k"), "key", List.of()))
        .hasMessage("config key 'api_key' is a secret, so it cannot have a default");
    assertThatThrownBy(() -> ConfigSpec.builder("x").required("Base URL", ConfigType.URL, "u"))
        .hasMessageContaining("must be lower case");
    assertThatThrownBy(
            () -> ConfigSpec.builder("x").required("a", ConfigType.TEXT, "a").required("a", ConfigType.TEXT, "a"))
        .hasMessage("config key 'a' is declared twice");
  }

  @Test
  void accessorsCheckTheDeclaredType() {
    ConnectorConfig config = SPEC.validate(Map.of("base_url", "https://x.dk/", "api_key", "k"));
    assertThatThrownBy(() -> config.path("timeout")).hasMessage("config key 'timeout' is of type DURATION, not path");
    assertThatThrownBy(() -> config.text("nope")).hasMessage("connector 'jobindsats' declares no config key 'nope'");
    assertThat(Secret.of("x")).isNotNull();
    assertThat(config.optionalPath("cache_folder")).isEmpty();
    assertThat(SPEC.validate(Map.of("base_url", "https://x.dk/", "api_key", "k", "cache_folder", "/tmp/c"))
            .optionalPath("cache_folder"))
        .contains(Path.of("/tmp/c"));
  }
}
