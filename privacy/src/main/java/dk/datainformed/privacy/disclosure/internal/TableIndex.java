package dk.datainformed.privacy.disclosure.internal;

import dk.datainformed.privacy.disclosure.AdditiveRelation;
import dk.datainformed.privacy.disclosure.CellKey;
import dk.datainformed.privacy.disclosure.Dimension;
import dk.datainformed.privacy.disclosure.TableStructure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A table's cells and additive relations as numbers: cell {@code i} is {@code cells().get(i)}, a
 * relation's members are cell numbers (parts first, total last), and every cell knows the relations
 * it takes part in. Built once per table so that suppression and audit never scan all relations to
 * find a cell's.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class TableIndex {
  private final TableStructure structure;
  private final List<CellKey> cells;
  private final Map<CellKey, Integer> numbers;
  private final int[][] members;
  private final int[][] relationsOf;
  private final boolean[] total;

  private TableIndex(TableStructure structure) {
    this.structure = structure;
    this.cells = structure.cells();
    this.numbers = new HashMap<>(cells.size() * 2);
    for (int i = 0; i < cells.size(); i++) {
      numbers.put(cells.get(i), i);
    }
    List<AdditiveRelation> relations = structure.relations();
    this.members = new int[relations.size()][];
    int[] count = new int[cells.size()];
    for (int r = 0; r < relations.size(); r++) {
      AdditiveRelation relation = relations.get(r);
      int[] ids = new int[relation.parts().size() + 1];
      for (int p = 0; p < relation.parts().size(); p++) {
        ids[p] = numbers.get(relation.parts().get(p));
      }
      ids[ids.length - 1] = numbers.get(relation.total());
      members[r] = ids;
      for (int id : ids) {
        count[id]++;
      }
    }
    this.relationsOf = new int[cells.size()][];
    for (int i = 0; i < cells.size(); i++) {
      relationsOf[i] = new int[count[i]];
      count[i] = 0;
    }
    for (int r = 0; r < members.length; r++) {
      for (int id : members[r]) {
        relationsOf[id][count[id]++] = r;
      }
    }
    this.total = new boolean[cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      total[i] = structure.isTotal(cells.get(i));
    }
  }

  /**
   * Indexes a table's shape.
   *
   * @param structure the shape
   * @return its index
   */
  public static TableIndex of(TableStructure structure) {
    return new TableIndex(structure);
  }

  /**
   * The shape indexed.
   *
   * @return the structure
   */
  public TableStructure structure() {
    return structure;
  }

  /**
   * The cells in the table's order.
   *
   * @return the cells
   */
  public List<CellKey> cells() {
    return cells;
  }

  /**
   * A cell's number.
   *
   * @param cell a cell of the table
   * @return its position in {@link #cells()}
   */
  public int number(CellKey cell) {
    Integer number = numbers.get(cell);
    if (number == null) {
      structure.requireCell(cell);
    }
    return number;
  }

  /**
   * How many relations the table has.
   *
   * @return the number of relations
   */
  public int relationCount() {
    return members.length;
  }

  /**
   * A relation's members: its parts, then its total.
   *
   * @param relation a relation's number
   * @return cell numbers; do not modify
   */
  public int[] members(int relation) {
    return members[relation];
  }

  /**
   * The relations a cell takes part in.
   *
   * @param cell a cell's number
   * @return relation numbers; do not modify
   */
  public int[] relationsOf(int cell) {
    return relationsOf[cell];
  }

  /**
   * Whether a cell is a total or subtotal.
   *
   * @param cell a cell's number
   * @return true for totals
   */
  public boolean isTotal(int cell) {
    return total[cell];
  }

  /**
   * Whether a cell adds up, among others, an interior cell: the cell itself, or a total whose
   * codes are in every dimension the interior cell's code or one of its ancestors.
   *
   * @param cell a cell's number
   * @param interior an interior cell's number
   * @return true if {@code interior} is one of the interior cells under {@code cell}
   */
  public boolean covers(int cell, int interior) {
    if (cell == interior) {
      return true;
    }
    if (!total[cell]) {
      return false;
    }
    CellKey above = cells.get(cell);
    CellKey below = cells.get(interior);
    List<Dimension> dimensions = structure.dimensions();
    for (int d = 0; d < dimensions.size(); d++) {
      String code = below.coordinate(d);
      String wanted = above.coordinate(d);
      Dimension dimension = dimensions.get(d);
      while (!code.equals(wanted)) {
        Optional<String> parent = dimension.parent(code);
        if (parent.isEmpty()) {
          return false;
        }
        code = parent.get();
      }
    }
    return true;
  }

  /**
   * The blocks of hidden cells that an intruder must solve together: two hidden cells are in one
   * block when a relation links them, directly or through other hidden cells. The linear programs
   * of different blocks share no variable and no constraint, so each block can be solved alone.
   *
   * @param hidden which cells are not published
   * @return the blocks, each a list of cell numbers in table order
   */
  public List<int[]> blocks(boolean[] hidden) {
    int[] parent = new int[cells.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int[] relation : members) {
      int first = -1;
      for (int id : relation) {
        if (hidden[id]) {
          if (first < 0) {
            first = id;
          } else {
            union(parent, first, id);
          }
        }
      }
    }
    Map<Integer, List<Integer>> grouped = new HashMap<>();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      if (hidden[i]) {
        int root = find(parent, i);
        List<Integer> group = grouped.get(root);
        if (group == null) {
          group = new ArrayList<>();
          grouped.put(root, group);
          order.add(root);
        }
        group.add(i);
      }
    }
    List<int[]> blocks = new ArrayList<>(order.size());
    for (int root : order) {
      blocks.add(grouped.get(root).stream().mapToInt(Integer::intValue).toArray());
    }
    return blocks;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int rootA = find(parent, a);
    int rootB = find(parent, b);
    if (rootA != rootB) {
      parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
    }
  }
}
