package dk.datainformed.cli.internal;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A first look at a YAML file, before the library reads it properly: its top-level keys, and a
 * value at a path. Never a verdict on the file; a file this cannot read is left to the library,
 * whose message says where and why.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
final class YamlPeek {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final Pattern TOP_LEVEL_KEY = Pattern.compile("(?m)^([A-Za-z_][A-Za-z0-9_]*)\\s*:");
  private static final Pattern TOP_LEVEL_ITEM = Pattern.compile("(?m)^-(\\s|$)");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");

  private final String text;
  private final Optional<JsonNode> tree;

  private YamlPeek(String text, Optional<JsonNode> tree) {
    this.text = text;
    this.tree = tree;
  }

  /**
   * Looks at a text.
   *
   * @param text the YAML text
   * @return the look
   */
  static YamlPeek of(String text) {
    Optional<JsonNode> tree;
    try {
      tree = Optional.ofNullable(YAML.readTree(text));
    } catch (JacksonException e) {
      tree = Optional.empty();
    }
    return new YamlPeek(text, tree);
  }

  /**
   * The keys at the top of the file: from the parsed tree when it parses, otherwise from the lines
   * that start with a key, so that a file with one broken line still shows its kind.
   *
   * @return the keys, in order
   */
  Set<String> topLevelKeys() {
    Set<String> keys = new LinkedHashSet<>();
    if (tree.isPresent() && tree.get().isObject()) {
      keys.addAll(tree.get().propertyNames());
      return keys;
    }
    Matcher m = TOP_LEVEL_KEY.matcher(text);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  /**
   * Whether the file is a list at its top (a catalog file of several definitions).
   *
   * @return true for a top-level list
   */
  boolean isList() {
    return tree.map(JsonNode::isArray).orElseGet(() -> TOP_LEVEL_ITEM.matcher(text).find());
  }

  /**
   * A text value at a path of keys, when the file parses and has one there.
   *
   * @param keys the path
   * @return the value
   */
  Optional<String> text(String... keys) {
    return node(keys).filter(JsonNode::isValueNode).map(JsonNode::asString);
  }

  /**
   * Whether the file parses and has a value at a path of keys.
   *
   * @param keys the path
   * @return true when it has one
   */
  boolean has(String... keys) {
    return node(keys).isPresent();
  }

  private Optional<JsonNode> node(String... keys) {
    Optional<JsonNode> at = tree;
    for (String key : keys) {
      at = at.filter(JsonNode::isObject).map(n -> n.get(key));
    }
    return at.filter(n -> !n.isNull() && !n.isMissingNode());
  }

  /**
   * The first line whose indentation holds a tab, which YAML does not allow.
   *
   * @return its number, from 1
   */
  Optional<Integer> firstTabIndentedLine() {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int end = 0;
      while (end < line.length() && (line.charAt(end) == ' ' || line.charAt(end) == '\t')) {
        end++;
      }
      if (line.substring(0, end).indexOf('\t') >= 0) {
        return Optional.of(i + 1);
      }
    }
    return Optional.empty();
  }

  /**
   * The names of the {@code ${name}} variables the text uses, without {@code here}.
   *
   * @return the names, in order of first use
   */
  Set<String> variables() {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = VARIABLE.matcher(text);
    while (m.find()) {
      if (!m.group(1).equals("here")) {
        names.add(m.group(1));
      }
    }
    return names;
  }
}
