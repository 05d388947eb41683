package dk.datainformed.report;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.kpi.KpiException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A link from the cockpit page to a related page that lies beside it, such as a table of every
 * unit: a label and a relative file name.
 *
 * <p>The page must stay self-contained and must not reach the network, so only relative links to
 * files in the same folder (or a folder below it) are allowed: no scheme ({@code http:},
 * {@code https:}, {@code file:}, {@code javascript:}, ...), no leading {@code /} or {@code //}, no
 * {@code ..}, no backslash and no white space or control characters, which browsers would quietly
 * remove. Both label and target are escaped on the page.
 *
 * <pre>{@code
 * CockpitLink link = CockpitLink.of("Alle enheder", "units.html");
 * }</pre>
 *
 * @param label the text of the link, not blank
 * @param target the relative file name the link points to, such as {@code units.html}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CockpitLink(String label, String target) {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*:.*", Pattern.DOTALL);

  /**
   * Checks the link.
   *
   * @param label the text of the link, not blank
   * @param target the relative file name the link points to
   * @throws KpiException when the label is blank or the target is not a relative link to a file
   *     beside the page
   */
  public CockpitLink {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(target, "target");
    if (label.isBlank()) {
      throw new KpiException("the label of a link on the cockpit page must not be blank");
    }
    String shown = "link target '" + CprDetector.mask(target) + "' (" + CprDetector.mask(label) + ")";
    String rule = ": the cockpit page must stay self-contained, so only relative links to files"
        + " beside it are allowed, such as 'units.html'";
    if (target.isEmpty()) {
      throw new KpiException("the link target for '" + CprDetector.mask(label) + "' is empty" + rule);
    }
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        throw new KpiException(shown + " contains white space or a control character" + rule);
      }
    }
    if (SCHEME.matcher(target).matches()) {
      throw new KpiException(shown + " has a scheme ('"
          + target.substring(0, target.indexOf(':') + 1) + "')" + rule);
    }
    if (target.startsWith("/")) {
      throw new KpiException(shown + " starts with '/'" + rule);
    }
    if (target.contains("\\")) {
      throw new KpiException(shown + " contains a backslash, which browsers read as '/'" + rule);
    }
    if (target.contains(":")) {
      throw new KpiException(shown + " contains ':', which browsers may read as a scheme" + rule);
    }
    String path = target.split("[?#]", 2)[0];
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..")) {
        throw new KpiException(shown + " leaves the page's folder with '..'" + rule);
      }
    }
    if (CprDetector.containsCprLike(target)) {
      throw new KpiException(shown + " holds ten digits that look like a CPR number, which the"
          + " page would mask and so break the link; rename the file");
    }
  }

  /**
   * A link to a related page beside the cockpit page.
   *
   * @param label the text of the link, not blank
   * @param target the relative file name, such as {@code units.html}
   * @return the link
   * @throws KpiException when the label is blank or the target is not a relative link to a file
   *     beside the page
   */
  public static CockpitLink of(String label, String target) {
    return new CockpitLink(label, target);
  }
}
