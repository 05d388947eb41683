package dk.datainformed.connector.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.connector.api.ConnectorException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretTest {

  @Test
  void neverShowsItself() {
    Secret secret = Secret.of("abc-123-very-secret");
    assertThat(secret.toString()).isEqualTo("****");
    assertThat(String.valueOf(secret)).doesNotContain("abc");
    assertThat(secret.reveal()).isEqualTo("abc-123-very-secret");
  }

  @Test
  void readsFromTheEnvironment() {
    Secret secret = Secret.fromEnvironment("JOBINDSATS_API_KEY", Map.of("JOBINDSATS_API_KEY", "k-1"));
    assertThat(secret.reveal()).isEqualTo("k-1");
  }

  @Test
  void aMissingVariableIsNamedInTheMessage() {
    assertThatThrownBy(() -> Secret.fromEnvironment("JOBINDSATS_API_KEY", Map.of()))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("JOBINDSATS_API_KEY is not set");
  }

  @Test
  void rejectsABlankSecret() {
    assertThatThrownBy(() -> Secret.of("  ")).hasMessage("a secret must not be blank");
  }
}
