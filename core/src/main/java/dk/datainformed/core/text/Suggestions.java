package dk.datainformed.core.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The one way datainformed finds the nearest known names to a name it did not recognise: an
 * unknown configuration key, a misspelt field in a KPI file, an unknown municipality.
 *
 * <pre>{@code
 * Suggestions.didYouMean("denominatr", List.of("numerator", "denominator"));
 * // Optional[denominator]
 * Suggestions.nearest("Koge", names, 3);   // the three closest names, closest first
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Suggestions {

  private Suggestions() {}

  /**
   * The Levenshtein distance: the fewest single-character insertions, deletions and substitutions
   * that turn {@code a} into {@code b}.
   *
   * @param a one text
   * @param b the other text
   * @return the distance, 0 when equal
   */
  public static int distance(String a, String b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /**
   * The known names closest to a name, closest first; ties in the order of {@code known}.
   *
   * @param name the name that was not recognised
   * @param known the names that exist
   * @param limit the most names to return, at least 1
   * @return up to {@code limit} names
   */
  public static List<String> nearest(String name, Collection<String> known, int limit) {
    Objects.requireNonNull(name, "name");
    if (limit < 1) {
      throw new IllegalArgumentException("limit (" + limit + ") must be at least 1");
    }
    return known.stream()
        .sorted(Comparator.comparingInt(candidate -> distance(name, candidate)))
        .limit(limit)
        .toList();
  }

  /**
   * The one known name that is probably meant: the closest, if it is within a third of the name's
   * length (at least one edit) and no other name is as close.
   *
   * @param name the name that was not recognised
   * @param known the names that exist
   * @return the likely intended name, or empty when none is close enough or two are equally close
   */
  public static Optional<String> didYouMean(String name, Collection<String> known) {
    Objects.requireNonNull(name, "name");
    int allowed = Math.max(1, name.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (String candidate : known) {
      int d = distance(name, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
        tie = false;
      } else if (d == bestDistance && !candidate.equals(best)) {
        tie = true;
      }
    }
    return best != null && bestDistance <= allowed && !tie ? Optional.of(best) : Optional.empty();
  }
}
