package dk.datainformed.kpi.internal;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.kpi.KpiException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * Turns Jackson's failures into messages that say file, line, column and what to fix, and into
 * causes scrubbed of the file's values: Jackson's own messages quote what they could not read (a
 * token, a field name, a value "from String ..."), which may be a CPR number.
 */
final class JacksonMessages {
  private static final int MAX_DISTANCE = 3;
  private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"|`[^`]*`");

  private JacksonMessages() {}

  /**
   * The library's exception for a Jackson failure: a message with file, line, column and what to
   * fix, every value in it masked, and a cause that keeps Jackson's type, position and stack but not
   * its message.
   */
  static KpiException failure(String sourceName, String formatName, JacksonException e) {
    return new KpiException(describe(sourceName, formatName, e), scrubbed(e));
  }

  /**
   * A stand-in for a third-party failure that may quote input: its type, its position when it has
   * one, and its stack trace, but neither its message nor its own causes.
   */
  static KpiException scrubbed(Throwable e) {
    String at = "";
    if (e instanceof JacksonException && ((JacksonException) e).getLocation() != null) {
      TokenStreamLocation l = ((JacksonException) e).getLocation();
      at = " at line " + l.getLineNr() + ", column " + l.getColumnNr();
    }
    KpiException cause =
        new KpiException(
            e.getClass().getName() + at + " (its message is left out: it may quote the file)");
    cause.setStackTrace(e.getStackTrace());
    return cause;
  }

  /**
   * The first line of a third-party message with every quoted part masked and cut short; when a
   * CPR-like text remains outside quotes, the message is left out.
   */
  static String scrub(String message) {
    String first = firstLine(message);
    Matcher m = QUOTED.matcher(first);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String q = m.group();
      char mark = q.charAt(0);
      m.appendReplacement(
          out, Matcher.quoteReplacement(mark + Excerpt.of(q.substring(1, q.length() - 1)) + mark));
    }
    m.appendTail(out);
    String scrubbed = out.toString();
    return CprDetector.mask(scrubbed).equals(scrubbed)
        ? StringUtils.abbreviate(scrubbed, 4 * Excerpt.MAX_CHARS)
        : "cannot be read";
  }

  static String describe(String sourceName, String formatName, JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 1
            ? sourceName + ": "
            : DefinitionCodec.where(sourceName, at);
    // Masked whole: the path and the names in it are the file's own text.
    return CprDetector.mask(where + what(e, formatName));
  }

  private static String what(JacksonException e, String formatName) {
    String path = path(e);
    if (e instanceof PropertyBindingException) {
      PropertyBindingException p = (PropertyBindingException) e;
      String name = p.getPropertyName();
      List<String> known =
          p.getKnownPropertyIds() == null
              ? List.of()
              : p.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.toList());
      String parent = parentPath(e);
      String in = parent.isEmpty() ? "" : " in '" + parent + "'";
      String closest = closest(name, known);
      return "unknown field '" + Excerpt.of(name) + "'" + in
          + (closest != null
              ? " (did you mean '" + closest + "'?)"
              : known.isEmpty() ? "" : " (known fields: " + String.join(", ", known) + ")");
    }
    if (e instanceof InvalidFormatException) {
      InvalidFormatException f = (InvalidFormatException) e;
      Class<?> target = f.getTargetType();
      String value = Excerpt.of(String.valueOf(f.getValue()));
      if (target != null && target.isEnum()) {
        List<String> allowed = new ArrayList<>();
        for (Object c : target.getEnumConstants()) {
          allowed.add(((Enum<?>) c).name().toLowerCase(Locale.ROOT));
        }
        String closest = closest(value.toLowerCase(Locale.ROOT), allowed);
        return "'" + value + "' is not a valid value for '" + path + "'"
            + (closest != null ? " (did you mean '" + closest + "'?)" : "")
            + "; use one of " + String.join(", ", allowed);
      }
      return "'" + value + "' is not a valid value for '" + path + "'"
          + (target == null ? "" : ": expected " + describeType(target));
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException m = (MismatchedInputException) e;
      Class<?> target = m.getTargetType();
      return "wrong type for '" + path + "'"
          + (target == null ? "" : ": expected " + describeType(target))
          + " (" + scrub(e.getOriginalMessage()) + ")";
    }
    if (e instanceof StreamReadException) {
      return "malformed " + formatName + ": " + scrub(e.getOriginalMessage());
    }
    return scrub(e.getOriginalMessage());
  }

  private static String describeType(Class<?> type) {
    if (type == String.class) {
      return "a text";
    }
    if (type == Integer.class || type == int.class || type == Long.class) {
      return "a whole number";
    }
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == Boolean.class) {
      return "true or false";
    }
    if (type == java.time.LocalDate.class) {
      return "an ISO date such as 2027-06-30";
    }
    if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type.isRecord()) {
      return "a mapping";
    }
    return type.getSimpleName();
  }

  private static String path(JacksonException e) {
    StringBuilder out = new StringBuilder();
    for (JacksonException.Reference r : e.getPath()) {
      if (r.getPropertyName() != null) {
        out.append(out.length() == 0 ? "" : ".").append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        out.append('[').append(r.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  private static String parentPath(JacksonException e) {
    List<JacksonException.Reference> refs = e.getPath();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < refs.size() - 1; i++) {
      JacksonException.Reference r = refs.get(i);
      if (r.getPropertyName() != null) {
        out.append(out.length() == 0 ? "" : ".").append(r.getPropertyName());
      } else if (r.getIndex() >= 0 && out.length() > 0) {
        out.append('[').append(r.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "cannot be read";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  static String closest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return bestDistance <= Math.min(MAX_DISTANCE, Math.max(1, word.length() / 2)) ? best : null;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
