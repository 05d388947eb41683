package dk.datainformed.privacy.disclosure;

import dk.datainformed.privacy.PrivacyException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The shape of a table with one or more dimensions: all its cells, totals included, and the additive
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
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TableStructure {
  private final List<Dimension> dimensions;
  private final List<CellKey> cells;
  private final Set<CellKey> cellSet;
  private final List<AdditiveRelation> relations;

  private TableStructure(List<Dimension> dimensions) {
    this.dimensions = List.copyOf(dimensions);
    List<List<String>> codes = new ArrayList<>();
    for (Dimension dimension : dimensions) {
      codes.add(dimension.codes());
    }
    List<CellKey> all = product(codes);
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
   * A table with any number of dimensions, each with its total: the cells are every combination of
   * codes, and for each dimension every cell with a total in it equals the sum over that total's
   * children. Large tables make the audit's linear programs large; three or four dimensions of a
   * few categories each are what disclosure control handles comfortably.
   *
   * <pre>{@code
   * TableStructure shape = TableStructure.of(List.of(organisation, sex, ageBand));
   * }</pre>
   *
   * @param dimensions the dimensions, at least one, with different names
   * @return the structure
   * @throws PrivacyException if there is no dimension or two have the same name
   */
  public static TableStructure of(List<Dimension> dimensions) {
    Objects.requireNonNull(dimensions, "dimensions");
    if (dimensions.isEmpty()) {
      throw new PrivacyException("a table needs at least one dimension");
    }
    Set<String> names = new HashSet<>();
    for (Dimension dimension : dimensions) {
      Objects.requireNonNull(dimension, "dimension");
      if (!names.add(dimension.name())) {
        throw new PrivacyException(
            "the dimensions of a table must have different names; '" + dimension.name()
                + "' appears twice");
      }
    }
    return new TableStructure(dimensions);
  }

  private static List<CellKey> product(List<List<String>> codes) {
    List<List<String>> partial = new ArrayList<>();
    partial.add(List.of());
    for (List<String> dimension : codes) {
      List<List<String>> next = new ArrayList<>();
      for (List<String> prefix : partial) {
        for (String code : dimension) {
          List<String> longer = new ArrayList<>(prefix);
          longer.add(code);
          next.add(longer);
        }
      }
      partial = next;
    }
    List<CellKey> result = new ArrayList<>();
    for (List<String> key : partial) {
      result.add(new CellKey(key));
    }
    return result;
  }

  /**
   * The dimensions, rows first.
   *
   * @return the dimensions, at least one
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
    List<List<String>> leaves = new ArrayList<>();
    for (int d = 0; d < dimensions.size(); d++) {
      leaves.add(dimensions.get(d).leavesUnder(cell.coordinate(d)));
    }
    return List.copyOf(product(leaves));
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
