package dk.datainformed.report.internal;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.text.XmlText;
import org.apiguardian.api.API;

/**
 * Text as it may appear on the page: everything CPR-like masked by core's {@link CprDetector},
 * unpaired surrogates dropped, then escaped for HTML and XML content and attributes.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Html {

  private Html() {}

  /**
   * Masks CPR-like digits and escapes the text.
   *
   * @param text the text as given
   * @return the text, safe to put in an element or a quoted attribute
   */
  public static String text(String text) {
    return XmlText.escape(clean(text));
  }

  /**
   * Masks CPR-like digits and drops unpaired surrogates (which no XML document can hold), without
   * escaping: for text handed to a writer that escapes by itself.
   *
   * @param text the text as given
   * @return the cleaned text
   */
  public static String clean(String text) {
    String masked = mask(text);
    StringBuilder out = new StringBuilder(masked.length());
    for (int i = 0; i < masked.length(); i++) {
      char c = masked.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < masked.length()
          && Character.isLowSurrogate(masked.charAt(i + 1))) {
        out.append(c).append(masked.charAt(i + 1));
        i++;
      } else if (!Character.isSurrogate(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Replaces everything CPR-like with its masked form, {@code 010190-****}, as {@link
   * CprDetector#mask(CharSequence)} does.
   *
   * @param text the text
   * @return the text with nothing CPR-like left
   */
  public static String mask(String text) {
    return CprDetector.mask(text);
  }
}
