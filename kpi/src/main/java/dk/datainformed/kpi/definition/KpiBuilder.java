package dk.datainformed.kpi.definition;

import dk.datainformed.core.time.Grain;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.internal.Excerpt;
import dk.datainformed.spc.ImprovementDirection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The part of every KPI builder that fills the {@link KpiProfile}. Not used on its own: start with
 * {@link KpiDefinition#simple(String)}, {@link KpiDefinition#ratio(String)}, {@link
 * KpiDefinition#derived(String)} or {@link KpiDefinition#cumulative(String)}.
 *
 * <p>A builder is mutable and not thread-safe; what it builds is immutable. {@code build()} checks
 * the whole definition and throws a {@link KpiException} that says what to fix.
 *
 * @param <B> the concrete builder, returned by every setter
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract sealed class KpiBuilder<B extends KpiBuilder<B>>
    permits SimpleKpi.Builder, RatioKpi.Builder, DerivedKpi.Builder, CumulativeKpi.Builder {
  private final KpiId id;
  private int version = 1;
  private LocalizedText name;
  private LocalizedText description;
  private Unit unit;
  private ImprovementDirection direction;
  private Grain grain;
  private final List<String> dimensions = new ArrayList<>();
  private String owner;
  private Purpose purpose;
  private final List<Audience> audiences = new ArrayList<>();
  private LocalizedText question;
  private Coverage coverage;
  private final List<DataBreak> dataBreaks = new ArrayList<>();
  private Optional<Target> target = Optional.empty();
  private Optional<String> citation = Optional.empty();

  KpiBuilder(String id) {
    this.id = KpiId.of(id);
  }

  abstract B self();

  /**
   * Builds the KPI, checking the whole definition.
   *
   * @return the KPI
   * @throws KpiException saying what to fix when it is inconsistent
   */
  public abstract KpiDefinition build();

  B copy(KpiProfile p) {
    version = p.version();
    name = p.name();
    description = p.description();
    unit = p.unit();
    direction = p.direction();
    grain = p.grain();
    dimensions.clear();
    dimensions.addAll(p.dimensions());
    owner = p.owner();
    purpose = p.purpose();
    audiences.clear();
    audiences.addAll(p.audiences());
    question = p.question();
    coverage = p.coverage();
    dataBreaks.clear();
    dataBreaks.addAll(p.dataBreaks());
    target = p.target();
    citation = p.citation();
    return self();
  }

  /**
   * The KPI id given when the builder was started.
   *
   * @return the id
   */
  public KpiId id() {
    return id;
  }

  /**
   * Sets the version (1 when not set).
   *
   * @param version 1 or more
   * @return this builder
   */
  public B version(int version) {
    this.version = version;
    return self();
  }

  /**
   * Sets the name.
   *
   * @param da the Danish name
   * @param en the English name
   * @return this builder
   */
  public B name(String da, String en) {
    this.name = LocalizedText.of(da, en);
    return self();
  }

  /**
   * Sets the description.
   *
   * @param da the Danish description
   * @param en the English description
   * @return this builder
   */
  public B description(String da, String en) {
    this.description = LocalizedText.of(da, en);
    return self();
  }

  /**
   * Sets the unit.
   *
   * @param unit the unit of the values
   * @return this builder
   */
  public B unit(Unit unit) {
    this.unit = unit;
    return self();
  }

  /**
   * Sets which way is better.
   *
   * @param direction the improvement direction
   * @return this builder
   */
  public B direction(ImprovementDirection direction) {
    this.direction = direction;
    return self();
  }

  /**
   * Sets the finest period the KPI is computed for.
   *
   * @param grain the grain
   * @return this builder
   */
  public B grain(Grain grain) {
    this.grain = grain;
    return self();
  }

  /**
   * Removes every dimension given so far, e.g. to narrow a copied definition.
   *
   * @return this builder
   */
  public B noDimensions() {
    dimensions.clear();
    return self();
  }

  /**
   * Removes the target, e.g. from a copied definition.
   *
   * @return this builder
   */
  public B noTarget() {
    this.target = Optional.empty();
    return self();
  }

  /**
   * Adds breakdowns the KPI may be computed by.
   *
   * @param fieldNames field names of the source, e.g. {@code organisation_unit}
   * @return this builder
   */
  public B dimensions(String... fieldNames) {
    dimensions.addAll(Arrays.asList(fieldNames));
    return self();
  }

  /**
   * Sets who owns the definition.
   *
   * @param owner a role or unit, e.g. "HR, Løn og Personale"
   * @return this builder
   */
  public B owner(String owner) {
    this.owner = owner;
    return self();
  }

  /**
   * Sets what the KPI is for.
   *
   * @param purpose learning, assurance or control
   * @return this builder
   */
  public B purpose(Purpose purpose) {
    this.purpose = purpose;
    return self();
  }

  /**
   * Adds who reads the KPI.
   *
   * @param readers one or more audiences
   * @return this builder
   */
  public B audience(Audience... readers) {
    audiences.addAll(Arrays.asList(readers));
    return self();
  }

  /**
   * Sets the decision or learning question the KPI serves, in Danish and English.
   *
   * @param da the question in Danish
   * @param en the question in English
   * @return this builder
   */
  public B question(String da, String en) {
    this.question = LocalizedText.of(da, en);
    return self();
  }

  /**
   * Sets the decision or learning question the KPI serves.
   *
   * @param question the question in Danish and English
   * @return this builder
   */
  public B question(LocalizedText question) {
    this.question = question;
    return self();
  }

  /**
   * Sets the coverage in words, in Danish and English.
   *
   * @param da what the KPI sees and what it misses, in Danish
   * @param en the same in English
   * @return this builder
   */
  public B coverage(String da, String en) {
    this.coverage = Coverage.of(da, en);
    return self();
  }

  /**
   * Sets the coverage in words, in Danish and English, and as a fraction.
   *
   * @param da what the KPI sees and what it misses, in Danish
   * @param en the same in English
   * @param fraction the share seen, from 0 to 1
   * @return this builder
   */
  public B coverage(String da, String en, double fraction) {
    this.coverage = Coverage.of(da, en, fraction);
    return self();
  }

  /**
   * Sets the coverage.
   *
   * @param coverage the coverage
   * @return this builder
   */
  public B coverage(Coverage coverage) {
    this.coverage = coverage;
    return self();
  }

  /**
   * Adds a data break: a date where the definition or the source changed.
   *
   * @param date the first day under the change
   * @param reason what changed
   * @return this builder
   */
  public B dataBreak(LocalDate date, String reason) {
    dataBreaks.add(new DataBreak(date, reason));
    return self();
  }

  /**
   * Sets the target.
   *
   * @param target the target; needs a direction other than NEUTRAL
   * @return this builder
   */
  public B target(Target target) {
    this.target = Optional.of(target);
    return self();
  }

  /**
   * Sets the public definition the KPI follows.
   *
   * @param citation the source, e.g. "Danmarks Statistik, Sygefravær (FRA023)"
   * @return this builder
   */
  public B citation(String citation) {
    this.citation = Optional.of(citation);
    return self();
  }

  KpiProfile profile() {
    return new KpiProfile(
        id, version, name, description, unit, direction, grain, dimensions, owner, purpose,
        audiences, question, coverage, dataBreaks, target, citation);
  }

  String prefix() {
    return "KPI '" + Excerpt.of(String.valueOf(id)) + "' (version " + version + "): ";
  }

  <T> T require(T value, String what, String hint) {
    if (value == null) {
      throw new KpiException(prefix() + what + ": add " + hint);
    }
    return value;
  }
}
