package dk.datainformed.connector.csv.internal;

import dk.datainformed.core.DatainformedException;
import dk.datainformed.core.record.Schema;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads a schema in core's Schema JSON form. */
final class SchemaJson {

  private SchemaJson() {}

  /**
   * Reads a schema.
   *
   * @throws IllegalArgumentException with what is wrong, when the text is not a schema
   */
  static Schema read(String json) {
    try {
      Schema schema = JsonMapper.builder().build().readValue(json, Schema.class);
      if (schema == null) {
        throw new IllegalArgumentException("the schema JSON is empty");
      }
      return schema;
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "not a schema in core's JSON form ({\"fields\":[{\"name\":...,\"type\":...,\"nullable\":...}]}): "
              + Shown.clip(e.getOriginalMessage()), e);
    } catch (DatainformedException e) {
      throw new IllegalArgumentException("not a valid schema: " + e.getMessage(), e);
    }
  }
}
