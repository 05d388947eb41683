package dk.datainformed.privacy.disclosure.internal;

import dk.datainformed.privacy.PrivacyException;
import dk.datainformed.privacy.disclosure.CellKey;
import dk.datainformed.privacy.disclosure.Measure;
import dk.datainformed.privacy.disclosure.PublishedTable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The audit's linear programs: for a suppressed cell, minimise and maximise it subject to every
 * additive relation of the table (published cells as constants) and the cells' a-priori bounds
 * (non-negativity unless the table allows negative values). This is the attacker model of τ-Argus
 * and sdcTable: an intruder who knows the table's structure and solves the same programs. An
 * attacker's own knowledge (a contributor's contribution) narrows a cell's bounds further.
 *
 * <p>The programs are solved per block of suppressed cells that relations link (see {@link
 * TableIndex#blocks}); blocks share nothing, so this gives the same intervals as one program over
 * the whole table at a fraction of the cost.
 *
 * <p>For counts the bounds are rounded inwards to whole numbers, since a count cannot be 2.5.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class IntervalSolver {
  private static final double ROUNDING_TOLERANCE = 1e-6;
  private final TableIndex index;
  private final Measure measure;
  private final double[] published;
  private final double[] lowerBounds;
  private final double[] upperBounds;
  private final int[] blockOf;
  private final List<int[]> blocks;
  private final Map<Integer, BlockProgram> programs = new HashMap<>();

  private IntervalSolver(
      TableIndex index,
      Measure measure,
      boolean[] hidden,
      double[] published,
      double[] lowerBounds,
      double[] upperBounds) {
    this.index = index;
    this.measure = measure;
    int size = index.cells().size();
    this.published = published;
    this.lowerBounds = lowerBounds;
    this.upperBounds = upperBounds;
    this.blocks = index.blocks(hidden);
    this.blockOf = new int[size];
    Arrays.fill(blockOf, -1);
    for (int b = 0; b < blocks.size(); b++) {
      for (int cell : blocks.get(b)) {
        blockOf[cell] = b;
      }
    }
  }

  /**
   * A solver for one published table.
   *
   * @param table the published table, suppressed cells marked
   * @param index the index of its structure
   * @return the solver
   */
  public static IntervalSolver of(PublishedTable table, TableIndex index) {
    int size = index.cells().size();
    double[] published = new double[size];
    double[] lowerBounds = new double[size];
    double[] upperBounds = new double[size];
    boolean[] hidden = new boolean[size];
    for (int i = 0; i < size; i++) {
      CellKey cell = index.cells().get(i);
      hidden[i] = table.isSuppressed(cell);
      published[i] = hidden[i] ? Double.NaN : table.value(cell).orElseThrow();
      lowerBounds[i] = table.lowerBound(cell);
      upperBounds[i] = table.upperBound(cell);
    }
    return new IntervalSolver(index, table.measure(), hidden, published, lowerBounds, upperBounds);
  }

  /**
   * A solver for a pattern that secondary suppression is still building, without a published
   * table: the arrays are read, not copied, and must not change while the solver is used.
   *
   * @param index the table's index
   * @param measure counts or magnitudes
   * @param hidden which cells are suppressed
   * @param values every cell's true value (read for published cells only)
   * @param lowerBounds every cell's a-priori lower bound
   * @param upperBounds every cell's a-priori upper bound
   * @return the solver
   */
  public static IntervalSolver of(
      TableIndex index,
      Measure measure,
      boolean[] hidden,
      double[] values,
      double[] lowerBounds,
      double[] upperBounds) {
    return new IntervalSolver(index, measure, hidden, values, lowerBounds, upperBounds);
  }

  /**
   * Whether the intervals are rounded to whole numbers.
   *
   * @return the measure
   */
  public Measure measure() {
    return measure;
  }

  /**
   * The index the solver's cell numbers refer to.
   *
   * @return the index
   */
  public TableIndex index() {
    return index;
  }

  /**
   * A cell's a-priori lower bound.
   *
   * @param cell a cell number
   * @return the bound
   */
  public double lowerBound(int cell) {
    return lowerBounds[cell];
  }

  /**
   * The interval of each target cell.
   *
   * @param table the published table, suppressed cells marked
   * @param targets suppressed cells whose interval is wanted
   * @return for each target, {lower, upper}; upper is infinite when nothing bounds the cell
   * @throws PrivacyException if no values of the suppressed cells within their bounds satisfy the
   *     totals
   */
  public static Map<CellKey, double[]> intervals(PublishedTable table, List<CellKey> targets) {
    IntervalSolver solver = of(table, TableIndex.of(table.structure()));
    Map<CellKey, double[]> result = new LinkedHashMap<>();
    for (CellKey target : targets) {
      result.put(target, solver.interval(solver.index.number(target), Map.of()));
    }
    return result;
  }

  /**
   * The blocks of suppressed cells, as cell numbers of the index.
   *
   * @return the blocks in table order
   */
  public List<int[]> blocks() {
    return blocks;
  }

  /**
   * The block a suppressed cell is in.
   *
   * @param cell a cell number
   * @return the block's position in {@link #blocks()}, or -1 for a published cell
   */
  public int blockOf(int cell) {
    return blockOf[cell];
  }

  /**
   * The interval of one suppressed cell for an intruder who may know one more cell's range.
   *
   * @param target a suppressed cell's number
   * @param knowledge for some suppressed cells (by number), the range {lower, upper} the intruder
   *     knows the cell to lie in; cells of other blocks are ignored
   * @return {lower, upper}, rounded inwards for counts
   */
  public double[] interval(int target, Map<Integer, double[]> knowledge) {
    double lower = solve(target, false, knowledge).value();
    double upper = solve(target, true, knowledge).value();
    return rounded(lower, upper, lowerBounds[target]);
  }

  /**
   * Bounds as an intruder states them: whole numbers for counts (rounded inwards), never below the
   * a-priori lower bound.
   *
   * @param lower the smallest value found
   * @param upper the largest value found
   * @param aPriori the cell's a-priori lower bound
   * @return {lower, upper}
   */
  double[] rounded(double lower, double upper, double aPriori) {
    if (measure == Measure.COUNT) {
      lower = Double.isInfinite(lower) ? lower : Math.ceil(lower - ROUNDING_TOLERANCE);
      upper = Double.isInfinite(upper) ? upper : Math.floor(upper + ROUNDING_TOLERANCE);
    }
    return new double[] {Math.max(aPriori, lower), upper};
  }

  /**
   * Minimises or maximises one suppressed cell.
   *
   * @param target a suppressed cell's number
   * @param maximise true to maximise
   * @param knowledge for some suppressed cells (by number), the range the intruder knows
   * @return the optimum and the values of the target's block at it
   */
  BlockProgram.Solution solve(int target, boolean maximise, Map<Integer, double[]> knowledge) {
    int block = blockOf[target];
    if (block < 0) {
      throw new IllegalArgumentException(
          "cell '" + index.cells().get(target) + "' is published, not suppressed");
    }
    BlockProgram program = program(block);
    double[][] byPosition = null;
    if (!knowledge.isEmpty()) {
      byPosition = new double[program.cells().length][];
      for (Map.Entry<Integer, double[]> known : knowledge.entrySet()) {
        if (blockOf[known.getKey()] == block) {
          byPosition[program.position(known.getKey())] = known.getValue();
        }
      }
    }
    return program.solve(program.position(target), maximise, byPosition);
  }

  /**
   * The program of a block, built once.
   *
   * @param block the block's position
   * @return its program
   */
  BlockProgram program(int block) {
    return programs.computeIfAbsent(
        block, b -> new BlockProgram(index, blocks.get(b), published, lowerBounds, upperBounds));
  }
}
