package dk.datainformed.connector.jobindsats.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Reads the {@code filters} setting: {@code variable=label|label}, separated by {@code ;}.
 *
 * <p>Jobindsats filters a table by its variables with keys that start with {@code _} (such as
 * {@code _kon}) and values that are the labels shown on jobindsats.dk ({@code Kvinder}). The leading
 * {@code _} may be left out; {@code area} and {@code period} have settings of their own.
 *
 * <pre>{@code
 * Filters.parse("_kon=Kvinder|Mænd; aldera=Alder i alt", problems);
 * // {_kon=[Kvinder, Mænd], _aldera=[Alder i alt]}
 * }</pre>
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Filters {

  private static final Pattern VARIABLE = Pattern.compile("_?[a-z0-9][a-z0-9_]*");

  private Filters() {}

  /**
   * Reads the setting.
   *
   * @param text the setting
   * @param problems where problems are added, each starting with {@code filters:}
   * @return the labels by variable, each variable with a leading {@code _}, in the order given
   */
  public static Map<String, List<String>> parse(String text, List<String> problems) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String part : text.split(";", -1)) {
      if (part.isBlank()) {
        continue;
      }
      int equals = part.indexOf('=');
      if (equals < 0) {
        problems.add("filters: '" + part.strip() + "' has no '='; write variable=label|label, e.g. _kon=Kvinder|Mænd");
        continue;
      }
      String name = part.substring(0, equals).strip().toLowerCase(Locale.ROOT);
      if (!VARIABLE.matcher(name).matches()) {
        problems.add("filters: '" + name + "' is not a variable name such as _kon (letters, digits and '_')");
        continue;
      }
      String variable = name.startsWith("_") ? name : "_" + name;
      if (variable.equals("_area") || variable.equals("_period")) {
        problems.add("filters: use the '" + variable.substring(1) + "' setting for " + variable.substring(1)
            + ", not a filter");
        continue;
      }
      List<String> labels = new ArrayList<>();
      for (String label : part.substring(equals + 1).split("\\|", -1)) {
        if (label.isBlank()) {
          problems.add("filters: " + variable + " has an empty label; write e.g. " + variable + "=Kvinder|Mænd");
        } else {
          labels.add(label.strip());
        }
      }
      if (filters.put(variable, List.copyOf(labels)) != null) {
        problems.add("filters: " + variable + " is given twice; list its labels once, separated by '|'");
      }
    }
    return filters;
  }
}
