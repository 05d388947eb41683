package dk.datainformed.kpi.definition;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The walks over an {@link Expression} tree, written with an explicit stack so that no tree, however
 * deep it was built in code, overflows the thread's stack.
 */
final class ExpressionWalk {
  private ExpressionWalk() {}

  /** The KPIs referred to, left to right, with repeats. */
  static void references(Expression root, List<KpiReference> out) {
    Deque<Expression> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Expression e = todo.pop();
      if (e instanceof Expression.Operand) {
        out.add(((Expression.Operand) e).kpi());
      } else if (e instanceof Expression.Negate) {
        todo.push(((Expression.Negate) e).operand());
      } else if (e instanceof Expression.Binary) {
        todo.push(((Expression.Binary) e).right());
        todo.push(((Expression.Binary) e).left());
      }
    }
  }

  /** How many levels the tree has: 1 for a constant or an operand. */
  static int depth(Expression root) {
    Deque<Expression> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(root);
    depths.push(1);
    int deepest = 0;
    while (!nodes.isEmpty()) {
      Expression e = nodes.pop();
      int d = depths.pop();
      deepest = Math.max(deepest, d);
      if (e instanceof Expression.Negate) {
        nodes.push(((Expression.Negate) e).operand());
        depths.push(d + 1);
      } else if (e instanceof Expression.Binary) {
        nodes.push(((Expression.Binary) e).right());
        depths.push(d + 1);
        nodes.push(((Expression.Binary) e).left());
        depths.push(d + 1);
      }
    }
    return deepest;
  }

  /** The written form, with as few parentheses as precedence allows. */
  static String text(Expression root) {
    StringBuilder out = new StringBuilder();
    Deque<Object> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Object next = todo.pop();
      if (next instanceof String) {
        out.append((String) next);
      } else if (next instanceof Expression.Negate) {
        todo.push(")");
        todo.push(((Expression.Negate) next).operand());
        todo.push("-(");
      } else if (next instanceof Expression.Binary) {
        Expression.Binary b = (Expression.Binary) next;
        int precedence = b.operator().precedence();
        boolean wrapRight =
            b.right() instanceof Expression.Binary
                && ((Expression.Binary) b.right()).operator().precedence() <= precedence;
        boolean wrapLeft =
            b.left() instanceof Expression.Binary
                && ((Expression.Binary) b.left()).operator().precedence() < precedence;
        pushWrapped(todo, b.right(), wrapRight);
        todo.push(" " + b.operator().symbol() + " ");
        pushWrapped(todo, b.left(), wrapLeft);
      } else {
        out.append(((Expression) next).text());
      }
    }
    return out.toString();
  }

  private static void pushWrapped(Deque<Object> todo, Expression e, boolean wrap) {
    if (wrap) {
      todo.push(")");
    }
    todo.push(e);
    if (wrap) {
      todo.push("(");
    }
  }

  /** Whether two trees are equal node for node. */
  static boolean same(Expression a, Expression b) {
    Deque<Expression> left = new ArrayDeque<>();
    Deque<Expression> right = new ArrayDeque<>();
    left.push(a);
    right.push(b);
    while (!left.isEmpty()) {
      Expression x = left.pop();
      Expression y = right.pop();
      if (x == y) {
        continue;
      }
      if (x instanceof Expression.Negate && y instanceof Expression.Negate) {
        left.push(((Expression.Negate) x).operand());
        right.push(((Expression.Negate) y).operand());
      } else if (x instanceof Expression.Binary && y instanceof Expression.Binary) {
        Expression.Binary bx = (Expression.Binary) x;
        Expression.Binary by = (Expression.Binary) y;
        if (bx.operator() != by.operator()) {
          return false;
        }
        left.push(bx.right());
        right.push(by.right());
        left.push(bx.left());
        right.push(by.left());
      } else if (x instanceof Expression.Negate
          || x instanceof Expression.Binary
          || y instanceof Expression.Negate
          || y instanceof Expression.Binary
          || !x.equals(y)) {
        return false;
      }
    }
    return true;
  }

  /** A hash of the nodes in pre-order, which fixes the tree, so equal trees hash alike. */
  static int hash(Expression root) {
    int h = 1;
    Deque<Expression> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Expression e = todo.pop();
      if (e instanceof Expression.Negate) {
        h = 31 * h + 7;
        todo.push(((Expression.Negate) e).operand());
      } else if (e instanceof Expression.Binary) {
        Expression.Binary b = (Expression.Binary) e;
        h = 31 * h + 11 + b.operator().ordinal();
        todo.push(b.right());
        todo.push(b.left());
      } else {
        h = 31 * h + e.hashCode();
      }
    }
    return h;
  }
}
