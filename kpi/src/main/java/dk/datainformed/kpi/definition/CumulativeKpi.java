package dk.datainformed.kpi.definition;

import dk.datainformed.core.time.Grain;
import dk.datainformed.kpi.KpiException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Another KPI accumulated over a window of periods: year to date, or the last N periods of the
 * grain. For a ratio, numerators and denominators are added over the window and divided once.
 *
 * <pre>{@code
 * CumulativeKpi ytd = KpiDefinition.cumulative("sygefravaer.fravaersprocent_aar_til_dato")
 *     // ... the profile, as for every KPI
 *     .of(KpiReference.to("sygefravaer.fravaersprocent"))
 *     .window(Window.yearToDate())
 *     .build();
 * }</pre>
 *
 * @param profile what the KPI carries beside its calculation
 * @param of the KPI accumulated
 * @param window the periods it is accumulated over
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CumulativeKpi(KpiProfile profile, KpiReference of, Window window)
    implements KpiDefinition {

  /**
   * Creates the KPI.
   *
   * @param profile the profile
   * @param of the KPI accumulated, not this one
   * @param window the window
   * @throws KpiException when a part is missing or the KPI accumulates itself
   */
  public CumulativeKpi {
    Names.required(profile, "The KPI profile");
    String kpi = profile.prefix();
    if (of == null) {
      throw new KpiException(
          kpi + "a cumulative KPI needs the KPI it accumulates: add .of(KpiReference.to(\"a.b\"))");
    }
    if (window == null) {
      throw new KpiException(
          kpi + "a cumulative KPI needs a window: add .window(Window.yearToDate()) or"
              + " .window(Window.rolling(12))");
    }
    if (window instanceof Window.YearToDate && profile.grain() == Grain.YEAR) {
      throw new KpiException(
          kpi + "year to date at grain YEAR is the base KPI itself: use a finer grain, such as"
              + " MONTH, or a rolling window");
    }
    if (of.id().equals(profile.id())) {
      throw new KpiException(
          kpi + "a cumulative KPI accumulates itself: accumulate another KPI");
    }
  }

  @Override
  public List<KpiReference> references() {
    return List.of(of);
  }

  @Override
  public Builder toBuilder() {
    return new Builder(profile.id().value()).copy(profile).of(of).window(window);
  }

  /** Builds a {@link CumulativeKpi}; start with {@link KpiDefinition#cumulative(String)}. */
  public static final class Builder extends KpiBuilder<Builder> {
    private KpiReference of;
    private Window window;

    Builder(String id) {
      super(id);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the KPI accumulated.
     *
     * @param base the reference to it
     * @return this builder
     */
    public Builder of(KpiReference base) {
      this.of = base;
      return this;
    }

    /**
     * Sets the window.
     *
     * @param window year to date, or rolling N periods
     * @return this builder
     */
    public Builder window(Window window) {
      this.window = window;
      return this;
    }

    /**
     * Builds the KPI.
     *
     * @return the KPI
     * @throws KpiException saying what to fix when it is inconsistent
     */
    @Override
    public CumulativeKpi build() {
      return new CumulativeKpi(profile(), of, window);
    }
  }
}
