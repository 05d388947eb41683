package dk.datainformed.privacy.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small tables for the tests. */
final class Tables {
  static final String TOTAL = "I alt";

  private Tables() {}

  static TableStructure grid(int rows, int columns) {
    return TableStructure.of(
        Dimension.of("række", TOTAL, codes("R", rows)), Dimension.of("kolonne", TOTAL, codes("K", columns)));
  }

  static List<String> codes(String prefix, int count) {
    List<String> codes = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      codes.add(prefix + i);
    }
    return codes;
  }

  /** A frequency table from its interior counts; totals are computed by the builder. */
  static StatisticalTable counts(int[][] interior) {
    TableStructure shape = grid(interior.length, interior[0].length);
    StatisticalTable.Builder builder = StatisticalTable.counts(shape);
    for (int r = 0; r < interior.length; r++) {
      for (int c = 0; c < interior[r].length; c++) {
        builder.count(CellKey.of("R" + (r + 1), "K" + (c + 1)), interior[r][c]);
      }
    }
    return builder.build();
  }

  /** Departments D1..Dg with units U{g}.{u}, crossed with columns K1..Kc. */
  static TableStructure hierarchy(int[] unitsPerDepartment, int columns) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (int d = 0; d < unitsPerDepartment.length; d++) {
      List<String> units = new ArrayList<>();
      for (int u = 1; u <= unitsPerDepartment[d]; u++) {
        units.add("U" + (d + 1) + "." + u);
      }
      groups.put("D" + (d + 1), units);
    }
    Dimension rows = Dimension.hierarchical("enhed", "Kommunen", groups);
    return TableStructure.of(rows, Dimension.of("kolonne", TOTAL, codes("K", columns)));
  }

  /** Publishes the true values with exactly the given cells suppressed (reasons as given). */
  static PublishedTable publish(StatisticalTable table, Map<CellKey, SuppressionReason> suppressed) {
    PublishedTable.Builder builder = PublishedTable.builder(table.measure(), table.structure());
    for (CellKey cell : table.structure().cells()) {
      if (suppressed.containsKey(cell)) {
        builder.suppressed(cell, suppressed.get(cell));
      } else {
        builder.value(cell, table.value(cell));
      }
    }
    return builder.build();
  }
}
