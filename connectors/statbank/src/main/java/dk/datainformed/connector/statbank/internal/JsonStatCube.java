package dk.datainformed.connector.statbank.internal;

import dk.datainformed.connector.api.AnswerText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;

/**
 * A JSON-stat dataset read for its cells, in both forms Statistics Denmark has served.
 *
 * <ul>
 *   <li>JSON-stat 1.x bundle: {@code {"dataset": {"dimension": {"id": [...], "size": [...], "role":
 *       {...}, "OMRÅDE": {...}, ...}, "value": [...]}}}: {@code id} and {@code size} inside
 *       {@code dimension}, the dataset under a name.
 *   <li>JSON-stat 2.0: {@code {"version": "2.0", "class": "dataset", "id": [...], "size": [...],
 *       "dimension": {...}, "value": [...]}}.
 * </ul>
 *
 * <p>A dimension's categories are listed by {@code category.index} (an array of codes, or an object
 * from code to position) or, for a single category, by {@code category.label}. Values are a flat
 * array in row-major order (the last dimension varies fastest) or a sparse object from position to
 * value; {@code null} or a missing position is a suppressed or missing cell.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class JsonStatCube {

  /**
   * The most cells an answer may have: Statistics Denmark stops JSON-stat answers at 1,000,000
   * cells (larger requests need BULK), so a larger {@code size} is a broken answer, refused before
   * anything is allocated for it.
   */
  public static final long MAX_CELLS = 1_000_000;

  private final List<String> ids;
  private final int[] sizes;
  private final List<String[]> codes;
  private final JsonNode values;
  private final long cells;

  private JsonStatCube(List<String> ids, int[] sizes, List<String[]> codes, JsonNode values) {
    this.ids = ids;
    this.sizes = sizes;
    this.codes = codes;
    this.values = values;
    long n = 1;
    for (int size : sizes) {
      n *= size;
    }
    this.cells = n;
  }

  /**
   * Reads a JSON-stat answer.
   *
   * @param root the parsed answer
   * @return the cube
   * @throws IllegalArgumentException when the answer is not JSON-stat, or has more than {@link
   *     #MAX_CELLS} cells, saying what is wrong without quoting more than a masked start of any text
   */
  public static JsonStatCube read(JsonNode root) {
    JsonNode dataset = root;
    if (!root.has("value") || !root.has("dimension")) {
      dataset = null;
      for (Map.Entry<String, JsonNode> e : root.properties()) {
        if (e.getValue().isObject() && e.getValue().has("dimension")) {
          dataset = e.getValue();
          break;
        }
      }
      if (dataset == null) {
        throw new IllegalArgumentException(
            "the answer is neither a JSON-stat 2.0 dataset nor a 1.x bundle with a dataset");
      }
    }
    JsonNode dimension = dataset.path("dimension");
    JsonNode idNode = dataset.has("id") ? dataset.get("id") : dimension.get("id");
    JsonNode sizeNode = dataset.has("size") ? dataset.get("size") : dimension.get("size");
    if (idNode == null || sizeNode == null || !idNode.isArray() || !sizeNode.isArray()
        || idNode.size() != sizeNode.size()) {
      throw new IllegalArgumentException("the dataset has no matching 'id' and 'size' arrays");
    }
    List<String> ids = new ArrayList<>();
    int[] sizes = new int[idNode.size()];
    long cells = 1;
    for (int d = 0; d < idNode.size(); d++) {
      JsonNode idText = idNode.get(d);
      if (!idText.isString()) {
        throw new IllegalArgumentException("entry " + (d + 1) + " of 'id' is " + kind(idText) + ", not a dimension id");
      }
      ids.add(idText.stringValue());
      JsonNode size = sizeNode.get(d);
      if (!size.isIntegralNumber() || !size.canConvertToInt() || size.intValue() < 0) {
        throw new IllegalArgumentException("entry " + (d + 1) + " of 'size' is " + kind(size)
            + ", not a number of categories (a whole number, 0 or more)");
      }
      sizes[d] = size.intValue();
      cells *= sizes[d];
      if (cells > MAX_CELLS) {
        throw new IllegalArgumentException("the 'size' array makes more than " + MAX_CELLS
            + " cells, the most a JSON-stat answer holds; set format=bulk for larger tables");
      }
    }
    JsonNode values = dataset.get("value");
    if (values == null || !(values.isArray() || values.isObject())) {
      throw new IllegalArgumentException("the dataset has no 'value' array or object");
    }
    if (values.isArray() && values.size() != cells) {
      throw new IllegalArgumentException(
          "the dataset has " + values.size() + " values for " + cells + " cells (the product of 'size')");
    }
    List<String[]> codes = new ArrayList<>();
    for (int d = 0; d < ids.size(); d++) {
      String id = ids.get(d);
      codes.add(categories(dimension.path(id).path("category"), id, sizes[d]));
    }
    return new JsonStatCube(List.copyOf(ids), sizes, codes, values);
  }

  /** What kind of JSON a node is, for messages that must not quote the answer's text. */
  private static String kind(JsonNode node) {
    return node.isMissingNode() ? "missing" : "a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String[] categories(JsonNode category, String id, int size) {
    String[] codes = new String[size];
    JsonNode index = category.get("index");
    if (index != null && index.isArray()) {
      if (index.size() != size) {
        throw new IllegalArgumentException("dimension '" + AnswerText.quote(id) + "' lists " + index.size()
            + " categories, not " + size);
      }
      for (int i = 0; i < size; i++) {
        JsonNode code = index.get(i);
        if (!code.isString()) {
          throw new IllegalArgumentException("category " + (i + 1) + " of dimension '" + AnswerText.quote(id) + "' is "
              + kind(code) + ", not a code");
        }
        codes[i] = code.stringValue();
      }
    } else if (index != null && index.isObject()) {
      for (Map.Entry<String, JsonNode> e : index.properties()) {
        JsonNode position = e.getValue();
        int at = position.isIntegralNumber() && position.canConvertToInt() ? position.intValue() : -1;
        if (at < 0 || at >= size || codes[at] != null) {
          throw new IllegalArgumentException("dimension '" + AnswerText.quote(id) + "' puts category '" + AnswerText.quote(e.getKey())
              + "' at " + (at < 0 ? kind(position) : at) + ", not at a free position from 0 to " + (size - 1));
        }
        codes[at] = e.getKey();
      }
    } else if (size == 1 && category.path("label").isObject() && category.path("label").size() == 1) {
      codes[0] = category.path("label").propertyNames().iterator().next();
    }
    for (int i = 0; i < size; i++) {
      if (codes[i] == null) {
        throw new IllegalArgumentException("dimension '" + AnswerText.quote(id) + "' has no category at position " + i);
      }
    }
    return codes;
  }

  /**
   * The dimensions' ids, in order.
   *
   * @return e.g. {@code [OMRÅDE, ContentsCode, Tid]}
   */
  public List<String> ids() {
    return ids;
  }

  /**
   * The number of categories of a dimension.
   *
   * @param dimension the dimension's position
   * @return its size
   */
  public int size(int dimension) {
    return sizes[dimension];
  }

  /**
   * The number of cells.
   *
   * @return the product of the sizes
   */
  public long cells() {
    return cells;
  }

  /**
   * The code of a cell in a dimension.
   *
   * @param cell the cell's position in row-major order
   * @param dimension the dimension's position
   * @return the category's code
   */
  public String code(long cell, int dimension) {
    long stride = 1;
    for (int d = sizes.length - 1; d > dimension; d--) {
      stride *= sizes[d];
    }
    return codes.get(dimension)[(int) ((cell / stride) % sizes[dimension])];
  }

  /**
   * The value of a cell.
   *
   * @param cell the cell's position in row-major order
   * @return the value node: a number, or {@code null} (Java null or a JSON null) for a suppressed or
   *     missing cell
   */
  public JsonNode value(long cell) {
    return values.isArray() ? values.get((int) cell) : values.get(Long.toString(cell));
  }
}
