package dk.datainformed.privacy.disclosure;

import org.apiguardian.api.API;

/** What the cells of a table hold, which decides the primary rules that apply. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Measure {
  /**
   * Frequency table: each cell counts persons or other units. The threshold rule applies to the
   * count.
   */
  COUNT,
  /**
   * Magnitude table: each cell is a sum over contributors, such as salaries, costs or absence days.
   * The threshold rule applies to the number of contributors; the dominance and p% rules to the
   * contributions.
   */
  MAGNITUDE
}
