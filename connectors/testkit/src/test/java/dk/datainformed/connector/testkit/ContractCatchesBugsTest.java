package dk.datainformed.connector.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.connector.api.ConnectorProvider;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Each planted bug must make the contract test that looks for it fail. */
class ContractCatchesBugsTest {

  private static ConnectorContractTest kitWith(String bug) {
    return new ConnectorContractTest() {
      @Override
      protected ConnectorProvider provider() {
        return new CountingConnector.Provider();
      }

      @Override
      protected Map<String, String> validConfig() {
        return with(Map.of("rows", "17"));
      }

      @Override
      protected Map<String, String> unreachableConfig() {
        return with(Map.of("rows", "17", "reachable", "false"));
      }

      @Override
      protected Map<String, String> malformedConfig() {
        return with(Map.of("rows", "17", "malformed_at", "5"));
      }

      private Map<String, String> with(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("bug", bug);
        return all;
      }
    };
  }

  @Test
  void catchesRecordsRepeatedOnResume() {
    ConnectorContractTest kit = kitWith("duplicate_on_resume");
    assertThatThrownBy(kit::resumingFromACheckpointDeliversExactlyTheRest)
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("extra or repeated");
    assertThatThrownBy(kit::anInterruptedReadResumesWithoutLossOrDuplicates).isInstanceOf(AssertionFailedError.class);
  }

  @Test
  void catchesRecordsLostOnResume() {
    ConnectorContractTest kit = kitWith("lose_on_resume");
    assertThatThrownBy(kit::resumingFromACheckpointDeliversExactlyTheRest)
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("lost");
  }

  @Test
  void catchesAReadWithoutCheckpoints() {
    assertThatThrownBy(kitWith("no_checkpoints")::aFullReadEndsWithCheckpointsAfterItsLastRecords)
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("checkpoints");
  }

  @Test
  void catchesASilentDrop() {
    assertThatThrownBy(kitWith("silent_drop")::malformedDataEndsInAClearErrorOrAMalformedEvent)
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("dropped silently");
  }

  @Test
  void catchesACheckThatThrows() {
    assertThatThrownBy(kitWith("throwing_check")::checkFailsClearlyOnAnUnreachableSource)
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("not throw");
  }

  @Test
  void catchesRecordsOfAnotherSchema() {
    assertThatThrownBy(kitWith("wrong_schema")::recordsMatchTheDiscoveredSchemas)
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("another schema");
  }
}
