package dk.datainformed.connector.api;

import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * A configured connection to one source: a folder of CSV exports, Statistics Denmark's API, a
 * municipality's own line-of-business system.
 *
 * <p>Made by a {@link ConnectorProvider} from a validated {@link ConnectorConfig}. The life of a
 * connector follows the Airbyte protocol's steps: {@link #check()} that the source can be reached,
 * {@link #discover()} what it offers, then {@link #read(ReadRequest)} records with checkpoints.
 *
 * <pre>{@code
 * try (Connector csv = Connectors.open("csv", Map.of("path", "/data/fravaer"))) {
 *   CheckResult check = csv.check();
 *   if (!check.ok()) throw new IllegalStateException(check.message());
 *   try (Stream<ReadEvent> events = csv.read(ReadRequest.all().from(savedState))) {
 *     events.forEach(this::handle);
 *   }
 * }
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Connector extends AutoCloseable {

  /**
   * Whether the source can be reached and read with this configuration. Never throws for a source
   * that is down or a wrong setting: that is a failed result with a message saying what to fix.
   *
   * @return the outcome and an actionable message
   */
  CheckResult check();

  /**
   * The streams this source offers, each with its schema, primary key and cursor field.
   *
   * @return the streams
   * @throws ConnectorException when the source cannot be read
   */
  List<StreamDescriptor> discover();

  /**
   * Reads the requested streams from the given state, lazily, with memory bounded independently of
   * the source's size. Close the stream to release files and connections.
   *
   * @param request the streams and the state to start from
   * @return the events: records, checkpoints and malformed rows, in source order per stream
   * @throws ConnectorException when the source cannot be read; a {@link MalformedSourceException}
   *     when bad data is met and the connector is configured to stop
   */
  Stream<ReadEvent> read(ReadRequest request);

  /** Releases what the connector holds (connections, open files). Does not throw checked exceptions. */
  @Override
  void close();
}
