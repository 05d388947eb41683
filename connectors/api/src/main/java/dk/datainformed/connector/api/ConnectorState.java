package dk.datainformed.connector.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The last checkpoint of each stream: what an application stores between runs and hands to the
 * next read.
 *
 * <pre>{@code
 * ConnectorState state = ConnectorState.empty();
 * try (Stream<ReadEvent> events = connector.read(ReadRequest.all().from(state))) {
 *   for (ReadEvent e : (Iterable<ReadEvent>) events::iterator) {
 *     if (e instanceof ReadEvent.Checkpointed c) {
 *       state = state.with(c.checkpoint());   // store it with what you did with the records
 *     }
 *   }
 * }
 * }</pre>
 *
 * @param checkpoints the last checkpoint of each stream, by stream name
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ConnectorState(Map<String, Checkpoint> checkpoints) {

  /**
   * Creates the state.
   *
   * @param checkpoints the checkpoints by stream name; each must belong to the stream it is filed under
   */
  public ConnectorState {
    checkpoints = Map.copyOf(new TreeMap<>(checkpoints));
    checkpoints.forEach((stream, checkpoint) -> {
      if (!stream.equals(checkpoint.stream())) {
        throw new IllegalArgumentException(
            "the checkpoint filed under '" + stream + "' belongs to stream '" + checkpoint.stream() + "'");
      }
    });
  }

  /**
   * No checkpoints: a read from the beginning.
   *
   * @return the empty state
   */
  public static ConnectorState empty() {
    return new ConnectorState(Map.of());
  }

  /**
   * The state from a set of checkpoints.
   *
   * @param checkpoints at most one per stream
   * @return the state
   */
  public static ConnectorState of(Collection<Checkpoint> checkpoints) {
    Map<String, Checkpoint> byStream = new TreeMap<>();
    for (Checkpoint checkpoint : checkpoints) {
      if (byStream.put(checkpoint.stream(), checkpoint) != null) {
        throw new IllegalArgumentException("two checkpoints for stream '" + checkpoint.stream() + "'");
      }
    }
    return new ConnectorState(byStream);
  }

  /**
   * This state with a stream's checkpoint replaced.
   *
   * @param checkpoint the newer checkpoint
   * @return the new state
   */
  public ConnectorState with(Checkpoint checkpoint) {
    Map<String, Checkpoint> next = new TreeMap<>(checkpoints);
    next.put(checkpoint.stream(), checkpoint);
    return new ConnectorState(next);
  }

  /**
   * The checkpoint of a stream.
   *
   * @param stream the stream's name
   * @return its last checkpoint, or empty when it has not been read
   */
  public Optional<Checkpoint> checkpoint(String stream) {
    return Optional.ofNullable(checkpoints.get(stream));
  }
}
