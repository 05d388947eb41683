package dk.datainformed.connector.api;

import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What to read: which streams (all when none are named), and from which state.
 *
 * <pre>{@code
 * ReadRequest.streams("fravaer").from(savedState)
 * }</pre>
 *
 * @param streams the names of the streams to read; empty means every stream
 * @param state where to start each stream
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ReadRequest(Set<String> streams, ConnectorState state) {

  /**
   * Creates the request.
   *
   * @param streams the stream names; empty for all
   * @param state where to start
   */
  public ReadRequest {
    streams = Set.copyOf(streams);
    Objects.requireNonNull(state, "state");
  }

  /**
   * Every stream, from the beginning.
   *
   * @return the request
   */
  public static ReadRequest all() {
    return new ReadRequest(Set.of(), ConnectorState.empty());
  }

  /**
   * The named streams, from the beginning.
   *
   * @param names stream names
   * @return the request
   */
  public static ReadRequest streams(String... names) {
    return new ReadRequest(Set.of(names), ConnectorState.empty());
  }

  /**
   * This request, starting from a saved state.
   *
   * @param saved the state of an earlier read
   * @return the new request
   */
  public ReadRequest from(ConnectorState saved) {
    return new ReadRequest(streams, saved);
  }

  /**
   * Whether a stream is asked for.
   *
   * @param stream a stream name
   * @return true if it is to be read
   */
  public boolean includes(String stream) {
    return streams.isEmpty() || streams.contains(stream);
  }
}
