package dk.datainformed.privacy.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * An intruder written for the tests, independently of the library's audit: it solves the integer
 * program (counts are whole numbers) or, for magnitudes, the linear program of a published table,
 * with whatever extra knowledge a test gives it, and reports the exact interval of a suppressed
 * cell. Where the library's audit rounds a linear program, this one branches and bounds.
 */
final class IntegerAttacker {
  private final PublishedTable table;
  private final Map<CellKey, double[]> knowledge = new LinkedHashMap<>();

  private IntegerAttacker(PublishedTable table) {
    this.table = table;
  }

  static IntegerAttacker of(PublishedTable table) {
    return new IntegerAttacker(table);
  }

  /** The intruder also knows that a suppressed cell lies in [lower, upper]. */
  IntegerAttacker knowing(CellKey cell, double lower, double upper) {
    knowledge.put(cell, new double[] {lower, upper});
    return this;
  }

  /** The smallest and largest value of a suppressed cell the intruder cannot rule out. */
  double[] interval(CellKey target) {
    return new double[] {solve(target, false), solve(target, true)};
  }

  private double solve(CellKey target, boolean maximise) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Map<CellKey, Variable> unknowns = new LinkedHashMap<>();
    // ojAlgo's integer solver has reported a feasible program infeasible when variables had no
    // upper bound, so counts get a ceiling far above every value of the tests' tables: an upper
    // end at the ceiling stands for an unbounded cell.
    double ceiling = 1000;
    for (CellKey cell : table.structure().cells()) {
      ceiling += table.value(cell).orElse(0);
    }
    for (CellKey cell : table.suppressedCells()) {
      Variable variable = model.addVariable(cell.toString());
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
      if (table.measure() == Measure.COUNT) {
        variable.integer(true);
        if (!Double.isFinite(upper)) {
          variable.upper(ceiling);
        }
      }
      if (cell.equals(target)) {
        variable.weight(1);
      }
      unknowns.put(cell, variable);
    }
    int index = 0;
    for (AdditiveRelation relation : table.structure().relations()) {
      List<CellKey> members = new ArrayList<>(relation.parts());
      members.add(relation.total());
      if (members.stream().noneMatch(unknowns::containsKey)) {
        continue;
      }
      Expression expression = model.addExpression("relation" + index++);
      double constant = 0;
      for (CellKey member : members) {
        double sign = member.equals(relation.total()) ? -1 : 1;
        if (unknowns.containsKey(member)) {
          expression.set(unknowns.get(member), sign);
        } else {
          constant -= sign * table.value(member).orElseThrow();
        }
      }
      expression.level(constant);
    }
    Optimisation.Result result = maximise ? model.maximise() : model.minimise();
    if (result.getState() == Optimisation.State.UNBOUNDED) {
      return maximise ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
    if (!result.getState().isFeasible()) {
      throw new IllegalStateException(
          "the intruder's program for " + target + ": " + result.getState() + "\n" + model);
    }
    return result.getValue();
  }
}
