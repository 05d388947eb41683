package dk.datainformed.kpi;

import dk.datainformed.core.DatainformedException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** The texts a logged stack trace of an exception would show: every message and cause. */
public final class CauseChain {
  /** A synthetic CPR number that tests and fuzz targets plant in their input. */
  public static final String PLANTED_CPR = "0101901234";

  private CauseChain() {}

  /**
   * The {@code toString()} of the exception, of each of its causes and of their suppressed
   * exceptions.
   *
   * @param e the exception
   * @return the texts, outermost first
   */
  public static List<String> texts(Throwable e) {
    List<String> out = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> todo = new ArrayList<>();
    todo.add(e);
    while (!todo.isEmpty()) {
      Throwable t = todo.remove(0);
      if (t == null || !seen.add(t)) {
        continue;
      }
      out.add(String.valueOf(t));
      todo.add(t.getCause());
      Collections.addAll(todo, t.getSuppressed());
    }
    return out;
  }

  /**
   * The fuzz targets' input with every {@code CPR} replaced by the planted number, so that the
   * fuzzer can put one anywhere with three letters.
   *
   * @param data the fuzzer's bytes
   * @return the text
   */
  public static String planted(byte[] data) {
    return new String(data, StandardCharsets.UTF_8).replace("CPR", PLANTED_CPR);
  }

  /**
   * Runs a reader on hostile input: the library's own exceptions may escape it, but only with the
   * planted CPR number kept out of every message and cause; any other exception or error escapes
   * to the caller (a fuzz finding).
   *
   * @param reader the reader
   * @throws AssertionError when a library exception shows the planted CPR number
   */
  public static void onlyCleanLibraryErrors(Runnable reader) {
    try {
      reader.run();
    } catch (DatainformedException e) {
      if (leaksPlantedCpr(e)) {
        throw new AssertionError("an error shows the planted CPR number: " + texts(e).size()
            + " texts in its cause chain", e);
      }
    }
  }

  /**
   * Whether any text of the chain holds the planted CPR number, with or without its dash.
   *
   * @param e the exception
   * @return true when a logged stack trace would show it
   */
  public static boolean leaksPlantedCpr(Throwable e) {
    return texts(e).stream()
        .anyMatch(t -> t.contains(PLANTED_CPR) || t.contains("010190-1234"));
  }
}
