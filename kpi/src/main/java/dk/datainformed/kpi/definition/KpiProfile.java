package dk.datainformed.kpi.definition;

import dk.datainformed.core.time.Grain;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.internal.Excerpt;
import dk.datainformed.spc.ImprovementDirection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What every KPI carries beside its calculation: identity, names, unit, direction, grain,
 * dimensions, and its declared use (owner, purpose, audience, question, coverage, data breaks,
 * target, citation).
 *
 * <p>Build it through a KPI builder ({@link KpiDefinition#ratio(String)} and the others) rather than
 * directly.
 *
 * @param id the stable identifier
 * @param version the version of the definition, 1 or more
 * @param name the name in Danish and English
 * @param description what the KPI is, in Danish and English
 * @param unit the unit of its values
 * @param direction which way is better
 * @param grain the finest period it is computed for
 * @param dimensions the breakdowns it may be computed by (field names, e.g. {@code
 *     organisation_unit}), no repeats
 * @param owner who owns the definition
 * @param purpose what it is for
 * @param audiences who reads it, at least one, no repeats
 * @param question the decision or learning question it serves, in Danish and English
 * @param coverage what part of the population or phenomenon it sees
 * @param dataBreaks dates where the definition or the source changed
 * @param target the target, if any; needs a direction other than {@link
 *     ImprovementDirection#NEUTRAL}
 * @param citation the public definition it follows, if any
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record KpiProfile(
    KpiId id,
    int version,
    LocalizedText name,
    LocalizedText description,
    Unit unit,
    ImprovementDirection direction,
    Grain grain,
    List<String> dimensions,
    String owner,
    Purpose purpose,
    List<Audience> audiences,
    LocalizedText question,
    Coverage coverage,
    List<DataBreak> dataBreaks,
    Optional<Target> target,
    Optional<String> citation) {

  /**
   * Creates the profile.
   *
   * @param id the stable identifier
   * @param version the version, 1 or more
   * @param name the name
   * @param description the description
   * @param unit the unit
   * @param direction which way is better
   * @param grain the finest period
   * @param dimensions the breakdowns, no repeats
   * @param owner the owner, not blank
   * @param purpose what it is for
   * @param audiences who reads it, at least one, no repeats
   * @param question the question it serves, in Danish and English
   * @param coverage what it sees
   * @param dataBreaks the data breaks
   * @param target the target, if any
   * @param citation the public definition it follows, if any (not blank)
   * @throws KpiException saying what to fix when a part is missing or inconsistent
   */
  public KpiProfile {
    Names.required(id, "The KPI id");
    String kpi = "KPI '" + Excerpt.of(String.valueOf(id)) + "' (version " + version + "): ";
    if (version < 1) {
      throw new KpiException(kpi + "the version must be 1 or more");
    }
    required(name, kpi, "name", ".name(\"Fraværsprocent\", \"Sickness absence percentage\")");
    required(description, kpi, "description", ".description(da, en)");
    required(unit, kpi, "unit", ".unit(Unit.PERCENT)");
    required(direction, kpi, "improvement direction", ".direction(ImprovementDirection.LOWER_IS_BETTER)");
    required(grain, kpi, "grain", ".grain(Grain.MONTH)");
    dimensions = noRepeats(dimensions, kpi, "dimension");
    dimensions.forEach(d -> Names.field(d, kpi + "dimension"));
    required(owner, kpi, "owner", ".owner(\"HR, Løn og Personale\")");
    Names.text(owner, kpi + "the owner");
    required(purpose, kpi, "purpose", ".purpose(Purpose.LEARNING)");
    audiences = noRepeats(audiences, kpi, "audience");
    if (audiences.isEmpty()) {
      throw new KpiException(kpi + "no audience is given: add .audience(Audience.MANAGERS) or others");
    }
    required(question, kpi, "question",
        ".question(\"Hvor stiger fraværet, og hvorfor?\", \"Where does absence rise, and why?\")");
    required(coverage, kpi, "coverage",
        ".coverage(\"Ansatte i lønsystemet\", \"Employees in the payroll system\", 0.97)");
    dataBreaks = Names.list(dataBreaks, kpi + "the data breaks");
    Names.optional(target, kpi + "the target");
    Names.optional(citation, kpi + "the citation").ifPresent(c -> Names.text(c, kpi + "the citation"));
    if (target.isPresent() && direction == ImprovementDirection.NEUTRAL) {
      throw new KpiException(
          kpi + "a target (" + target.get().value() + ") needs an improvement direction, but the"
              + " direction is NEUTRAL: set .direction(HIGHER_IS_BETTER or LOWER_IS_BETTER) or"
              + " remove the target");
    }
  }

  /**
   * The prefix of this KPI's messages, e.g. {@code "KPI 'a.b' (version 1): "}.
   *
   * @return the prefix
   */
  String prefix() {
    return "KPI '" + Excerpt.of(String.valueOf(id)) + "' (version " + version + "): ";
  }

  private static void required(Object value, String kpi, String what, String hint) {
    if (value == null) {
      throw new KpiException(kpi + "the " + what + " is missing: add " + hint);
    }
  }

  private static <T> List<T> noRepeats(List<T> values, String kpi, String what) {
    List<T> copy = Names.list(values, kpi + "the " + what + "s");
    Set<T> seen = new HashSet<>();
    for (T v : copy) {
      if (!seen.add(v)) {
        throw new KpiException(kpi + "the " + what + " '" + Excerpt.of(String.valueOf(v)) + "' is given twice: give it once");
      }
    }
    return copy;
  }
}
