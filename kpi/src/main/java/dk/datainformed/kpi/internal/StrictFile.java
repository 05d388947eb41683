package dk.datainformed.kpi.internal;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.ReadLimits;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads other YAML files of the module (the guards' usage description and policy) with the same
 * strictness and the same messages as KPI definition files: unknown fields where they are written,
 * wrong types and malformed text with file, line and column.
 *
 * <p>Transfer records are checked by {@link KnownFields} and bound by Jackson; {@link #locations}
 * keeps where each value was written, so that later checks (an unknown KPI id, a negative
 * threshold) can name the line too.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class StrictFile {
  private static final ObjectMapper YAML = DefinitionCodec.configure(YAMLMapper.builder()).build();

  private StrictFile() {}

  /**
   * Reads a YAML text into a transfer record.
   *
   * @param <T> the record type
   * @param sourceName the file name shown in messages
   * @param text the YAML text
   * @param type the transfer record
   * @param limits how much the text may hold
   * @return the bound record
   * @throws KpiException with file, line and column when the text is malformed, over the limits,
   *     holds an unknown field, an empty list item or a value of the wrong type
   */
  public static <T> T readYaml(String sourceName, String text, Class<T> type, ReadLimits limits) {
    try {
      Bounded.check(sourceName, text, YAML, true, limits);
      try (JsonParser p = YAML.createParser(text)) {
        JsonToken first = p.nextToken();
        if (first == null) {
          throw new KpiException(sourceName + ": the file is empty");
        }
        if (first != JsonToken.START_OBJECT) {
          throw new KpiException(where(sourceName, p.currentTokenLocation()) + "expected a mapping");
        }
        KnownFields.check(p, type, "", sourceName);
      }
      return YAML.readValue(text, type);
    } catch (JacksonException e) {
      throw JacksonMessages.failure(sourceName, "YAML", e);
    }
  }

  /**
   * Where each value of a YAML text was written, by path: {@code cockpits[0].kpis[2].kpi}.
   *
   * @param text a YAML text that {@link #readYaml} has read
   * @return the location of every value, by path
   */
  public static Map<String, TokenStreamLocation> locations(String text) {
    Map<String, TokenStreamLocation> out = new HashMap<>();
    Deque<String> paths = new ArrayDeque<>();
    Deque<int[]> indexes = new ArrayDeque<>();
    String name = null;
    try (JsonParser p = YAML.createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.PROPERTY_NAME) {
          name = p.currentName();
          continue;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          paths.pop();
          indexes.pop();
          name = null;
          continue;
        }
        String parent = paths.isEmpty() ? "" : paths.peek();
        boolean inList = !indexes.isEmpty() && indexes.peek().length == 1;
        String path =
            inList
                ? parent + "[" + indexes.peek()[0]++ + "]"
                : name == null ? parent : parent.isEmpty() ? name : parent + "." + name;
        name = null;
        out.putIfAbsent(path, p.currentTokenLocation());
        if (t == JsonToken.START_OBJECT) {
          paths.push(path);
          indexes.push(new int[0]);
        } else if (t == JsonToken.START_ARRAY) {
          paths.push(path);
          indexes.push(new int[] {0});
        }
      }
    } catch (JacksonException e) {
      return Map.copyOf(out);
    }
    return Map.copyOf(out);
  }

  /**
   * The start of a message about a place in a file: {@code "usage.yaml, line 7, column 3: "}.
   *
   * @param sourceName the file name
   * @param location the place; when null, the file name alone
   * @return the prefix
   */
  public static String where(String sourceName, TokenStreamLocation location) {
    return location == null ? sourceName + ": " : DefinitionCodec.where(sourceName, location);
  }
}
