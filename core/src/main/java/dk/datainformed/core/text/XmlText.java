package dk.datainformed.core.text;

import org.apiguardian.api.API;

/**
 * Text for XML and HTML documents: the one escaping rule that every SVG chart and page uses.
 *
 * <pre>{@code
 * XmlText.escape("Skole & SFO <3");   // "Skole &amp; SFO &lt;3"
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class XmlText {

  private XmlText() {}

  /**
   * Escapes text for XML content and attributes; drops characters XML 1.0 cannot hold.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&apos;");
          break;
        default:
          if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
            out.append(c);
          }
      }
    }
    return out.toString();
  }
}
