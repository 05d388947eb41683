package dk.datainformed.pipeline;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.engine.SeriesKey;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A change the municipality knows its process went through (a new rota, a new housing area, a
 * merged unit): from its period on, the charts of the series it names compute their limits again
 * (a rebase, {@link dk.datainformed.spc.ChangePoint#rebase}). Declared in the pipeline file, never
 * made to hide a signal:
 *
 * <pre>{@code
 * spc:
 *   changes:
 *     - {from: 2023K3, reason: "ny bydel indflyttet", where: {område: "159"}}
 * }</pre>
 *
 * <p>or in code, {@code KnownChange.of(Period.parse("2023K3"), "ny bydel").where("område", "159")}.
 * Without {@code where} it applies to every series. A KPI's own data breaks (its definition's {@code
 * dataBreaks}) are applied to its charts as well, without being declared here.
 *
 * @param from the first period of the changed process; on a chart of another grain, the first of
 *     its periods that starts on or after this one's start
 * @param reason what changed, in words; not blank
 * @param where the dimension values a series must have for the change to apply, none for every
 *     series
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record KnownChange(Period from, String reason, Map<String, String> where) {

  /**
   * Creates the change.
   *
   * @param from the first period of the changed process
   * @param reason what changed; not blank
   * @param where the dimension values a series must have
   * @throws PipelineException when a part is missing or the reason is blank
   */
  public KnownChange {
    if (from == null || reason == null || reason.isBlank() || where == null) {
      throw new PipelineException("A known change needs its first period and a reason that says what changed");
    }
    where = Map.copyOf(where);
  }

  /**
   * A change for every series.
   *
   * @param from the first period of the changed process
   * @param reason what changed
   * @return the change
   */
  public static KnownChange of(Period from, String reason) {
    return new KnownChange(from, reason, Map.of());
  }

  /**
   * The same change, for the series with this dimension value only (besides those already named).
   *
   * @param dimension the dimension, e.g. {@code område}
   * @param value its value, e.g. {@code 159}
   * @return the narrower change
   */
  public KnownChange where(String dimension, String value) {
    Map<String, String> narrower = new LinkedHashMap<>(where);
    narrower.put(dimension, value);
    return new KnownChange(from, reason, narrower);
  }

  /**
   * Whether the change applies to a series.
   *
   * @param key the series' key
   * @return true when the key has every value of {@link #where()}
   */
  public boolean appliesTo(SeriesKey key) {
    return where.entrySet().stream()
        .allMatch(e -> key.value(e.getKey()).filter(e.getValue()::equals).isPresent());
  }

  /**
   * The period a chart of a grain changes from: the first of that grain that starts on or after
   * this change's start.
   *
   * @param grain the chart's grain
   * @return the period
   */
  public Period in(Grain grain) {
    return firstFrom(grain, from.start());
  }

  /** The first period of a grain that starts on or after a day. */
  static Period firstFrom(Grain grain, LocalDate day) {
    Period p = Period.of(grain, day);
    return p.start().isBefore(day) ? p.next() : p;
  }

  /** The change as a message shows it, values masked. */
  @Override
  public String toString() {
    return "change from " + from.format() + " (" + CprDetector.mask(reason) + ")"
        + Optional.of(where).filter(w -> !w.isEmpty()).map(w -> " where " + CprDetector.mask(w.toString())).orElse("");
  }
}
