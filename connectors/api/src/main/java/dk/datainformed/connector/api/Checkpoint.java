package dk.datainformed.connector.api;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where a read of one stream has got to: every record of the stream up to this point has been
 * delivered, and a read that starts from this checkpoint delivers exactly the records after it.
 *
 * <p>The position is the connector's own, as text by name (a file and a byte offset, a cursor, the
 * last period read), so that any application can store it (a file, a database row) without knowing
 * the connector. Store it together with the effect of the records before it, in one transaction
 * where you can: then nothing is lost or counted twice when a run fails and is resumed.
 *
 * @param stream the stream's name
 * @param position the connector's position, by name
 */
public record Checkpoint(String stream, Map<String, String> position) {

  /**
   * Creates the checkpoint.
   *
   * @param stream the stream's name
   * @param position the connector's position, by name; copied in name order
   */
  public Checkpoint {
    Objects.requireNonNull(stream, "stream");
    position = Map.copyOf(new TreeMap<>(position));
  }

  /**
   * One part of the position.
   *
   * @param name the part's name
   * @return its value
   * @throws ConnectorException when the checkpoint has no such part (it was made by another
   *     connector or an older version)
   */
  public String get(String name) {
    String value = position.get(name);
    if (value == null) {
      throw new ConnectorException(
          "The checkpoint of stream '" + stream + "' has no '" + name + "' (it has " + position.keySet()
              + "): was it written by another connector or version?");
    }
    return value;
  }
}
