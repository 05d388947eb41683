package dk.datainformed.pipeline;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A field of a source that holds CPR numbers, and what it becomes when read: a pseudonym field of
 * its own name in the source's pseudonym domain.
 *
 * <pre>{@code
 * PersonField.of("cpr", "employee");   // the CPR column "cpr" is read as the pseudonym "employee"
 * }</pre>
 *
 * @param field the source's field with CPR numbers
 * @param as the name of the pseudonym field that replaces it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PersonField(String field, String as) {

  /**
   * Creates the declaration.
   *
   * @param field the CPR field
   * @param as the pseudonym field's name
   * @throws PipelineException when a name is missing or blank
   */
  public PersonField {
    if (field == null || field.isBlank() || as == null || as.isBlank()) {
      throw new PipelineException(
          "A person field needs the name of its CPR field and of the pseudonym field it becomes");
    }
  }

  /**
   * A CPR field read as a pseudonym field of another name.
   *
   * @param field the CPR field
   * @param as the pseudonym field's name
   * @return the declaration
   */
  public static PersonField of(String field, String as) {
    return new PersonField(Objects.requireNonNull(field, "field"), Objects.requireNonNull(as, "as"));
  }
}
