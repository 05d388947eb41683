package dk.datainformed.core.area;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which municipality names are compared, so that the ways people write a name meet.
 *
 * <p>Case, surrounding and repeated blanks, hyphens, accents, æ/ø/å written ae/oe/aa (or ä/ö), a
 * trailing "Kommune", "Kommunes" or "Regionskommune", and a final genitive "s" make no difference:
 * "Københavns Kommune", "KØBENHAVN" and "Koebenhavn" all become {@code "koebenhavn"}. The reference
 * table checks when it loads that no two municipalities share a key.
 */
final class NameKey {

  private static final Pattern SEPARATORS = Pattern.compile("[\\p{Z}\\s\\-\u2010\u2011\u2013\u2014]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final List<String> SUFFIXES =
      List.of(" regionskommunes", " regionskommune", " kommunes", " kommune");

  private NameKey() {}

  static String of(String name) {
    String lower = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder spelled = new StringBuilder(lower.length() + 4);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      switch (c) {
        case 'æ', 'ä' -> spelled.append("ae");
        case 'ø', 'ö' -> spelled.append("oe");
        case 'å' -> spelled.append("aa");
        default -> spelled.append(c);
      }
    }
    String plain = MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD)).replaceAll("");
    String key = SEPARATORS.matcher(plain).replaceAll(" ").strip();
    for (String suffix : SUFFIXES) {
      if (key.endsWith(suffix)) {
        key = key.substring(0, key.length() - suffix.length());
        break;
      }
    }
    if (key.length() > 1 && key.endsWith("s")) {
      key = key.substring(0, key.length() - 1);
    }
    return key;
  }
}
