package dk.datainformed.connector.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpiValuesTest {

  private static final Schema SCHEMA =
      Schema.of(Field.required("employee", FieldType.IDENTIFIER), Field.required("date", FieldType.DATE));

  @Test
  void aStreamsKeysMustBeInItsSchema() {
    assertThat(new StreamDescriptor("fravaer", SCHEMA, List.of("employee", "date"), Optional.of("date"), "d").name())
        .isEqualTo("fravaer");
    assertThatThrownBy(() -> new StreamDescriptor("fravaer", SCHEMA, List.of("unit"), Optional.empty(), "d"))
        .hasMessageStartingWith("stream 'fravaer': primary key field 'unit' is not in the schema");
    assertThatThrownBy(() -> new StreamDescriptor("fravaer", SCHEMA, List.of(), Optional.of("day"), "d"))
        .hasMessageStartingWith("stream 'fravaer': cursor field 'day' is not in the schema");
  }

  @Test
  void aCheckpointNamesTheMissingPart() {
    Checkpoint checkpoint = new Checkpoint("fravaer", Map.of("file", "a.csv"));
    assertThat(checkpoint.get("file")).isEqualTo("a.csv");
    assertThatThrownBy(() -> checkpoint.get("line"))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("has no 'line' (it has [file])");
  }

  @Test
  void stateKeepsTheLatestCheckpointPerStream() {
    ConnectorState state =
        ConnectorState.empty()
            .with(new Checkpoint("a", Map.of("line", "10")))
            .with(new Checkpoint("b", Map.of("line", "3")))
            .with(new Checkpoint("a", Map.of("line", "20")));

    assertThat(state.checkpoint("a").map(c -> c.get("line"))).contains("20");
    assertThat(state.checkpoint("b").map(c -> c.get("line"))).contains("3");
    assertThat(state.checkpoint("c")).isEmpty();
    assertThatThrownBy(() -> new ConnectorState(Map.of("a", new Checkpoint("b", Map.of()))))
        .hasMessage("the checkpoint filed under 'a' belongs to stream 'b'");
  }

  @Test
  void aMalformedRowNeverShowsItsRawText() {
    ReadEvent.Malformed bad = new ReadEvent.Malformed("fravaer", "a.csv, line 7", "date '31-02-2024' does not exist",
        "0101901234;31-02-2024;7,4");
    assertThat(bad.toString()).doesNotContain("0101901234").contains("a.csv, line 7");
  }

  @Test
  void requestsSelectStreams() {
    assertThat(ReadRequest.all().includes("x")).isTrue();
    assertThat(ReadRequest.streams("a").includes("a")).isTrue();
    assertThat(ReadRequest.streams("a").includes("b")).isFalse();
  }

  @Test
  void twoProvidersWithOneNameAreRefused() {
    ConnectorProvider one = provider("csv");
    ConnectorProvider two = provider("csv");
    assertThatThrownBy(() -> Connectors.providers(List.of(one, two)))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("Two connectors are named 'csv'");
    assertThat(Connectors.providers(List.of(one, provider("statbank")))).containsOnlyKeys("csv", "statbank");
  }

  @Test
  void anUnknownConnectorIsNamedInTheMessage() {
    assertThatThrownBy(() -> Connectors.provider("no-such-connector"))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("No connector is named 'no-such-connector'");
  }

  private static ConnectorProvider provider(String name) {
    return new ConnectorProvider() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String description() {
        return "test";
      }

      @Override
      public ConfigSpec configSpec() {
        return ConfigSpec.builder(name).build();
      }

      @Override
      public Connector open(ConnectorConfig config) {
        throw new UnsupportedOperationException("not opened in this test");
      }
    };
  }

  @Test
  void aCheckpointsToStringMasksAFileNamedLikeACprButKeepsItsValue() {
    Checkpoint checkpoint = new Checkpoint("a", Map.of("file", "0101901234.csv", "line", "12"));

    assertThat(checkpoint.toString()).doesNotContain("0101901234").contains("line=12").contains("file=010190-****");
    assertThat(checkpoint.get("file")).isEqualTo("0101901234.csv");
  }
}
