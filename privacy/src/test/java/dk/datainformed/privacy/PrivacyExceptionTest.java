package dk.datainformed.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.core.DatainformedException;
import org.junit.jupiter.api.Test;

class PrivacyExceptionTest {

  @Test
  void belongsToTheLibrarysHierarchyAndKeepsItsCause() {
    IllegalStateException cause = new IllegalStateException("inner");
    PrivacyException e = new PrivacyException("key 'k1' is too short: 16 bytes, at least 32 needed", cause);

    assertThat(e).isInstanceOf(DatainformedException.class).hasCause(cause);
    assertThat(e.getMessage()).isEqualTo("key 'k1' is too short: 16 bytes, at least 32 needed");
  }
}
