package dk.datainformed.connector.statbank.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The {@code variables} setting: which values of which variables to read, in the text form
 * {@code OMRÅDE=101,147;KØN=*;Tid=2024*}.
 *
 * <p>Entries are separated by {@code ;}, a variable's code and its values by {@code =}, values by
 * {@code ,}; blanks around each part are ignored. A value is passed to Statistics Denmark as written:
 * a code ({@code 101}), {@code *} for every value, a prefix with {@code *} ({@code 2024*}, every
 * period of 2024), or the API's other forms such as {@code >=2020K1}. Variable codes are matched
 * to the table's ignoring case. A variable left out is read with {@code *}.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Selections {

  private final Map<String, List<String>> byVariable;

  private Selections(Map<String, List<String>> byVariable) {
    this.byVariable = byVariable;
  }

  /**
   * No selection: every value of every variable.
   *
   * @return the empty selection
   */
  public static Selections all() {
    return new Selections(Map.of());
  }

  /**
   * Reads the text form.
   *
   * @param text e.g. {@code OMRÅDE=101,147;KØN=*;Tid=2024*}; blank means every value
   * @return the selections, in the order written
   * @throws IllegalArgumentException with what is wrong and an example of the form
   */
  public static Selections parse(String text) {
    Map<String, List<String>> byVariable = new LinkedHashMap<>();
    Map<String, String> seen = new LinkedHashMap<>();
    for (String entry : text.split(";", -1)) {
      if (entry.isBlank()) {
        continue;
      }
      int eq = entry.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException(
            "'" + entry.strip() + "' has no '=': write VARIABLE=value,value, e.g. OMRÅDE=101,147;Tid=2024*");
      }
      String code = entry.substring(0, eq).strip();
      if (code.isEmpty()) {
        throw new IllegalArgumentException("'" + entry.strip() + "' has no variable before '='");
      }
      List<String> values = new ArrayList<>();
      for (String value : entry.substring(eq + 1).split(",", -1)) {
        if (!value.isBlank()) {
          values.add(value.strip());
        }
      }
      if (values.isEmpty()) {
        throw new IllegalArgumentException(
            "variable '" + code + "' has no values: write e.g. " + code + "=* for every value");
      }
      String earlier = seen.put(code.toUpperCase(Locale.ROOT), code);
      if (earlier != null) {
        throw new IllegalArgumentException("variable '" + code + "' is selected twice");
      }
      byVariable.put(code, List.copyOf(values));
    }
    return new Selections(Collections.unmodifiableMap(byVariable));
  }

  /**
   * The values selected for a variable.
   *
   * @param variable the table's code of the variable; compared ignoring case
   * @return the values, or empty when the variable is not mentioned
   */
  public Optional<List<String>> values(String variable) {
    for (Map.Entry<String, List<String>> e : byVariable.entrySet()) {
      if (e.getKey().equalsIgnoreCase(variable)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * The variables named, as written.
   *
   * @return the codes, in the order written
   */
  public List<String> variables() {
    return List.copyOf(byVariable.keySet());
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    byVariable.forEach((code, values) -> {
      if (text.length() > 0) {
        text.append(';');
      }
      text.append(code).append('=').append(String.join(",", values));
    });
    return text.toString();
  }
}
