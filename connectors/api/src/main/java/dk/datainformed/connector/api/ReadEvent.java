package dk.datainformed.connector.api;

import dk.datainformed.core.record.Record;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a read delivers, in order: records, checkpoints after them, and rows that could not be read.
 *
 * <p>The contract every connector keeps (and the test kit checks): the records of a stream before a
 * {@link Checkpointed} event are exactly the records that a read from that checkpoint does not
 * deliver again; the records after it are exactly those it does deliver. A row that cannot be read
 * is never dropped silently: it is an {@link Malformed} event with its position, or the read ends in
 * an exception that names the position, as the connector's configuration says.
 */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface ReadEvent {

  /**
   * The stream the event belongs to.
   *
   * @return the stream's name
   */
  String stream();

  /**
   * A record read.
   *
   * @param stream the stream's name
   * @param record the record, of the stream's schema
   */
  record Read(String stream, Record record) implements ReadEvent {
    /**
     * Creates the event.
     *
     * @param stream the stream's name
     * @param record the record
     */
    public Read {
      Objects.requireNonNull(stream, "stream");
      Objects.requireNonNull(record, "record");
    }
  }

  /**
   * Every record of the stream up to here has been delivered.
   *
   * @param checkpoint where a later read can resume
   */
  record Checkpointed(Checkpoint checkpoint) implements ReadEvent {
    /**
     * Creates the event.
     *
     * @param checkpoint the checkpoint
     */
    public Checkpointed {
      Objects.requireNonNull(checkpoint, "checkpoint");
    }

    @Override
    public String stream() {
      return checkpoint.stream();
    }
  }

  /**
   * A row of the source that could not be read, kept for inspection.
   *
   * <p>The raw text is the row as the source had it and may hold personal data: it is for the
   * municipality's own error channel, never for logs. {@code toString()} leaves it out.
   *
   * @param stream the stream's name
   * @param position where the row is, e.g. {@code "fravaer-2024-01.csv, line 1207"}
   * @param reason why it could not be read, with identifier values masked
   * @param raw the row as the source had it
   */
  record Malformed(String stream, String position, String reason, String raw) implements ReadEvent {
    /**
     * Creates the event.
     *
     * @param stream the stream's name
     * @param position where the row is
     * @param reason why it could not be read
     * @param raw the row as the source had it
     */
    public Malformed {
      Objects.requireNonNull(stream, "stream");
      Objects.requireNonNull(position, "position");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(raw, "raw");
    }

    /**
     * The stream, position and reason; never the raw row.
     *
     * @return a description safe for logs
     */
    @Override
    public String toString() {
      return "Malformed[" + stream + ", " + position + ": " + reason + " (raw row of " + raw.length()
          + " characters not shown)]";
    }
  }
}
