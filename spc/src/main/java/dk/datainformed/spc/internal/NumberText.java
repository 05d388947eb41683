package dk.datainformed.spc.internal;

import dk.datainformed.core.text.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apiguardian.api.API;

/**
 * Numbers as a page in the language writes them: "6,62" and "12.500" in Danish, "6.62" and
 * "12,500" in English. Written out here rather than taken from the JDK's locale data, so a chart
 * is the same on every runtime.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class NumberText {
  private NumberText() {}

  /**
   * A number with a fixed count of decimals, grouped in thousands from 10,000.
   *
   * @param language the language
   * @param value the number
   * @param decimals decimals to show, 0 or more
   * @return the text; "−" for a negative number
   */
  public static String format(Language language, double value, int decimals) {
    BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    if (d.signum() == 0) {
      d = d.abs();
    }
    String plain = d.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot + 1);
    boolean da = language == Language.DANISH;
    StringBuilder grouped = new StringBuilder();
    if (whole.length() > 4) {
      for (int i = 0; i < whole.length(); i++) {
        if (i > 0 && (whole.length() - i) % 3 == 0) {
          grouped.append(da ? '.' : ',');
        }
        grouped.append(whole.charAt(i));
      }
    } else {
      grouped.append(whole);
    }
    return (d.signum() < 0 ? "−" : "") + grouped + (fraction.isEmpty() ? "" : (da ? "," : ".") + fraction);
  }

  /**
   * Decimals enough to tell values a step apart: 0 for a step of 1 or more, 1 for 0.1 to 0.9, …
   *
   * @param step the distance between neighbouring values, above 0
   * @return the decimals, at most 6
   */
  public static int decimalsFor(double step) {
    int d = 0;
    double s = step;
    while (d < 6 && Math.abs(s - Math.rint(s)) > 1e-9 * Math.max(1, Math.abs(s))) {
      s *= 10;
      d++;
    }
    return d;
  }
}
