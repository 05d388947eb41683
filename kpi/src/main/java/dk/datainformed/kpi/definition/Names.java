package dk.datainformed.kpi.definition;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.internal.Excerpt;
import dk.datainformed.kpi.internal.Given;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks shared by the definition types. */
final class Names {
  private static final Pattern FIELD = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]{0,127}");

  private Names() {}

  static String text(String value, String what) {
    Given.required(value, what);
    if (value.isBlank()) {
      throw new KpiException(what + " must not be blank");
    }
    return value;
  }

  static String field(String name, String what) {
    text(name, what);
    if (!FIELD.matcher(name).matches()) {
      throw new KpiException(
          what + " '" + Excerpt.of(name) + "' is not a field name: start with a letter or '_', then letters,"
              + " digits or '_' (at most 128 characters)");
    }
    return name;
  }

  static <T> List<T> list(Collection<T> values, String what) {
    if (values == null) {
      throw new KpiException(what + " is missing");
    }
    for (T value : values) {
      if (value == null) {
        throw new KpiException(what + " must not contain null");
      }
    }
    return List.copyOf(values);
  }

  static <T> Optional<T> optional(Optional<T> value, String what) {
    if (value == null) {
      throw new KpiException(what + " must be Optional.empty(), not null");
    }
    return value;
  }

  static <T> T required(T value, String what) {
    return Given.required(value, what);
  }
}
