package dk.datainformed.core.record;

import dk.datainformed.core.DatainformedException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A row or a read does not fit its {@link Schema}: a value of the wrong type, no value in a field
 * that is not nullable, a field name the schema does not have, a row with too few or too many
 * values, or a typed read that does not match the field's type.
 *
 * <p>The message names the field and shows the offending value; values of {@link
 * FieldType#IDENTIFIER} fields are shown masked with {@link
 * dk.datainformed.core.id.IdentifierMask}, never whole, for example {@code Field 'cpr' (identifier)
 * rejects '010190-****' (Long): expected a String}.
 *
 * <pre>{@code
 * try {
 *   builder.set(cprIndex, cell);
 * } catch (SchemaViolationException e) {
 *   rejected.add(lineNumber, e.field(), e.getMessage());  // safe to log: no CPR number inside
 *   builder.clear();
 * }
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class SchemaViolationException extends DatainformedException {
  private static final long serialVersionUID = 1L;

  /** The name of the field concerned. */
  private final String field;

  /**
   * Creates the exception.
   *
   * @param field the name of the field concerned
   * @param message what does not fit and why, with any value already masked
   */
  public SchemaViolationException(String field, String message) {
    super(message);
    this.field = Objects.requireNonNull(field, "field");
  }

  /**
   * The name of the field concerned.
   *
   * @return the field name as the schema or the caller gave it (an unknown name that looks like a
   *     CPR number is masked)
   */
  public String field() {
    return field;
  }
}
