package dk.datainformed.privacy.disclosure;

import dk.datainformed.privacy.PrivacyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The shape of a table with one or two dimensions: all its cells, totals included, and the additive
 * relations between them. Both the table to protect ({@link StatisticalTable}) and the published
 * result ({@link PublishedTable}) have one.
 *
 * <p>For every dimension and every cell whose code in that dimension is a total or subtotal, there is
 * one relation: that cell equals the sum of the cells with the code's children in its place. A 3×3
 * table with margins has 4 row relations and 4 column relations (the grand total appears in both).
 *
 * <pre>{@code
 * TableStructure shape = TableStructure.of(units, sex);
 * shape.relations().forEach(System.out::println);
 * }</pre>
 */
public final class TableStructure {
  private final List<Dimension> dimensions;
  private final List<CellKey> cells;
  private final Set<CellKey> cellSet;
  private final List<AdditiveRelation> relations;

  private TableStructure(List<Dimension> dimensions) {
    this.dimensions = List.copyOf(dimensions);
    List<CellKey> all = new ArrayList<>();
    if (dimensions.size() == 1) {
      for (String code : dimensions.get(0).codes()) {
        all.add(CellKey.of(code));
      }
    } else {
      for (String row : dimensions.get(0).codes()) {
        for (String column : dimensions.get(1).codes()) {
          all.add(CellKey.of(row, column));
        }
      }
    }
    this.cells = List.copyOf(all);
    this.cellSet = Set.copyOf(all);
    List<AdditiveRelation> found = new ArrayList<>();
    for (int d = 0; d < dimensions.size(); d++) {
      Dimension dimension = dimensions.get(d);
      for (CellKey cell : all) {
        String code = cell.coordinate(d);
        if (dimension.isTotal(code)) {
          List<CellKey> parts = new ArrayList<>();
          for (String child : dimension.children(code)) {
            parts.add(cell.with(d, child));
          }
          found.add(new AdditiveRelation(cell, parts));
        }
      }
    }
    this.relations = List.copyOf(found);
  }

  /**
   * A one-dimensional table: a list of categories with their total (and subtotals).
   *
   * @param dimension the dimension
   * @return the structure
   */
  public static TableStructure of(Dimension dimension) {
    return new TableStructure(List.of(Objects.requireNonNull(dimension, "dimension")));
  }

  /**
   * A two-dimensional table with margins: rows by columns, with row totals, column totals and the
   * grand total (and subtotals where a dimension has groups).
   *
   * @param rows the row dimension
   * @param columns the column dimension
   * @return the structure
   * @throws PrivacyException if both dimensions have the same name
   */
  public static TableStructure of(Dimension rows, Dimension columns) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(columns, "columns");
    if (rows.name().equals(columns.name())) {
      throw new PrivacyException(
          "the two dimensions of a table must have different names; both are '" + rows.name() + "'");
    }
    return new TableStructure(List.of(rows, columns));
  }

  /**
   * The dimensions, rows first.
   *
   * @return one or two dimensions
   */
  public List<Dimension> dimensions() {
    return dimensions;
  }

  /**
   * Every cell, totals included, row by row in the dimensions' display order.
   *
   * @return the cells
   */
  public List<CellKey> cells() {
    return cells;
  }

  /**
   * Whether the key addresses a cell of this table.
   *
   * @param cell the key
   * @return true if the table has that cell
   */
  public boolean contains(CellKey cell) {
    return cellSet.contains(cell);
  }

  /**
   * The additive relations: each total or subtotal equals the sum of its parts.
   *
   * @return the relations, in a fixed order
   */
  public List<AdditiveRelation> relations() {
    return relations;
  }

  /**
   * Whether a cell is a total, subtotal or margin, that is, whether any of its codes is a total in
   * its dimension. Cells that are not totals are the table's interior cells.
   *
   * @param cell a cell of this table
   * @return true for margins and subtotals
   */
  public boolean isTotal(CellKey cell) {
    requireCell(cell);
    for (int d = 0; d < dimensions.size(); d++) {
      if (dimensions.get(d).isTotal(cell.coordinate(d))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The interior cells that add up to a cell (the cell itself if it is interior).
   *
   * @param cell a cell of this table
   * @return the interior cells below it
   */
  public List<CellKey> interiorCellsUnder(CellKey cell) {
    requireCell(cell);
    List<CellKey> result = new ArrayList<>();
    List<String> rows = dimensions.get(0).leavesUnder(cell.coordinate(0));
    if (dimensions.size() == 1) {
      rows.forEach(row -> result.add(CellKey.of(row)));
    } else {
      List<String> columns = dimensions.get(1).leavesUnder(cell.coordinate(1));
      for (String row : rows) {
        for (String column : columns) {
          result.add(CellKey.of(row, column));
        }
      }
    }
    return List.copyOf(result);
  }

  /**
   * Checks that a key addresses a cell of this table.
   *
   * @param cell the key
   * @throws PrivacyException if it does not, naming the codes the table has
   */
  public void requireCell(CellKey cell) {
    Objects.requireNonNull(cell, "cell");
    if (cell.coordinates().size() != dimensions.size()) {
      throw new PrivacyException(
          "cell '"
              + cell
              + "' has "
              + cell.coordinates().size()
              + " coordinate(s) but the table has "
              + dimensions.size()
              + " dimension(s)");
    }
    for (int d = 0; d < dimensions.size(); d++) {
      Dimension dimension = dimensions.get(d);
      if (!dimension.contains(cell.coordinate(d))) {
        throw new PrivacyException(
            "cell '"
                + cell
                + "': dimension '"
                + dimension.name()
                + "' has no code '"
                + cell.coordinate(d)
                + "'; its codes are "
                + dimension.codes());
      }
    }
  }

  /** Two structures are equal when their dimensions are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof TableStructure && dimensions.equals(((TableStructure) other).dimensions);
  }

  @Override
  public int hashCode() {
    return dimensions.hashCode();
  }

  /** Shows the dimensions. */
  @Override
  public String toString() {
    return "TableStructure" + dimensions;
  }

}
