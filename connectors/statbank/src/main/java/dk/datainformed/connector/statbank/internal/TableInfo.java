package dk.datainformed.connector.statbank.internal;

import dk.datainformed.connector.api.AnswerText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;

/**
 * A table's metadata as the API's {@code tableinfo} answers it: {@code {"id":"FOLK1A","text":...,
 * "unit":...,"updated":...,"variables":[{"id":"OMRÅDE","text":"område","elimination":true,
 * "time":false,"values":[{"id":"000","text":"Hele landet"},...]},...]}}.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class TableInfo {

  private final String id;
  private final String text;
  private final String updated;
  private final List<Variable> variables;

  TableInfo(String id, String text, String updated, List<Variable> variables) {
    this.id = id;
    this.text = text;
    this.updated = updated;
    this.variables = List.copyOf(variables);
  }

  /**
   * Reads the JSON answer.
   *
   * @param root the parsed answer
   * @return the table info
   * @throws IllegalArgumentException when a required part is missing, naming it
   */
  static TableInfo read(JsonNode root) {
    String id = text(required(root, "id", "the table"), "'id' of the table");
    String table = "table " + AnswerText.quote(id);
    JsonNode vars = required(root, "variables", table);
    if (!vars.isArray() || vars.isEmpty()) {
      throw new IllegalArgumentException(table + " lists no variables");
    }
    List<Variable> variables = new ArrayList<>();
    for (JsonNode v : vars) {
      String code = text(required(v, "id", "a variable of " + table), "'id' of a variable of " + table);
      String shownCode = AnswerText.quote(code);
      List<String[]> values = new ArrayList<>();
      JsonNode list = required(v, "values", "variable " + shownCode);
      if (!list.isArray()) {
        throw new IllegalArgumentException("'values' of variable " + shownCode + " is not a list");
      }
      for (JsonNode value : list) {
        String valueId = text(required(value, "id", "a value of variable " + shownCode),
            "'id' of a value of variable " + shownCode);
        values.add(new String[] {valueId, optionalText(value.get("text"), valueId)});
      }
      JsonNode time = v.get("time");
      boolean isTime = time != null && time.isBoolean() && time.booleanValue();
      variables.add(new Variable(code, optionalText(v.get("text"), code), isTime, values));
    }
    return new TableInfo(id, optionalText(root.get("text"), id), optionalText(root.get("updated"), ""), variables);
  }

  private static JsonNode required(JsonNode node, String name, String where) {
    JsonNode child = node.get(name);
    if (child == null || child.isNull()) {
      throw new IllegalArgumentException(where + " has no '" + name + "'");
    }
    return child;
  }

  /** A text or number of the answer, as it is; messages show it through {@link JsonStatCube#shown}. */
  private static String text(JsonNode node, String what) {
    if (!node.isString() && !node.isNumber()) {
      throw new IllegalArgumentException(what + " is a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT)
          + ", not a text");
    }
    return node.asString();
  }

  private static String optionalText(JsonNode node, String otherwise) {
    return node != null && (node.isString() || node.isNumber()) ? node.asString() : otherwise;
  }

  /**
   * The table's id, e.g. {@code FOLK1A}.
   *
   * @return the id as the API writes it
   */
  public String id() {
    return id;
  }

  /**
   * The table's title.
   *
   * @return the title in the requested language
   */
  public String text() {
    return text;
  }

  /**
   * When the table was last updated, as the API writes it.
   *
   * @return e.g. {@code 2025-08-11T08:00:00}; empty when not given
   */
  public String updated() {
    return updated;
  }

  /**
   * The variables, in the table's order.
   *
   * @return the variables
   */
  public List<Variable> variables() {
    return variables;
  }

  /**
   * The variable with a code, ignoring case ({@code Tid} and {@code TID} are the same).
   *
   * @param code the code
   * @return the variable, or empty
   */
  public Optional<Variable> variable(String code) {
    for (Variable v : variables) {
      if (v.id().equalsIgnoreCase(code)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** One variable of a table and its values. */
  public static final class Variable {
    private final String id;
    private final String text;
    private final boolean time;
    private final Map<String, String> labelByCode = new HashMap<>();
    private final Map<String, String> codeByLabel = new HashMap<>();

    Variable(String id, String text, boolean time, List<String[]> values) {
      this.id = id;
      this.text = text;
      this.time = time;
      for (String[] value : values) {
        labelByCode.put(value[0], value[1]);
        codeByLabel.putIfAbsent(value[1], value[0]);
      }
    }

    /**
     * The code, e.g. {@code OMRÅDE} or {@code Tid}.
     *
     * @return the code as the API writes it
     */
    public String id() {
      return id;
    }

    /**
     * The label, e.g. {@code område}.
     *
     * @return the label in the requested language
     */
    public String text() {
      return text;
    }

    /**
     * Whether this is the table's time variable.
     *
     * @return true for the time variable
     */
    public boolean time() {
      return time;
    }

    /**
     * Whether this is Statistics Denmark's area variable.
     *
     * @return true for {@code OMRÅDE}
     */
    public boolean area() {
      return id.toUpperCase(Locale.ROOT).equals("OMRÅDE");
    }

    /**
     * How many values the variable has.
     *
     * @return the number of values
     */
    public int size() {
      return labelByCode.size();
    }

    /**
     * The label of a value.
     *
     * @param code the value's code
     * @return the label, or empty for an unknown code
     */
    public Optional<String> label(String code) {
      return Optional.ofNullable(labelByCode.get(code));
    }

    /**
     * The code of a cell as a BULK answer writes it: the code itself, its label (BULK has been seen
     * to write labels whatever the value presentation asked for), or code and label separated by a
     * blank ({@code CodeAndValue}).
     *
     * @param cell the cell's text
     * @return the code, or empty when the cell names no value of this variable
     */
    public Optional<String> resolve(String cell) {
      if (labelByCode.containsKey(cell)) {
        return Optional.of(cell);
      }
      String byLabel = codeByLabel.get(cell);
      if (byLabel != null) {
        return Optional.of(byLabel);
      }
      int blank = cell.indexOf(' ');
      if (blank > 0 && labelByCode.containsKey(cell.substring(0, blank))) {
        return Optional.of(cell.substring(0, blank));
      }
      return Optional.empty();
    }
  }
}
