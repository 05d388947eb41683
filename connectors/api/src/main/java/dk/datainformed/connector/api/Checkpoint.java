package dk.datainformed.connector.api;

import dk.datainformed.core.id.IdentifierMask;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

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
@API(status = API.Status.STABLE, since = "0.1")
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

  /**
   * The stream and the position for a log line, with every value of four or more digits masked by
   * {@link IdentifierMask#maskWords}: a position may name a file called after a person's CPR
   * number. Store the checkpoint itself, never this text.
   *
   * @return e.g. {@code Checkpoint[stream=fravaer, position={file=fravaer.csv, line=12, offset=****}]}
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Checkpoint[stream=").append(IdentifierMask.maskWords(stream))
        .append(", position={");
    String separator = "";
    for (Map.Entry<String, String> part : new TreeMap<>(position).entrySet()) {
      text.append(separator).append(part.getKey()).append('=').append(IdentifierMask.maskWords(part.getValue()));
      separator = ", ";
    }
    return text.append("}]").toString();
  }
}
