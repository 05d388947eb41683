package dk.datainformed.privacy.disclosure;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One additive relation of a table: the total cell equals the sum of its parts. A table with margins
 * has one relation per row total and per column total; a hierarchy adds one per subtotal. The audit
 * uses exactly these relations to compute what an intruder can infer.
 *
 * @param total the total (or subtotal) cell
 * @param parts the cells that add up to it, at least one
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AdditiveRelation(CellKey total, List<CellKey> parts) {

  /**
   * Checks and copies the relation.
   *
   * @param total the total cell
   * @param parts the cells that add up to it
   */
  public AdditiveRelation {
    Objects.requireNonNull(total, "total");
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("the relation of total '" + total + "' has no parts");
    }
  }

  /**
   * Whether a cell takes part in the relation, as total or as part.
   *
   * @param cell the cell
   * @return true if it is the total or one of the parts
   */
  public boolean involves(CellKey cell) {
    return total.equals(cell) || parts.contains(cell);
  }

  /** Shows the relation as an equation, for example {@code I alt × Kvinder = A × Kvinder + B × Kvinder}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(total).append(" = ");
    for (int i = 0; i < parts.size(); i++) {
      text.append(i == 0 ? "" : " + ").append(parts.get(i));
    }
    return text.toString();
  }
}
