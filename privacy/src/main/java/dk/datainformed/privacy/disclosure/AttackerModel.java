package dk.datainformed.privacy.disclosure;

import org.apiguardian.api.API;

/**
 * What an intruder is assumed to know when trying to recover a suppressed cell. The audit solves the
 * intruder's linear programs once per model the policy declares ({@link
 * DisclosurePolicy.Builder#attackers(AttackerModel...)}) and says which model, if any, a table fails
 * against.
 *
 * <p>Every model knows the published table: its structure and additive relations, every published
 * value, the cells declared structurally empty ({@link StatisticalTable.Builder#structuralZero}) and
 * the a-priori bounds of every cell ({@link StatisticalTable.Builder#bounds}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum AttackerModel {
  /**
   * Someone outside the table: a journalist, a citizen, a colleague in another unit. Knows the
   * published table and nothing else. This is the attacker of τ-Argus's and sdcTable's audits.
   */
  OUTSIDER,
  /**
   * One contributor to a suppressed cell (an employee in a unit, a supplier behind a sum), who also
   * knows its own contribution: the cell is at least that contribution, and exactly that when it is
   * the cell's only contributor (a singleton). In a frequency table each unit knows that its cell is
   * not empty. The contributor's knowledge about the cell it is in is what the p% and dominance rules'
   * protection levels already protect against; this model adds what it learns about the other
   * suppressed cells through the totals.
   */
  CONTRIBUTOR;

  /**
   * A short phrase for an audit report.
   *
   * @return the phrase, in English
   */
  public String description() {
    return this == OUTSIDER
        ? "someone who knows only the published table"
        : "a contributor who also knows its own contribution";
  }
}
