package dk.datainformed.connector.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Checks that an error holds no planted secret or CPR number anywhere a log could show it: the
 * message, {@code toString()} and those of every cause and suppressed exception, the whole chain.
 *
 * <pre>{@code
 * ConnectorException e = assertThrows(ConnectorException.class, () -> connector.read(request));
 * Leaks.assertNoneOf(e, "0101901234", "010190-1234", apiKey);
 * }</pre>
 *
 * <p>Fuzz targets and fault tests plant obviously synthetic values (such as {@code 0101901234}) in
 * the input and call this on whatever the library throws.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Leaks {

  private Leaks() {}

  /**
   * Every text of an exception's chain that a log line or stack trace may show: each message and
   * {@code toString()}, of the exception, its causes and its suppressed exceptions, once each.
   *
   * @param error the exception
   * @return the texts, outermost first
   */
  public static List<String> texts(Throwable error) {
    List<String> texts = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> todo = new ArrayList<>();
    todo.add(error);
    while (!todo.isEmpty()) {
      Throwable t = todo.remove(0);
      if (t == null || !seen.add(t)) {
        continue;
      }
      texts.add(String.valueOf(t.getMessage()));
      texts.add(t.toString());
      todo.add(t.getCause());
      Collections.addAll(todo, t.getSuppressed());
    }
    return texts;
  }

  /**
   * Fails when any text of the chain (see {@link #texts}) contains one of the planted values.
   *
   * @param error the exception
   * @param planted the values that must not show, such as a synthetic CPR number or an API key
   * @throws AssertionError naming which planted value showed where (the chain's texts, which the
   *     test planted itself)
   */
  public static void assertNoneOf(Throwable error, String... planted) {
    for (String text : texts(error)) {
      for (String value : planted) {
        if (!value.isEmpty() && text.contains(value)) {
          AssertionError failure = new AssertionError("the planted value '" + value + "' shows in: " + text);
          failure.addSuppressed(error);
          throw failure;
        }
      }
    }
  }
}
