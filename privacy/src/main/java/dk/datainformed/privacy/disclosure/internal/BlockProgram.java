package dk.datainformed.privacy.disclosure.internal;

import dk.datainformed.privacy.PrivacyException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Variable;

/**
 * The intruder's linear program for one block of hidden cells (see {@link TableIndex#blocks}): one
 * variable per hidden cell of the block, bounded by its a-priori bounds, and every relation the
 * block's cells take part in, with the published cells as constants.
 */
final class BlockProgram {
  private final int[] cells;
  private final double[] lower;
  private final double[] upper;
  private final List<int[]> rows = new ArrayList<>();
  private final List<double[]> coefficients = new ArrayList<>();
  private final List<Double> levels = new ArrayList<>();

  /** A solved program: the optimum, and the values of the block's cells at it. */
  record Solution(double value, double[] point) {}

  /**
   * Builds the program of a block.
   *
   * @param index the table's index
   * @param block the block's hidden cells
   * @param published every cell's published value (ignored for hidden cells)
   * @param lowerBounds every cell's a-priori lower bound
   * @param upperBounds every cell's a-priori upper bound
   */
  BlockProgram(
      TableIndex index, int[] block, double[] published, double[] lowerBounds, double[] upperBounds) {
    this.cells = block.clone();
    Map<Integer, Integer> position = new HashMap<>();
    for (int i = 0; i < cells.length; i++) {
      position.put(cells[i], i);
    }
    this.lower = new double[cells.length];
    this.upper = new double[cells.length];
    Set<Integer> relations = new LinkedHashSet<>();
    for (int i = 0; i < cells.length; i++) {
      lower[i] = lowerBounds[cells[i]];
      upper[i] = upperBounds[cells[i]];
      for (int relation : index.relationsOf(cells[i])) {
        relations.add(relation);
      }
    }
    for (int relation : relations) {
      int[] members = index.members(relation);
      List<Integer> variables = new ArrayList<>();
      List<Double> signs = new ArrayList<>();
      double level = 0;
      for (int m = 0; m < members.length; m++) {
        double sign = m == members.length - 1 ? -1 : 1;
        Integer at = position.get(members[m]);
        if (at == null) {
          level -= sign * published[members[m]];
        } else {
          variables.add(at);
          signs.add(sign);
        }
      }
      rows.add(variables.stream().mapToInt(Integer::intValue).toArray());
      coefficients.add(signs.stream().mapToDouble(Double::doubleValue).toArray());
      levels.add(level);
    }
  }

  int[] cells() {
    return cells;
  }

  int position(int cell) {
    int at = Arrays.binarySearch(cells, cell);
    return at >= 0 ? at : -1;
  }

  /**
   * Minimises or maximises one cell of the block.
   *
   * @param target the cell's position in the block
   * @param maximise true to maximise
   * @param knowledge per position of the block, the range {lower, upper} the intruder knows the
   *     cell to lie in, or null where it knows nothing beyond the a-priori bounds; may be null
   * @return the optimum and the point; an infinite value (and no point) when unbounded
   */
  Solution solve(int target, boolean maximise, double[][] knowledge) {
    double[] weights = new double[cells.length];
    weights[target] = 1;
    Solution solution = solve(weights, maximise, knowledge);
    return new Solution(
        solution.point() == null ? solution.value() : solution.point()[target], solution.point());
  }

  /**
   * Minimises or maximises a weighted sum of the block's cells.
   *
   * @param weights one weight per position of the block
   * @param maximise true to maximise
   * @param knowledge per position, the range the intruder knows, or null; may be null
   * @return the optimum and the point; an infinite value (and no point) when unbounded
   */
  Solution solve(double[] weights, boolean maximise, double[][] knowledge) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] variables = new Variable[cells.length];
    for (int i = 0; i < cells.length; i++) {
      double low = lower[i];
      double high = upper[i];
      if (knowledge != null && knowledge[i] != null) {
        low = Math.max(low, knowledge[i][0]);
        high = Math.min(high, knowledge[i][1]);
      }
      Variable variable = model.addVariable("x" + i);
      if (Double.isFinite(low)) {
        variable.lower(low);
      }
      if (Double.isFinite(high)) {
        variable.upper(high);
      }
      if (weights[i] != 0) {
        variable.weight(weights[i]);
      }
      variables[i] = variable;
    }
    for (int r = 0; r < rows.size(); r++) {
      Expression expression = model.addExpression("r" + r);
      int[] row = rows.get(r);
      double[] signs = coefficients.get(r);
      for (int k = 0; k < row.length; k++) {
        expression.set(variables[row[k]], signs[k]);
      }
      expression.level(levels.get(r));
    }
    Optimisation.Result result = maximise ? model.maximise() : model.minimise();
    Optimisation.State state = result.getState();
    if (state == Optimisation.State.UNBOUNDED) {
      return new Solution(maximise ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY, null);
    }
    if (state == Optimisation.State.INFEASIBLE) {
      throw new PrivacyException(
          "the published table is inconsistent: no values of its suppressed cells within their"
              + " a-priori bounds make its cells add up to its totals; check the published values");
    }
    if (!state.isFeasible()) {
      throw new PrivacyException(
          "the audit's linear program for a block of "
              + cells.length
              + " suppressed cells ended in state "
              + state);
    }
    int n = cells.length;
    double[] point = new double[n];
    for (int i = 0; i < n; i++) {
      point[i] = result.doubleValue(i);
    }
    return new Solution(result.getValue(), point);
  }
}
