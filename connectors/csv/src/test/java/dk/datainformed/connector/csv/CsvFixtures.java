package dk.datainformed.connector.csv;

import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorState;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.core.record.Record;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes synthetic Danish-profile CSV files and reads them back through the connector. */
final class CsvFixtures {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private CsvFixtures() {}

  static Path write(Path folder, String name, String text, Charset charset) {
    try {
      return Files.write(folder.resolve(name), text.getBytes(charset));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path writeWithBom(Path folder, String name, String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    try {
      return Files.write(folder.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens the csv connector; settings are given as key, value, key, value. */
  static Connector open(Path path, String... settings) {
    Map<String, String> map = new HashMap<>();
    map.put("path", path.toString());
    for (int i = 0; i < settings.length; i += 2) {
      map.put(settings[i], settings[i + 1]);
    }
    CsvConnectorProvider provider = new CsvConnectorProvider();
    return provider.open(provider.configSpec().validate(map));
  }

  static List<ReadEvent> readAll(Connector connector, ConnectorState state) {
    try (Stream<ReadEvent> events = connector.read(ReadRequest.all().from(state))) {
      return events.collect(Collectors.toList());
    }
  }

  static List<ReadEvent> readAll(Connector connector) {
    return readAll(connector, ConnectorState.empty());
  }

  static List<Record> records(List<ReadEvent> events) {
    return events.stream().filter(ReadEvent.Read.class::isInstance)
        .map(e -> ((ReadEvent.Read) e).record()).collect(Collectors.toList());
  }

  static List<ReadEvent.Malformed> malformed(List<ReadEvent> events) {
    return events.stream().filter(ReadEvent.Malformed.class::isInstance)
        .map(ReadEvent.Malformed.class::cast).collect(Collectors.toList());
  }

  static List<Checkpoint> checkpoints(List<ReadEvent> events) {
    return events.stream().filter(ReadEvent.Checkpointed.class::isInstance)
        .map(e -> ((ReadEvent.Checkpointed) e).checkpoint()).collect(Collectors.toList());
  }
}
