package dk.datainformed.core.org;

import dk.datainformed.core.DatainformedException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * An organisation tree could not be built: versions overlap, a parent is missing or not valid, the
 * parents form a cycle on some date, or a succession points to a unit that is unknown or not valid.
 *
 * <p>The message lists every problem found (up to {@value #SHOWN_PROBLEMS}), each naming the units
 * and dates involved, so that the source data can be fixed in one pass. {@link #problems()} has them
 * all.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class InvalidOrganisationException extends DatainformedException {
  private static final long serialVersionUID = 1L;

  /** How many problems the message lists; {@link #problems()} holds all of them. */
  public static final int SHOWN_PROBLEMS = 20;

  /** Every problem found, one sentence each. */
  private final String[] problems;

  /**
   * Creates the exception from the problems found.
   *
   * @param problems one sentence per problem, naming the units and dates; not empty
   */
  public InvalidOrganisationException(List<String> problems) {
    super(message(problems));
    this.problems = problems.toArray(String[]::new);
  }

  private static String message(List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidOrganisationException needs at least one problem");
    }
    StringBuilder text =
        new StringBuilder("The organisation is not valid (")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem):" : " problems):");
    problems.stream().limit(SHOWN_PROBLEMS).forEach(p -> text.append("\n - ").append(p));
    if (problems.size() > SHOWN_PROBLEMS) {
      text.append("\n ... and ").append(problems.size() - SHOWN_PROBLEMS).append(" more");
    }
    return text.toString();
  }

  /**
   * Every problem found, one sentence each, in the order found.
   *
   * @return the problems; never empty
   */
  public List<String> problems() {
    return List.of(problems);
  }
}
