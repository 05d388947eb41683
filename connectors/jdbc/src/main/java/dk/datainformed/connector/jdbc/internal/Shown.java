package dk.datainformed.connector.jdbc.internal;

import dk.datainformed.connector.api.AnswerText;
import dk.datainformed.connector.api.http.Secret;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the connector's messages show what came from the user or the database: the URL with any
 * password replaced, the driver's own message on one line with the password's value (should a
 * driver ever echo it) replaced and CPR-like numbers masked.
 */
final class Shown {

  /** The most characters of a driver's message a connector message quotes. */
  private static final int MESSAGE = 300;

  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)((?:password|pwd)\\s*=)[^&;]*");
  private static final Pattern USER_INFO = Pattern.compile("//([^/@?;:]*):[^/@?;]*@");

  private Shown() {}

  /**
   * A JDBC URL as a message may show it.
   *
   * @param url the URL as configured
   * @return the URL with passwords as {@code ****}, CPR-like numbers masked, at most 200 characters
   */
  static String url(String url) {
    String safe = PASSWORD_PARAMETER.matcher(url).replaceAll("$1****");
    safe = USER_INFO.matcher(safe).replaceAll("//$1:****@");
    return AnswerText.quote(safe, 200);
  }

  /**
   * What a database said, as a message may quote it.
   *
   * @param error the driver's exception
   * @param password the configured password, replaced wherever it shows
   * @return the message and its SQL state, on one line, masked and cut short
   */
  static String cause(SQLException error, Optional<Secret> password) {
    StringBuilder text = new StringBuilder(String.valueOf(error.getMessage()));
    SQLException next = error.getNextException();
    if (next != null && next.getMessage() != null && !text.toString().contains(next.getMessage())) {
      text.append("; ").append(next.getMessage());
    }
    String said = scrub(text.toString(), password);
    String state = error.getSQLState();
    return AnswerText.quote(said, MESSAGE) + (state == null ? "" : " (SQL state " + AnswerText.quote(state, 10) + ")");
  }

  /**
   * Any text with the password's value replaced by {@code ****}.
   *
   * @param text the text
   * @param password the configured password
   * @return the text without the password
   */
  static String scrub(String text, Optional<Secret> password) {
    String safe = text;
    if (password.isPresent() && !password.get().reveal().isEmpty()) {
      safe = safe.replace(password.get().reveal(), "****");
    }
    return safe;
  }
}
