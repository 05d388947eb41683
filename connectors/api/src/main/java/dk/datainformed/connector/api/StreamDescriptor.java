package dk.datainformed.connector.api;

import dk.datainformed.core.record.Schema;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One stream a connector offers: its name, the schema of its records, the fields that identify a
 * record, and, where incremental reads are possible, the field that orders them.
 *
 * <pre>{@code
 * new StreamDescriptor("fravaer", schema, List.of("employee", "date"), Optional.of("date"),
 *     "Absence days per employee and day from the payroll export");
 * }</pre>
 *
 * @param name the stream's name, unique within its connector
 * @param schema the schema of every record of the stream
 * @param primaryKey the fields that together identify a record; may be empty when the source has none
 * @param cursorField the field by which records are ordered for incremental reads, if any
 * @param description what the stream holds, for people
 */
@API(status = API.Status.STABLE, since = "0.1")
public record StreamDescriptor(
    String name, Schema schema, List<String> primaryKey, Optional<String> cursorField, String description) {

  /**
   * Creates the descriptor and checks that its fields exist in the schema.
   *
   * @param name the stream's name
   * @param schema the schema
   * @param primaryKey the identifying fields
   * @param cursorField the ordering field, if any
   * @param description what the stream holds
   * @throws IllegalArgumentException when a key or cursor field is not in the schema
   */
  public StreamDescriptor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(schema, "schema");
    primaryKey = List.copyOf(primaryKey);
    Objects.requireNonNull(cursorField, "cursorField");
    Objects.requireNonNull(description, "description");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a stream needs a name");
    }
    for (String field : primaryKey) {
      if (schema.findIndex(field).isEmpty()) {
        throw new IllegalArgumentException(
            "stream '" + name + "': primary key field '" + field + "' is not in the schema " + schema);
      }
    }
    cursorField.ifPresent(field -> {
      if (schema.findIndex(field).isEmpty()) {
        throw new IllegalArgumentException(
            "stream '" + name + "': cursor field '" + field + "' is not in the schema " + schema);
      }
    });
  }
}
