package dk.datainformed.core.record;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dk.datainformed.core.DatainformedException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The ordered, named and typed fields of the records a connector emits.
 *
 * <p>Resolve each field name to its index once, before the rows flow, and read and write by index:
 *
 * <pre>{@code
 * Schema schema = Schema.of(
 *     Field.required("unit", FieldType.CATEGORY),
 *     Field.required("person", FieldType.IDENTIFIER),
 *     Field.nullable("absence_hours", FieldType.DECIMAL));
 * int hours = schema.indexOf("absence_hours");   // 2, looked up once
 * }</pre>
 *
 * <h2>JSON</h2>
 *
 * <p>A schema's JSON form is a published contract:
 *
 * <pre>{@code
 * {"fields":[{"name":"unit","type":"category","nullable":false},
 *            {"name":"person","type":"identifier","nullable":false},
 *            {"name":"absence_hours","type":"decimal","nullable":true}]}
 * }</pre>
 *
 * <p>Fields keep their order. Every field needs {@code name}, {@code type} and {@code nullable};
 * readers ignore properties they do not know, so that later versions can add some (such as a
 * description) without breaking older readers.
 *
 * <h2>Rules</h2>
 *
 * <p>A schema has at least one field, and field names are unique ignoring case (SQL engines compare
 * unquoted names that way, and definitions are meant to run there too).
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
@API(status = API.Status.STABLE, since = "0.1")
public final class Schema {

  private final List<Field> fields;
  private final Map<String, Integer> indexByName;
  private final FieldType[] types;
  private final boolean[] nullable;
  private final int[] slots;
  private final int primitiveSlots;
  private final int referenceSlots;
  private final int presenceWords;

  private Schema(List<Field> fields) {
    this.fields = List.copyOf(fields);
    int size = this.fields.size();
    if (size == 0) {
      throw new DatainformedException("A schema needs at least one field");
    }
    indexByName = new HashMap<>();
    Map<String, String> byLowerCase = new HashMap<>();
    types = new FieldType[size];
    nullable = new boolean[size];
    slots = new int[size];
    int primitives = 0;
    int references = 0;
    for (int i = 0; i < size; i++) {
      Field field = this.fields.get(i);
      String earlier = byLowerCase.putIfAbsent(field.name().toLowerCase(Locale.ROOT), field.name());
      if (earlier != null) {
        throw new DatainformedException(
            String.format(
                "Field '%s' clashes with field '%s' in the schema: field names must be unique"
                    + " ignoring case",
                field.name(), earlier));
      }
      indexByName.put(field.name(), i);
      types[i] = field.type();
      nullable[i] = field.nullable();
      slots[i] = field.type().primitive() ? primitives++ : references++;
    }
    primitiveSlots = primitives;
    referenceSlots = references;
    presenceWords = (size + Long.SIZE - 1) / Long.SIZE;
  }

  /**
   * A schema of the given fields, in order.
   *
   * @param fields the fields, at least one, names unique ignoring case
   * @return the schema
   * @throws DatainformedException when there is no field or two names clash
   */
  public static Schema of(Field... fields) {
    return new Schema(Arrays.asList(fields));
  }

  /**
   * A schema of the given fields, in order; also the reader of the JSON form.
   *
   * @param fields the fields, at least one, names unique ignoring case
   * @return the schema
   * @throws DatainformedException when there is no field or two names clash
   */
  @JsonCreator
  public static Schema of(@JsonProperty(value = "fields", required = true) List<Field> fields) {
    Objects.requireNonNull(fields, "fields");
    return new Schema(fields);
  }

  /**
   * The fields, in order.
   *
   * @return an unmodifiable list
   */
  @JsonProperty("fields")
  public List<Field> fields() {
    return fields;
  }

  /**
   * The number of fields.
   *
   * @return at least 1
   */
  public int size() {
    return fields.size();
  }

  /**
   * The field at an index.
   *
   * @param index from 0 to {@code size() - 1}
   * @return the field
   * @throws IndexOutOfBoundsException when the index is outside the schema
   */
  public Field field(int index) {
    return fields.get(index);
  }

  /**
   * The index of a field, for reading and writing records by index.
   *
   * @param name the field name, exactly as declared
   * @return the index
   * @throws SchemaViolationException when the schema has no field of that name
   */
  public int indexOf(String name) {
    Integer index = indexByName.get(Objects.requireNonNull(name, "name"));
    if (index == null) {
      String shown = Shown.clip(name);
      throw new SchemaViolationException(
          shown, "Field '" + shown + "' is not in the schema: " + describeNames());
    }
    return index;
  }

  /**
   * The index of a field, if the schema has it.
   *
   * @param name the field name, exactly as declared
   * @return the index, or empty when there is no such field
   */
  public OptionalInt findIndex(String name) {
    Integer index = indexByName.get(Objects.requireNonNull(name, "name"));
    return index == null ? OptionalInt.empty() : OptionalInt.of(index);
  }

  /** The type of the field at an index, without the record-component indirection. */
  FieldType type(int index) {
    return types[index];
  }

  boolean isNullable(int index) {
    return nullable[index];
  }

  /** The position of the field's value in the record's {@code long[]} or {@code Object[]}. */
  int slot(int index) {
    return slots[index];
  }

  int primitiveSlots() {
    return primitiveSlots;
  }

  int referenceSlots() {
    return referenceSlots;
  }

  /** Length of a record's {@code long[]}: the primitive values, then one presence bit per field. */
  int primitiveArrayLength() {
    return primitiveSlots + presenceWords;
  }

  String describeNames() {
    return "its fields are " + fields.stream().map(Field::name).collect(Collectors.joining(", "));
  }

  /**
   * Two schemas are equal when they have the same fields in the same order.
   *
   * @param other the object to compare with
   * @return whether the other is an equal schema
   */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof Schema s && s.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /**
   * The fields as text, e.g. {@code Schema[unit category, absence_hours decimal nullable]}.
   *
   * @return a description for logs and messages
   */
  @Override
  public String toString() {
    return fields.stream()
        .map(f -> f.name() + " " + f.type().label() + (f.nullable() ? " nullable" : ""))
        .collect(Collectors.joining(", ", "Schema[", "]"));
  }
}
