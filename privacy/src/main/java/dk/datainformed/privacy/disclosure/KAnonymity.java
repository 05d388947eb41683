package dk.datainformed.privacy.disclosure;

import dk.datainformed.privacy.PrivacyException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Checks k-anonymity of a microdata extract (Sweeney 2002; the check ARX performs): every
 * combination of quasi-identifier values (age group, sex, postcode, unit) must be shared by at
 * least k rows, so that someone who knows those facts about a person cannot single out their row.
 * The check lists the combinations shared by fewer rows; generalising or suppressing them is left
 * to the caller.
 *
 * <pre>{@code
 * List<Map<String, String>> rows = List.of(
 *     Map.of("alder", "30-39", "køn", "K", "postnr", "8000"),
 *     Map.of("alder", "30-39", "køn", "K", "postnr", "8000"),
 *     Map.of("alder", "60-69", "køn", "M", "postnr", "8830"));
 * KAnonymityReport report = KAnonymity.check(rows, List.of("alder", "køn", "postnr"), 2);
 * report.isKAnonymous();   // false: the 60-69/M/8830 row stands alone
 * }</pre>
 *
 * <p>k-anonymity does not protect against attribute disclosure when everyone in a class shares the
 * sensitive value (l-diversity addresses that); it is not checked here.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class KAnonymity {

  private KAnonymity() {}

  /**
   * Checks an extract.
   *
   * @param rows the extract, one map from column name to value per row; other columns are ignored
   * @param quasiIdentifiers the columns an intruder may know, at least one, no repeats
   * @param k the smallest class size allowed, at least 1; usually the policy's {@link
   *     DisclosurePolicy#minimumCount()}
   * @return the classes smaller than k
   * @throws PrivacyException if k is below 1, no quasi-identifier is named, or a row has no value
   *     for one
   */
  public static KAnonymityReport check(
      List<? extends Map<String, String>> rows, List<String> quasiIdentifiers, int k) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(quasiIdentifiers, "quasiIdentifiers");
    if (k < 1) {
      throw new PrivacyException("k (" + k + ") must be at least 1");
    }
    if (quasiIdentifiers.isEmpty()) {
      throw new PrivacyException("name at least one quasi-identifier to check k-anonymity over");
    }
    if (new HashSet<>(quasiIdentifiers).size() != quasiIdentifiers.size()) {
      throw new PrivacyException("quasi-identifiers " + quasiIdentifiers + " name a column twice");
    }
    Map<List<String>, Integer> sizes = new LinkedHashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      Map<String, String> row = rows.get(r);
      List<String> key = new ArrayList<>(quasiIdentifiers.size());
      for (String column : quasiIdentifiers) {
        String value = row.get(column);
        if (value == null) {
          throw new PrivacyException(
              "row " + (r + 1) + " has no value for quasi-identifier '" + column
                  + "'; give every row a value (generalise unknowns to a code such as \"*\")");
        }
        key.add(value);
      }
      sizes.merge(List.copyOf(key), 1, Integer::sum);
    }
    List<EquivalenceClass> small = new ArrayList<>();
    sizes.forEach(
        (key, size) -> {
          if (size < k) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < quasiIdentifiers.size(); i++) {
              values.put(quasiIdentifiers.get(i), key.get(i));
            }
            small.add(new EquivalenceClass(values, size));
          }
        });
    small.sort(Comparator.comparingInt(EquivalenceClass::size));
    return new KAnonymityReport(k, quasiIdentifiers, rows.size(), sizes.size(), small);
  }
}
