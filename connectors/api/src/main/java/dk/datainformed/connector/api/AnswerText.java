package dk.datainformed.connector.api;

import dk.datainformed.core.id.CprDetector;
import org.apache.commons.lang3.StringUtils;
import org.apiguardian.api.API;

/**
 * How a connector's message quotes a text that a source sent (an id, a cell, the API's own error
 * message, a JSON parser's description of a bad answer): on one line, cut short, and with every
 * run of the CPR shape masked by core's {@link CprDetector#mask(CharSequence)}, so that a CPR number
 * in a hostile or broken answer never comes back whole while a year or a count stays readable. The
 * one rule for every connector.
 *
 * <pre>{@code
 * throw new MalformedSourceException(stream, where, "the API answered " + AnswerText.quote(body));
 * AnswerText.quote("ukendt CPR 0101901234\n i 2024");   // "ukendt CPR 010190-**** i 2024"
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class AnswerText {
  /** How many characters a message quotes unless told otherwise. */
  public static final int SHOWN = 100;

  private AnswerText() {}

  /**
   * The text as a message may quote it, at most {@value #SHOWN} characters.
   *
   * @param text the text as received; {@code null} is shown as {@code <null>}
   * @return the text on one line, masked, abbreviated with "..."
   */
  public static String quote(CharSequence text) {
    return quote(text, SHOWN);
  }

  /**
   * The text as a message may quote it.
   *
   * @param text the text as received; {@code null} is shown as {@code <null>}
   * @param maxLength the most characters shown, at least 4
   * @return the text on one line, masked, abbreviated with "..."
   */
  public static String quote(CharSequence text, int maxLength) {
    if (text == null) {
      return CprDetector.mask(null);
    }
    String oneLine = text.toString().strip().replaceAll("\\s+", " ");
    // Masked before it is cut, so that a cut cannot leave a shorter run the mask no longer sees.
    return StringUtils.abbreviate(CprDetector.mask(oneLine), Math.max(4, maxLength));
  }
}
