package dk.datainformed.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class SchemaJsonProperties {

  private final JsonMapper mapper = JsonMapper.builder().build();

  @Provide
  Arbitrary<Schema> schemas() {
    return RecordArbitraries.schemas();
  }

  @Property
  void jsonRoundTripIsIdentity(@ForAll("schemas") Schema schema) {
    String json = mapper.writeValueAsString(schema);
    Schema read = mapper.readValue(json, Schema.class);
    assertThat(read).isEqualTo(schema);
    assertThat(read.fields()).containsExactlyElementsOf(schema.fields());
    assertThat(mapper.writeValueAsString(read)).isEqualTo(json);
  }

  @Test
  void writesTheReadablePublishedForm() {
    Schema schema =
        Schema.of(
            Field.required("unit", FieldType.CATEGORY),
            Field.nullable("absence_hours", FieldType.DECIMAL));
    assertThat(mapper.writeValueAsString(schema))
        .isEqualTo(
            "{\"fields\":["
                + "{\"name\":\"unit\",\"type\":\"category\",\"nullable\":false},"
                + "{\"name\":\"absence_hours\",\"type\":\"decimal\",\"nullable\":true}]}");
  }

  @Test
  void writesEveryTypeAsItsLowerCaseName() {
    for (FieldType type : FieldType.values()) {
      String json = mapper.writeValueAsString(Schema.of(Field.required("f", type)));
      assertThat(json)
          .contains("\"type\":\"" + type.name().toLowerCase(java.util.Locale.ROOT) + "\"");
    }
  }

  @Test
  void readsTheFieldsInTheirOrder() {
    Schema schema =
        mapper.readValue(
            "{\"fields\":[{\"name\":\"period\",\"type\":\"period\",\"nullable\":false},"
                + "{\"name\":\"person\",\"type\":\"identifier\",\"nullable\":false},"
                + "{\"name\":\"started\",\"type\":\"timestamp\",\"nullable\":true}]}",
            Schema.class);
    assertThat(schema)
        .isEqualTo(
            Schema.of(
                Field.required("period", FieldType.PERIOD),
                Field.required("person", FieldType.IDENTIFIER),
                Field.nullable("started", FieldType.TIMESTAMP)));
    assertThat(schema.indexOf("started")).isEqualTo(2);
  }

  @Test
  void ignoresPropertiesItDoesNotKnow() {
    Schema schema =
        mapper.readValue(
            "{\"version\":2,\"fields\":[{\"name\":\"unit\",\"type\":\"category\","
                + "\"nullable\":false,\"description\":\"organisational unit\"}]}",
            Schema.class);
    assertThat(schema).isEqualTo(Schema.of(Field.required("unit", FieldType.CATEGORY)));
  }

  @Test
  void rejectsAFieldWithoutNullable() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"fields\":[{\"name\":\"unit\",\"type\":\"category\"}]}", Schema.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("nullable");
  }

  @Test
  void rejectsAnUnknownType() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"fields\":[{\"name\":\"amount\",\"type\":\"money\",\"nullable\":false}]}",
                    Schema.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("money");
  }

  @Test
  void rejectsASchemaWithoutFields() {
    assertThatThrownBy(() -> mapper.readValue("{\"fields\":[]}", Schema.class))
        .hasMessageContaining("at least one field");
    assertThatThrownBy(() -> mapper.readValue("{}", Schema.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("fields");
  }

  @Test
  void rejectsFieldsThatBreakTheSchemaRules() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"fields\":[{\"name\":\"unit"
                        + " code\",\"type\":\"category\",\"nullable\":false}]}",
                    Schema.class))
        .hasMessageContaining("Invalid field name 'unit code'");
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"fields\":[{\"name\":\"unit\",\"type\":\"category\",\"nullable\":false},"
                        + "{\"name\":\"UNIT\",\"type\":\"text\",\"nullable\":true}]}",
                    Schema.class))
        .hasMessageContaining("'UNIT' clashes with field 'unit'");
  }
}
