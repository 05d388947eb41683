package dk.datainformed.connector.jdbc;

import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorState;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.core.record.Record;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Opening the connector and reading its events, for the tests. */
final class Reads {

  private Reads() {}

  static Connector open(Map<String, String> settings) {
    JdbcConnectorProvider provider = new JdbcConnectorProvider();
    return provider.open(provider.configSpec().validate(settings));
  }

  static List<ReadEvent> events(Connector connector, ConnectorState state) {
    try (Stream<ReadEvent> events = connector.read(ReadRequest.all().from(state))) {
      return events.collect(Collectors.toList());
    }
  }

  static List<Record> records(List<ReadEvent> events) {
    List<Record> records = new ArrayList<>();
    for (ReadEvent event : events) {
      if (event instanceof ReadEvent.Read read) {
        records.add(read.record());
      }
    }
    return records;
  }

  static List<Checkpoint> checkpoints(List<ReadEvent> events) {
    List<Checkpoint> checkpoints = new ArrayList<>();
    for (ReadEvent event : events) {
      if (event instanceof ReadEvent.Checkpointed reached) {
        checkpoints.add(reached.checkpoint());
      }
    }
    return checkpoints;
  }

  static List<ReadEvent.Malformed> malformed(List<ReadEvent> events) {
    List<ReadEvent.Malformed> bad = new ArrayList<>();
    for (ReadEvent event : events) {
      if (event instanceof ReadEvent.Malformed m) {
        bad.add(m);
      }
    }
    return bad;
  }

  /** The state after a full read: its last checkpoint. */
  static ConnectorState stateAfter(List<ReadEvent> events) {
    ConnectorState state = ConnectorState.empty();
    for (Checkpoint checkpoint : checkpoints(events)) {
      state = state.with(checkpoint);
    }
    return state;
  }

  /** The id (first column) of each record. */
  static List<Long> ids(List<Record> records) {
    List<Long> ids = new ArrayList<>();
    for (Record record : records) {
      ids.add(record.getLong(record.schema().indexOf("id")));
    }
    return ids;
  }
}
