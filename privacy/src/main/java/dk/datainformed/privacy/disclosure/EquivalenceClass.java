package dk.datainformed.privacy.disclosure;

import dk.datainformed.core.id.IdentifierMask;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The rows of a microdata extract that share the same values of every quasi-identifier: an intruder
 * who knows those values about a person cannot tell the rows apart.
 *
 * @param values the quasi-identifiers' values, in the order the quasi-identifiers were given
 * @param size how many rows share them, at least 1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EquivalenceClass(Map<String, String> values, int size) {

  /**
   * Checks and copies the class.
   *
   * @param values the quasi-identifiers' values
   * @param size how many rows share them
   */
  public EquivalenceClass {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values, "values")));
    if (size < 1) {
      throw new IllegalArgumentException("an equivalence class has at least one row, not " + size);
    }
  }

  /**
   * Shows the quasi-identifiers with masked values and the size: values can identify a person, so
   * they never appear in logs.
   */
  @Override
  public String toString() {
    return values.entrySet().stream()
            .map(e -> e.getKey() + "=" + IdentifierMask.mask(e.getValue()))
            .collect(Collectors.joining(", ", "EquivalenceClass[", ""))
        + "; " + size + " row(s)]";
  }
}
