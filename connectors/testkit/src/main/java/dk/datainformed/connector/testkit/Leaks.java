package dk.datainformed.connector.testkit;

import dk.datainformed.core.id.CprDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
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
 * the input and call this on whatever the library throws. A test of a whole run plants them in every
 * text field of the input and scans what the run left behind:
 *
 * <pre>{@code
 * Leaks.assertNoneInFiles(outputFolder, planted);
 * Leaks.assertNoneIn("standard output", stdout, planted);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Leaks {
  /**
   * One synthetic CPR number in every written form a person might type: hyphen, none, space, en
   * dash, no-break space, a replacement number (day + 60) and an eCPR, for a test to plant in an
   * input and then look for in every output.
   *
   * <pre>{@code
   * String name = "Bakkeskolen " + Leaks.CPR_FORMS.get(2);
   * Leaks.assertNoneInFiles(out, Leaks.CPR_FORMS);
   * }</pre>
   */
  public static final List<String> CPR_FORMS =
      List.of("010190-1234", "0101901234", "010190 1234", "010190\u20131234", "010190\u00A01234",
          "610190-1234", "010190-1AB4");


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

  /**
   * Fails when a text holds one of the planted values, or anything core's {@link CprDetector#find}
   * takes for a CPR number (in any written form).
   *
   * @param where what the text is, for the failure message (a file name, "standard error")
   * @param text the text
   * @param planted the values that must not show
   * @throws AssertionError naming what showed where; the text itself is not repeated
   */
  public static void assertNoneIn(String where, String text, Collection<String> planted) {
    for (String value : planted) {
      if (!value.isEmpty() && text.contains(value)) {
        throw new AssertionError(where + " holds the planted value '" + value + "' at character "
            + text.indexOf(value));
      }
    }
    CprDetector.find(text).stream().findFirst().ifPresent(found -> {
      throw new AssertionError(where + " holds a CPR number at character " + found.start());
    });
  }

  /**
   * Fails when any file under a folder holds a planted value or a CPR number (see {@link
   * #assertNoneIn}); each file is read whole, as UTF-8 with malformed bytes replaced, so a value
   * inside a binary or badly encoded file is found too.
   *
   * @param folder the folder, walked to any depth
   * @param planted the values that must not show
   * @return how many files were scanned, so that a test can check it scanned something
   * @throws AssertionError naming the first file that holds one
   * @throws UncheckedIOException if a file cannot be read
   */
  public static int assertNoneInFiles(Path folder, Collection<String> planted) {
    try (var files = Files.walk(folder)) {
      List<Path> regular = files.filter(Files::isRegularFile).sorted().toList();
      for (Path file : regular) {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertNoneIn(folder.relativize(file).toString(), text, planted);
      }
      return regular.size();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not scan " + folder, e);
    }
  }
}
