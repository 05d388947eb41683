package dk.datainformed.report.internal;

import dk.datainformed.core.id.IdentifierMask;
import dk.datainformed.core.text.XmlText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as it may appear on the page: every run of digits that looks like a CPR number (ten digits,
 * with or without the dash) masked, unpaired surrogates dropped, then escaped for HTML and XML
 * content and attributes.
 */
public final class Html {
  private static final Pattern CPR_LIKE = Pattern.compile("\\d{6}-?\\d{4}");

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
   * Replaces every CPR-like run of digits with its masked form, {@code 010190-****}.
   *
   * @param text the text
   * @return the text with no ten-digit run left
   */
  public static String mask(String text) {
    Matcher m = CPR_LIKE.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    do {
      m.appendReplacement(out, Matcher.quoteReplacement(IdentifierMask.mask(m.group())));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }
}
