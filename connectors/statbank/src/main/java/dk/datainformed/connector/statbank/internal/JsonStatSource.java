package dk.datainformed.connector.statbank.internal;

import dk.datainformed.connector.api.AnswerText;
import dk.datainformed.connector.api.MalformedSourceException;
import dk.datainformed.connector.api.ReadEvent;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The cells of a JSON-stat answer, in row-major order from a given cell. Dimensions that are not
 * variables of the table (DST adds {@code ContentsCode}, with one category) are ignored; each
 * variable must be a dimension.
 */
final class JsonStatSource implements CellSource {

  private final JsonStatCube cube;
  private final RowMapper mapper;
  private final int[] dimensionOfVariable;
  private long cell;

  JsonStatSource(JsonNode answer, TableInfo info, RowMapper mapper, String stream, long start) {
    this.mapper = mapper;
    try {
      cube = JsonStatCube.read(answer);
    } catch (IllegalArgumentException e) {
      throw new MalformedSourceException(stream, "JSON-stat answer", e.getMessage());
    }
    List<TableInfo.Variable> variables = info.variables();
    dimensionOfVariable = new int[variables.size()];
    boolean[] used = new boolean[cube.ids().size()];
    for (int v = 0; v < variables.size(); v++) {
      int found = -1;
      for (int d = 0; d < cube.ids().size(); d++) {
        if (cube.ids().get(d).equalsIgnoreCase(variables.get(v).id())) {
          found = d;
        }
      }
      if (found < 0) {
        throw new MalformedSourceException(stream, "JSON-stat answer",
            "variable " + AnswerText.quote(variables.get(v).id()) + " is not among the answer's "
                + cube.ids().size() + " dimensions");
      }
      dimensionOfVariable[v] = found;
      used[found] = true;
    }
    for (int d = 0; d < used.length; d++) {
      if (!used[d] && cube.size(d) != 1) {
        throw new MalformedSourceException(stream, "JSON-stat answer", "dimension " + AnswerText.quote(cube.ids().get(d))
            + " is not a variable of the table and has " + cube.size(d) + " categories, so cells would repeat");
      }
    }
    if (start < 0 || start > cube.cells()) {
      throw new MalformedSourceException(stream, "JSON-stat answer", "the checkpoint is at cell " + start
          + " but the answer now has " + cube.cells() + " cells: the table has changed; read it from the start");
    }
    this.cell = start;
  }

  @Override
  public ReadEvent next() {
    if (cell >= cube.cells()) {
      return null;
    }
    long at = cell++;
    String[] codes = new String[dimensionOfVariable.length];
    for (int v = 0; v < codes.length; v++) {
      codes[v] = cube.code(at, dimensionOfVariable[v]);
    }
    JsonNode value = cube.value(at);
    String position = "JSON-stat answer, cell " + (at + 1);
    if (value == null || value.isNull()) {
      return mapper.map(codes, null, position, Arrays.toString(codes) + " null");
    }
    if (!value.isNumber()) {
      return mapper.malformed(position, "the value is not a number", Arrays.toString(codes) + " " + value);
    }
    if (!Double.isFinite(value.doubleValue())) {
      return mapper.malformed(position, "the value is beyond the range of a decimal field (about 1.8e308)",
          Arrays.toString(codes) + " " + value);
    }
    return mapper.map(codes, value.doubleValue(), position, Arrays.toString(codes) + " " + value);
  }

  @Override
  public void close() {
    // The whole answer was read at once; nothing is open.
  }
}
