package dk.datainformed.connector.statbank.internal;

import dk.datainformed.core.id.IdentifierMask;
import org.apache.commons.lang3.StringUtils;

/**
 * How a text from an answer (an id, the API's own error message, Jackson's description of bad
 * JSON) appears in a message: cut short, and with every word of four or more digits masked, so that
 * a CPR number in a hostile or broken answer never comes back whole.
 */
final class Quoted {

  /** How many characters of a text a message quotes. */
  static final int MAX = 100;

  private Quoted() {}

  /** The text as a message may quote it. */
  static String of(String text) {
    return IdentifierMask.maskWords(StringUtils.abbreviate(text, MAX));
  }
}
