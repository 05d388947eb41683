package dk.datainformed.kpi.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.datainformed.core.id.CprDetector;
import dk.datainformed.kpi.KpiException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Checks the property names of a definition file against the transfer records before they are
 * bound, so that an unknown or misspelt field is reported at the line and column where it is
 * written (Jackson reports unknown properties of records only at the end of their object).
 *
 * <p>An empty item of a list (a lone {@code -} in YAML, {@code null} in JSON) is reported here too,
 * where it is written. Values of the wrong shape are skipped here and left to data binding to
 * report.
 */
final class KnownFields {
  private KnownFields() {}

  /**
   * Walks the value at the parser's current token.
   *
   * @param p a parser positioned on the value's first token
   * @param type the transfer record the value binds to
   * @param path the path of the value, for messages
   * @param sourceName the file name, for messages
   */
  static void check(JsonParser p, Class<?> type, String path, String sourceName) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    Map<String, Type> known = properties(type);
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      Type valueType = known.get(name);
      if (valueType == null) {
        String closest = JacksonMessages.closest(name, known.keySet());
        throw new KpiException(
            DefinitionCodec.where(sourceName, p.currentTokenLocation())
                + "unknown field '" + Excerpt.of(name) + "'"
                + (path.isEmpty() ? "" : " in '" + path + "'")
                + (closest != null
                    ? " (did you mean '" + closest + "'?)"
                    : " (known fields: " + String.join(", ", known.keySet()) + ")"));
      }
      p.nextToken();
      if (type == KpiDto.class && name.equals("type")) {
        checkKind(p, sourceName);
      }
      String childPath = path.isEmpty() ? name : path + "." + name;
      checkValue(p, valueType, childPath, sourceName);
    }
  }

  private static void checkKind(JsonParser p, String sourceName) {
    if (p.currentToken() != JsonToken.VALUE_STRING || KpiDto.KINDS.contains(p.getString())) {
      return;
    }
    String kind = Excerpt.of(p.getString());
    String closest = JacksonMessages.closest(kind, KpiDto.KINDS);
    throw new KpiException(
        DefinitionCodec.where(sourceName, p.currentTokenLocation())
            + "'" + kind + "' is not a valid value for 'type'"
            + (closest != null ? " (did you mean '" + closest + "'?)" : "")
            + "; use one of " + String.join(", ", KpiDto.KINDS));
  }

  private static void checkValue(JsonParser p, Type type, String path, String sourceName) {
    if (type instanceof Class && ((Class<?>) type).isRecord()) {
      check(p, (Class<?>) type, path, sourceName);
    } else if (type instanceof ParameterizedType
        && ((ParameterizedType) type).getRawType() == List.class
        && p.currentToken() == JsonToken.START_ARRAY) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      int index = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
          throw new KpiException(
              DefinitionCodec.where(sourceName, p.currentTokenLocation())
                  + "item " + (index + 1) + " of '" + path + "' is empty: write the item after its"
                  + " '-' or remove the '-'");
        }
        checkValue(p, element, path + "[" + index++ + "]", sourceName);
      }
    } else {
      p.skipChildren();
    }
  }

  private static Map<String, Type> properties(Class<?> record) {
    Map<String, Type> out = new LinkedHashMap<>();
    for (RecordComponent c : record.getRecordComponents()) {
      JsonProperty name = c.getAnnotation(JsonProperty.class);
      if (name == null) {
        name = c.getAccessor().getAnnotation(JsonProperty.class);
      }
      out.put(name != null ? name.value() : c.getName(), c.getGenericType());
    }
    return out;
  }
}
