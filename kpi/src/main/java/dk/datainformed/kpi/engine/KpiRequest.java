package dk.datainformed.kpi.engine;

import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.definition.KpiDefinition;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What to compute: a KPI, the grain of its periods, the breakdown, who counts as a person, and the
 * periods wanted.
 *
 * <pre>{@code
 * KpiRequest request = KpiRequest.of(absencePercent)
 *     .grain(Grain.QUARTER)
 *     .by("age_band")
 *     .organisation(OrganisationBreakdown.everyLevel("organisation_unit", tree))
 *     .persons("employee_pseudonym")
 *     .build();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class KpiRequest {
  private final KpiDefinition kpi;
  private final Grain grain;
  private final List<String> dimensions;
  private final Optional<OrganisationBreakdown> organisation;
  private final Optional<String> personField;
  private final Optional<Period> first;
  private final Optional<Period> last;
  private final ZoneId zone;

  private KpiRequest(Builder b) {
    this.kpi = b.kpi;
    this.grain = b.grain == null ? kpi.grain() : b.grain;
    this.organisation = Optional.ofNullable(b.organisation);
    List<String> dims = new ArrayList<>();
    organisation.ifPresent(o -> dims.add(o.field()));
    for (String d : b.dimensions) {
      if (d == null) {
        throw new KpiException(prefix() + "a breakdown dimension is null");
      }
      if (!dims.contains(d)) {
        dims.add(d);
      }
    }
    this.dimensions = List.copyOf(dims);
    this.personField = Optional.ofNullable(b.personField);
    this.first = Optional.ofNullable(b.first);
    this.last = Optional.ofNullable(b.last);
    this.zone = b.zone;
    if (grain != kpi.grain() && !grain.isCoarserThan(kpi.grain())) {
      throw new KpiException(
          prefix() + "the grain " + grain + " is finer than the KPI's finest grain " + kpi.grain()
              + ": ask for " + kpi.grain() + " or coarser");
    }
    for (String d : dimensions) {
      if (!kpi.dimensions().contains(d)) {
        throw new KpiException(
            prefix() + "'" + d + "' is not one of the KPI's dimensions " + kpi.dimensions()
                + ": break down by those only");
      }
    }
    if (first.isPresent() != last.isPresent()) {
      throw new KpiException(prefix() + "give both the first and the last period, or neither");
    }
    if (first.isPresent() && first.get().to(grain).compareTo(last.get().to(grain)) > 0) {
      throw new KpiException(
          prefix() + "the first period " + first.get() + " comes after the last " + last.get());
    }
  }

  private String prefix() {
    return "Request for KPI '" + kpi.id() + "': ";
  }

  /**
   * Starts a request for a KPI.
   *
   * @param kpi the KPI
   * @return the builder
   */
  public static Builder of(KpiDefinition kpi) {
    return new Builder(kpi);
  }

  /**
   * The KPI.
   *
   * @return the definition
   */
  public KpiDefinition kpi() {
    return kpi;
  }

  /**
   * The grain of the periods computed.
   *
   * @return the KPI's grain or a coarser one
   */
  public Grain grain() {
    return grain;
  }

  /**
   * The breakdown dimensions, the organisation's unit field first when there is one.
   *
   * @return the dimension names
   */
  public List<String> dimensions() {
    return dimensions;
  }

  /**
   * The organisation breakdown, if any.
   *
   * @return the breakdown
   */
  public Optional<OrganisationBreakdown> organisation() {
    return organisation;
  }

  /**
   * The field that identifies a person, e.g. a pseudonym, if persons are counted.
   *
   * @return the field name
   */
  public Optional<String> personField() {
    return personField;
  }

  /**
   * The first period wanted, if fixed; otherwise the first period with data.
   *
   * @return the period
   */
  public Optional<Period> first() {
    return first;
  }

  /**
   * The last period wanted, if fixed; otherwise the last period with data.
   *
   * @return the period
   */
  public Optional<Period> last() {
    return last;
  }

  /**
   * The time zone that turns timestamps into days.
   *
   * @return the zone, Europe/Copenhagen unless set
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The same request for another KPI (a derived KPI's operand), keeping only the person field when
   * that KPI's source has it.
   *
   * @param other the other KPI
   * @param keepPersons whether to keep the person field
   * @return the request
   */
  public KpiRequest forOperand(KpiDefinition other, boolean keepPersons) {
    Builder b = new Builder(other);
    b.grain = grain;
    b.organisation = organisation.orElse(null);
    b.dimensions.addAll(dimensions);
    b.personField = keepPersons ? personField.orElse(null) : null;
    b.first = first.orElse(null);
    b.last = last.orElse(null);
    b.zone = zone;
    return b.build();
  }

  /** Builds a {@link KpiRequest}; start with {@link KpiRequest#of(KpiDefinition)}. */
  public static final class Builder {
    private final KpiDefinition kpi;
    private Grain grain;
    private final List<String> dimensions = new ArrayList<>();
    private OrganisationBreakdown organisation;
    private String personField;
    private Period first;
    private Period last;
    private ZoneId zone = ZoneId.of("Europe/Copenhagen");

    private Builder(KpiDefinition kpi) {
      if (kpi == null) {
        throw new KpiException("A request needs the KPI to compute");
      }
      this.kpi = kpi;
    }

    /**
     * Sets the grain of the periods computed; without it, the KPI's own grain.
     *
     * @param grain the KPI's grain or coarser
     * @return this builder
     */
    public Builder grain(Grain grain) {
      this.grain = grain;
      return this;
    }

    /**
     * Adds breakdown dimensions.
     *
     * @param fields dimensions of the KPI
     * @return this builder
     */
    public Builder by(String... fields) {
      dimensions.addAll(Arrays.asList(fields));
      return this;
    }

    /**
     * Breaks down by organisation unit, placing records in the tree as it stood on their date.
     *
     * @param breakdown the breakdown
     * @return this builder
     */
    public Builder organisation(OrganisationBreakdown breakdown) {
      this.organisation = breakdown;
      return this;
    }

    /**
     * Counts distinct persons by a field, e.g. a pseudonym.
     *
     * @param field the person field
     * @return this builder
     */
    public Builder persons(String field) {
      this.personField = field;
      return this;
    }

    /**
     * Fixes the periods computed; without it, from the first to the last period with data.
     *
     * @param firstPeriod the first period, of any grain
     * @param lastPeriod the last period, of any grain
     * @return this builder
     */
    public Builder between(Period firstPeriod, Period lastPeriod) {
      this.first = firstPeriod;
      this.last = lastPeriod;
      return this;
    }

    /**
     * Sets the time zone that turns timestamps into days.
     *
     * @param timeZone the zone
     * @return this builder
     */
    public Builder zone(ZoneId timeZone) {
      this.zone = timeZone;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws KpiException when the grain is finer than the KPI's or a dimension is not the KPI's
     */
    public KpiRequest build() {
      if (zone == null) {
        throw new KpiException("The time zone of a request must not be null");
      }
      return new KpiRequest(this);
    }
  }
}
