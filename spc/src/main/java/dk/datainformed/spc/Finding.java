package dk.datainformed.spc;

import dk.datainformed.core.text.Language;
import dk.datainformed.core.time.Period;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One signal found by one rule, with the points it flagged and a sentence in Danish and English.
 *
 * <pre>{@code
 * finding.describe(Language.DANISH);   // "7 måneder i træk over gennemsnittet, marts–september 2024"
 * }</pre>
 *
 * @param rule the rule that found it
 * @param variation improvement, concern or neutral, from the signal's side and the KPI's direction
 * @param first the first period the finding covers
 * @param last the last period the finding covers
 * @param flagged the periods of the points flagged; empty for a signal that belongs to a whole
 *     segment (too few crossings)
 * @param danish the finding in Danish
 * @param english the finding in English
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Finding(
    Rule rule,
    Variation variation,
    Period first,
    Period last,
    List<Period> flagged,
    String danish,
    String english) {

  /**
   * Creates the finding.
   *
   * @param rule the rule
   * @param variation the variation, a special cause
   * @param first the first period covered
   * @param last the last period covered
   * @param flagged the flagged periods
   * @param danish the Danish text
   * @param english the English text
   */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(variation, "variation");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    flagged = List.copyOf(flagged);
    Objects.requireNonNull(danish, "danish");
    Objects.requireNonNull(english, "english");
  }

  /**
   * The finding in words.
   *
   * @param language Danish or English
   * @return the sentence, e.g. "7 months in a row above the mean, March–September 2024"
   */
  public String describe(Language language) {
    return language == Language.DANISH ? danish : english;
  }
}
