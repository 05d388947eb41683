package dk.datainformed.privacy.disclosure.internal;

import dk.datainformed.privacy.PrivacyException;
import dk.datainformed.privacy.disclosure.AdditiveRelation;
import dk.datainformed.privacy.disclosure.CellKey;
import dk.datainformed.privacy.disclosure.Measure;
import dk.datainformed.privacy.disclosure.PublishedTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The audit's linear programs: for a suppressed cell, minimise and maximise it subject to every
 * additive relation of the table (published cells as constants) and non-negativity. This is the
 * attacker model of τ-Argus and sdcTable: an intruder who knows the table's structure and solves
 * the same programs. Each cell's a-priori bounds are the variables' bounds; an attacker's own knowledge
 * (a contributor's contribution) narrows them further.
 *
 * <p>For counts the bounds are rounded inwards to whole numbers, since a count cannot be 2.5.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class IntervalSolver {
  private static final double ROUNDING_TOLERANCE = 1e-6;

  private IntervalSolver() {}

  /**
   * The interval of each target cell.
   *
   * @param table the published table, suppressed cells marked
   * @param targets suppressed cells whose interval is wanted
   * @return for each target, {lower, upper}; upper is infinite when nothing bounds the cell
   * @throws PrivacyException if no non-negative values of the suppressed cells satisfy the totals
   */
  public static Map<CellKey, double[]> intervals(PublishedTable table, List<CellKey> targets) {
    return intervals(table, targets, Map.of());
  }

  /**
   * The interval of each target cell for an intruder who knows more than the published table.
   *
   * @param table the published table, suppressed cells marked
   * @param targets suppressed cells whose interval is wanted
   * @param knowledge for some suppressed cells, {lower, upper} the intruder knows besides the
   *     a-priori bounds
   * @return for each target, {lower, upper}; infinite where nothing bounds the cell
   * @throws PrivacyException if no values of the suppressed cells within their bounds satisfy the
   *     totals
   */
  public static Map<CellKey, double[]> intervals(
      PublishedTable table, List<CellKey> targets, Map<CellKey, double[]> knowledge) {
    List<CellKey> unknown = table.suppressedCells();
    Map<CellKey, double[]> result = new LinkedHashMap<>();
    for (CellKey target : targets) {
      if (!table.isSuppressed(target)) {
        throw new IllegalArgumentException("cell '" + target + "' is published, not suppressed");
      }
      double lower = solve(table, unknown, knowledge, target, false);
      double upper = solve(table, unknown, knowledge, target, true);
      if (table.measure() == Measure.COUNT) {
        lower = Double.isInfinite(lower) ? lower : Math.ceil(lower - ROUNDING_TOLERANCE);
        upper = Double.isInfinite(upper) ? upper : Math.floor(upper + ROUNDING_TOLERANCE);
      }
      result.put(target, new double[] {Math.max(table.lowerBound(target), lower), upper});
    }
    return result;
  }

  private static double solve(
      PublishedTable table,
      List<CellKey> unknown,
      Map<CellKey, double[]> knowledge,
      CellKey target,
      boolean maximise) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Map<CellKey, Variable> variables = new LinkedHashMap<>();
    for (int i = 0; i < unknown.size(); i++) {
      CellKey cell = unknown.get(i);
      Variable variable = model.addVariable("x" + i);
      double lower = table.lowerBound(cell);
      double upper = table.upperBound(cell);
      double[] known = knowledge.get(cell);
      if (known != null) {
        lower = Math.max(lower, known[0]);
        upper = Math.min(upper, known[1]);
      }
      if (Double.isFinite(lower)) {
        variable.lower(lower);
      }
      if (Double.isFinite(upper)) {
        variable.upper(upper);
      }
      if (cell.equals(target)) {
        variable.weight(1);
      }
      variables.put(cell, variable);
    }
    List<AdditiveRelation> relations = table.structure().relations();
    for (int r = 0; r < relations.size(); r++) {
      AdditiveRelation relation = relations.get(r);
      List<CellKey> members = new ArrayList<>(relation.parts());
      members.add(relation.total());
      if (members.stream().noneMatch(variables::containsKey)) {
        continue;
      }
      double level = 0;
      Expression expression = model.addExpression("r" + r);
      for (CellKey member : members) {
        double coefficient = member.equals(relation.total()) ? -1 : 1;
        Variable variable = variables.get(member);
        if (variable == null) {
          level -= coefficient * table.value(member).orElseThrow();
        } else {
          expression.set(variable, coefficient);
        }
      }
      expression.level(level);
    }
    Optimisation.Result result = maximise ? model.maximise() : model.minimise();
    Optimisation.State state = result.getState();
    if (state == Optimisation.State.UNBOUNDED) {
      return maximise ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
    if (state == Optimisation.State.INFEASIBLE) {
      throw new PrivacyException(
          "the published table is inconsistent: no values of its suppressed cells within their"
              + " a-priori bounds make its cells add up to its totals; check the published values");
    }
    if (!state.isFeasible()) {
      throw new PrivacyException(
          "the audit's linear program for cell '" + target + "' ended in state " + state);
    }
    return result.getValue();
  }
}
