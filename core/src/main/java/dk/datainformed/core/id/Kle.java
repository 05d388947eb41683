package dk.datainformed.core.id;

import dk.datainformed.core.InvalidValueException;
import dk.datainformed.core.ParseResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * A KLE subject number (Kommunernes Landsforenings Emnesystematik), the classification of
 * municipal tasks and cases: {@code 27.24.00} is emne 00 in gruppe 24 of hovedgruppe 27.
 *
 * <p>Only the number format is modelled. KLE's titles and content are licensed by KL and are not
 * part of this library; a municipality that holds KLE can look the title up by {@link #code()}.
 * Handlingsfacetter (the letter-and-digits action facets) are not part of the number and are not
 * accepted here.
 *
 * <p>Accepted, after surrounding blanks are trimmed: {@code NN} (a {@linkplain KleLevel#HOVEDGRUPPE
 * hovedgruppe}), {@code NN.NN} (a {@linkplain KleLevel#GRUPPE gruppe}) or {@code NN.NN.NN} (an
 * {@linkplain KleLevel#EMNE emne}), each part exactly two ASCII digits {@code 00}-{@code 99},
 * separated by full stops. Whether a number is in use in the current KLE edition is not checked.
 *
 * <pre>{@code
 * Kle kle = Kle.parse("27.24.00");
 * kle.level();        // EMNE
 * kle.parent();       // Optional[27.24]
 * kle.ancestors();    // [27, 27.24]
 * kle.isWithin(Kle.parse("27"));  // true
 * }</pre>
 *
 * <p>Ordered by hovedgruppe, then gruppe, then emne, a coarser number before the finer numbers
 * within it ({@code 27 < 27.24 < 27.24.00 < 27.25}).
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Kle implements Comparable<Kle> {

  private static final String WHAT = "KLE number";
  private static final int ABSENT = -1;

  private final int hovedgruppe;
  private final int gruppe;
  private final int emne;

  private Kle(int hovedgruppe, int gruppe, int emne) {
    this.hovedgruppe = hovedgruppe;
    this.gruppe = gruppe;
    this.emne = emne;
  }

  /**
   * Reads a KLE number at any of its three levels.
   *
   * @param text {@code NN}, {@code NN.NN} or {@code NN.NN.NN}; surrounding blanks are ignored
   * @return the KLE number
   * @throws InvalidValueException when the text is not one of those forms; the message shows the
   *     input masked by {@link IdentifierMask}
   */
  public static Kle parse(String text) {
    return tryParse(text).orElseThrow(WHAT, IdentifierMask.mask(text));
  }

  /**
   * Reads a KLE number like {@link #parse(String)}, but returns the reason instead of throwing.
   *
   * @param text {@code NN}, {@code NN.NN} or {@code NN.NN.NN}; surrounding blanks are ignored;
   *     {@code null} gives a failed result
   * @return the KLE number, or the reason it was rejected
   */
  public static ParseResult<Kle> tryParse(String text) {
    if (text == null) {
      return ParseResult.failed("no value was given");
    }
    String trimmed = text.strip();
    int length = trimmed.length();
    if ((length != 2 && length != 5 && length != 8)
        || !isPart(trimmed, 0)
        || (length >= 5 && (trimmed.charAt(2) != '.' || !isPart(trimmed, 3)))
        || (length == 8 && (trimmed.charAt(5) != '.' || !isPart(trimmed, 6)))) {
      return ParseResult.failed(
          "a KLE number is NN, NN.NN or NN.NN.NN (hovedgruppe, gruppe, emne), two digits each");
    }
    int hovedgruppe = part(trimmed, 0);
    int gruppe = length >= 5 ? part(trimmed, 3) : ABSENT;
    int emne = length == 8 ? part(trimmed, 6) : ABSENT;
    return ParseResult.ok(new Kle(hovedgruppe, gruppe, emne));
  }

  private static boolean isPart(String text, int at) {
    return Digits.isAsciiDigit(text.charAt(at)) && Digits.isAsciiDigit(text.charAt(at + 1));
  }

  private static int part(String text, int at) {
    return (text.charAt(at) - '0') * 10 + (text.charAt(at + 1) - '0');
  }

  /**
   * How fine this number is.
   *
   * @return {@link KleLevel#HOVEDGRUPPE}, {@link KleLevel#GRUPPE} or {@link KleLevel#EMNE}
   */
  public KleLevel level() {
    if (emne != ABSENT) {
      return KleLevel.EMNE;
    }
    return gruppe != ABSENT ? KleLevel.GRUPPE : KleLevel.HOVEDGRUPPE;
  }

  /**
   * The hovedgruppe part, present at every level.
   *
   * @return 0 to 99, e.g. 27 for {@code 27.24.00}
   */
  public int hovedgruppe() {
    return hovedgruppe;
  }

  /**
   * The gruppe part.
   *
   * @return 0 to 99, e.g. 24 for {@code 27.24.00}; empty for a hovedgruppe
   */
  public OptionalInt gruppe() {
    return gruppe == ABSENT ? OptionalInt.empty() : OptionalInt.of(gruppe);
  }

  /**
   * The emne part.
   *
   * @return 0 to 99, e.g. 0 for {@code 27.24.00}; empty for a hovedgruppe or gruppe
   */
  public OptionalInt emne() {
    return emne == ABSENT ? OptionalInt.empty() : OptionalInt.of(emne);
  }

  /**
   * The number one level coarser: the gruppe of an emne, the hovedgruppe of a gruppe.
   *
   * @return the parent, or empty for a hovedgruppe
   */
  public Optional<Kle> parent() {
    if (emne != ABSENT) {
      return Optional.of(new Kle(hovedgruppe, gruppe, ABSENT));
    }
    if (gruppe != ABSENT) {
      return Optional.of(new Kle(hovedgruppe, ABSENT, ABSENT));
    }
    return Optional.empty();
  }

  /**
   * Every coarser level of this number, coarsest first: {@code [27, 27.24]} for {@code 27.24.00}.
   *
   * @return the ancestors, empty for a hovedgruppe; unmodifiable
   */
  public List<Kle> ancestors() {
    List<Kle> ancestors = new ArrayList<>(2);
    for (Optional<Kle> p = parent(); p.isPresent(); p = p.get().parent()) {
      ancestors.add(p.get());
    }
    Collections.reverse(ancestors);
    return Collections.unmodifiableList(ancestors);
  }

  /**
   * Whether this number is the given one or lies within it: {@code 27.24.00} is within
   * {@code 27.24}, {@code 27} and itself, but not within {@code 27.25} or {@code 27.24.01}.
   *
   * @param other the possibly coarser number
   * @return true when {@code other} is this number or one of its {@link #ancestors()}
   */
  public boolean isWithin(Kle other) {
    return other.hovedgruppe == hovedgruppe
        && (other.gruppe == ABSENT || other.gruppe == gruppe)
        && (other.emne == ABSENT || other.emne == emne);
  }

  /**
   * The number as written: {@code 27}, {@code 27.24} or {@code 27.24.00}.
   *
   * @return the written form, two digits per part
   */
  public String code() {
    StringBuilder code = new StringBuilder(8);
    appendPart(code, hovedgruppe);
    if (gruppe != ABSENT) {
      appendPart(code.append('.'), gruppe);
    }
    if (emne != ABSENT) {
      appendPart(code.append('.'), emne);
    }
    return code.toString();
  }

  private static void appendPart(StringBuilder code, int part) {
    code.append((char) ('0' + part / 10)).append((char) ('0' + part % 10));
  }

  /**
   * Orders by hovedgruppe, gruppe and emne, a coarser number before the numbers within it.
   *
   * @param other the number to compare with
   * @return negative, zero or positive as this number sorts before, with or after {@code other}
   */
  @Override
  public int compareTo(Kle other) {
    int byHovedgruppe = Integer.compare(hovedgruppe, other.hovedgruppe);
    if (byHovedgruppe != 0) {
      return byHovedgruppe;
    }
    int byGruppe = Integer.compare(gruppe, other.gruppe);
    return byGruppe != 0 ? byGruppe : Integer.compare(emne, other.emne);
  }

  /**
   * Equal when all parts and the level are equal.
   *
   * @param other the object to compare with
   * @return true for a {@code Kle} with the same code
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Kle
        && ((Kle) other).hovedgruppe == hovedgruppe
        && ((Kle) other).gruppe == gruppe
        && ((Kle) other).emne == emne;
  }

  @Override
  public int hashCode() {
    return (hovedgruppe * 101 + gruppe) * 101 + emne;
  }

  /**
   * The written form, as {@link #code()}.
   *
   * @return the code, e.g. {@code 27.24.00}
   */
  @Override
  public String toString() {
    return code();
  }
}
