package dk.datainformed.core.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.datainformed.core.InvalidValueException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A named, typed field of a {@link Schema}.
 *
 * <p>Its JSON form is {@code {"name":"unit","type":"category","nullable":false}}; all three
 * properties are required when reading.
 *
 * <pre>{@code
 * Field unit = Field.required("unit", FieldType.CATEGORY);
 * Field hours = Field.nullable("absence_hours", FieldType.DECIMAL);
 * }</pre>
 *
 * <p>A field name starts with a letter or {@code _} and holds only letters (Danish letters
 * included), digits and {@code _}, at most 128 characters: names like that can be used unchanged in
 * KPI definitions, JSON and SQL.
 *
 * @param name the field name, e.g. {@code "unit"}
 * @param type the type of the field's values
 * @param nullable whether a record may hold no value for the field
 */
@JsonPropertyOrder({"name", "type", "nullable"})
@API(status = API.Status.STABLE, since = "0.1")
public record Field(
    @JsonProperty(value = "name", required = true) String name,
    @JsonProperty(value = "type", required = true) FieldType type,
    @JsonProperty(value = "nullable", required = true) boolean nullable) {

  private static final int MAX_NAME_LENGTH = 128;

  /**
   * Creates a field.
   *
   * @param name the field name: a letter or {@code _}, then letters, digits and {@code _}
   * @param type the type of the field's values
   * @param nullable whether a record may hold no value for the field
   * @throws InvalidValueException when the name breaks the naming rule
   */
  public Field {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    checkName(name);
  }

  /**
   * A field that every record must fill.
   *
   * @param name the field name
   * @param type the type of the field's values
   * @return the field, not nullable
   */
  public static Field required(String name, FieldType type) {
    return new Field(name, type, false);
  }

  /**
   * A field that a record may leave empty.
   *
   * @param name the field name
   * @param type the type of the field's values
   * @return the field, nullable
   */
  public static Field nullable(String name, FieldType type) {
    return new Field(name, type, true);
  }

  private static void checkName(String name) {
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      throw new InvalidValueException(
          "field name",
          Shown.clip(name),
          "a field name has 1 to " + MAX_NAME_LENGTH + " characters, not " + name.length());
    }
    char first = name.charAt(0);
    boolean ok = first == '_' || Character.isLetter(first);
    for (int i = 1; ok && i < name.length(); i++) {
      char c = name.charAt(i);
      ok = c == '_' || Character.isLetterOrDigit(c);
    }
    if (!ok) {
      throw new InvalidValueException(
          "field name",
          Shown.clip(name),
          "a field name starts with a letter or '_' and holds only letters, digits and '_'");
    }
  }
}
