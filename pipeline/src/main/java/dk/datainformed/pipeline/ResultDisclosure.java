package dk.datainformed.pipeline;

import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.KpiValue;
import dk.datainformed.kpi.engine.MissingReason;
import dk.datainformed.kpi.engine.OrganisationBreakdown;
import dk.datainformed.kpi.engine.Point;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.kpi.engine.ValueParts;
import dk.datainformed.pipeline.internal.DisclosureTable;
import dk.datainformed.privacy.PrivacyException;
import dk.datainformed.privacy.disclosure.DisclosureControl;
import dk.datainformed.privacy.disclosure.DisclosurePolicy;
import dk.datainformed.privacy.disclosure.SuppressionReason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Disclosure control for a whole KPI result: one call protects every published number of every
 * value (the value, its numerator and denominator, its record and person counts) and returns the
 * {@link DisclosedResult} that writers and pages accept.
 *
 * <pre>{@code
 * ResultDisclosure disclosure = ResultDisclosure.with(DisclosurePolicy.builder().minimumCount(5).build());
 * DisclosedResult shown = disclosure.protect(result, breakdown); // the breakdown of the KpiRequest
 * DisclosedResult flat = disclosure.protect(total);               // a result without organisation breakdown
 * }</pre>
 *
 * <p>Period by period, the result becomes one frequency table whose cells are the result's groups:
 *
 * <ol>
 *   <li><b>Primary suppression</b> by the policy's threshold rule on the number of distinct
 *       <b>persons</b> behind a value ({@link ValueParts#persons()}) when the request counted persons,
 *       otherwise on the number of <b>records</b> behind it. A value with no records is sensitive
 *       only when the policy says zeros are ({@link DisclosurePolicy#zeroIsSensitive()}).
 *   <li><b>Secondary suppression</b> across the organisation tree as it stood on the period's last
 *       day (a unit withheld cannot be recovered from its parent and its siblings, at any depth),
 *       and across the totals of the other breakdown dimensions, treated as published. The table
 *       counts records, which add up along the tree; a unit's records beyond its children's
 *       (people placed directly in an administration) are a hidden cell protected like any other.
 *   <li>The pattern passes the linear-programming audit of {@link
 *       dk.datainformed.privacy.disclosure.DisclosureAudit} before it is applied; a withheld value
 *       becomes {@link KpiValue#suppressed()} and is listed with its reason in {@link
 *       DisclosedResult#suppressions()}. A group the result has no series for gets one when a value
 *       of it must be withheld, so that its absence does not reveal a zero.
 * </ol>
 *
 * <p>Fail closed: every value of a period whose values cannot be placed in one tree (a unit with
 * records that is not in the organisation, or whose chain of parents changed during the period) is
 * withheld, reason {@link SuppressionReason#UNSPECIFIED}; compute at the grain at which the
 * organisation changes to avoid it.
 *
 * <p>Limits: the protection covers one result. A cumulative KPI ({@link
 * dk.datainformed.kpi.definition.CumulativeKpi}) publishes windows that overlap from period to period;
 * each period is protected on its own, and the difference of two windows is not. The same holds for
 * earlier releases and other breakdowns of the same population. {@link KpiResult#recordsRead()} and
 * {@link KpiResult#recordsUnplaced()} are totals over the whole run and are kept.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ResultDisclosure {
  private final DisclosureControl control;

  private ResultDisclosure(DisclosurePolicy policy) {
    this.control = DisclosureControl.with(policy);
  }

  /**
   * Disclosure control of results under a policy.
   *
   * @param policy the municipality's disclosure policy
   * @return the disclosure
   */
  public static ResultDisclosure with(DisclosurePolicy policy) {
    return new ResultDisclosure(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * The policy applied.
   *
   * @return the policy
   */
  public DisclosurePolicy policy() {
    return control.policy();
  }

  /**
   * Protects a result computed with an organisation breakdown.
   *
   * @param result the result as the engine computed it
   * @param breakdown the organisation breakdown of the request that computed it
   * @return the result as it may be published
   * @throws PrivacyException if the result has no dimension for the breakdown's field, already has
   *     suppressed values, or a period cannot be protected
   */
  public DisclosedResult protect(KpiResult result, OrganisationBreakdown breakdown) {
    Objects.requireNonNull(breakdown, "breakdown");
    return protect(result, Optional.of(breakdown));
  }

  /**
   * Protects a result computed without an organisation breakdown (a total, or other breakdown
   * dimensions only). A result broken down by organisation must be protected with its breakdown,
   * {@link #protect(KpiResult, OrganisationBreakdown)}: here a unit's dimension is read as flat
   * categories, and a parent's value would give away its children's.
   *
   * @param result the result as the engine computed it
   * @return the result as it may be published
   * @throws PrivacyException if the result already has suppressed values or a period cannot be
   *     protected
   */
  public DisclosedResult protect(KpiResult result) {
    return protect(result, Optional.empty());
  }

  private DisclosedResult protect(KpiResult result, Optional<OrganisationBreakdown> breakdown) {
    Objects.requireNonNull(result, "result");
    DisclosureTable tables = new DisclosureTable(result, breakdown);
    Map<Period, Map<SeriesKey, SuppressionReason>> withheld = new HashMap<>();
    for (Period period : result.periods()) {
      withheld.put(period, tables.protect(period, control).orElse(null));
    }
    Map<SeriesKey, Series> series = new LinkedHashMap<>();
    result.series().forEach(s -> series.put(s.key(), s));
    withheld.values().stream()
        .filter(Objects::nonNull)
        .flatMap(m -> m.keySet().stream())
        .filter(key -> !series.containsKey(key))
        .distinct()
        .sorted()
        .forEach(key -> series.put(key, empty(result, key)));
    List<Series> shown = new ArrayList<>();
    List<Suppression> suppressions = new ArrayList<>();
    for (Series s : series.values().stream().sorted((a, b) -> a.key().compareTo(b.key())).toList()) {
      List<Point> points = new ArrayList<>(s.points().size());
      for (Point p : s.points()) {
        Optional<SuppressionReason> reason = reason(withheld, s.key(), p.period());
        if (reason.isPresent()) {
          points.add(new Point(p.period(), p.value().suppressed()));
          suppressions.add(new Suppression(s.key(), p.period(), reason.get()));
        } else {
          points.add(p);
        }
      }
      shown.add(new Series(s.kpi(), s.key(), s.grain(), s.ratio(), points));
    }
    KpiResult published = new KpiResult(result.definition(), result.grain(), result.dimensions(),
        result.periods(), shown, result.recordsRead(), result.recordsUnplaced());
    return new DisclosedResult(published, control.policy(), suppressions);
  }

  /** Why a value is withheld: by its period's table, or, for a period without one, always. */
  private static Optional<SuppressionReason> reason(
      Map<Period, Map<SeriesKey, SuppressionReason>> withheld, SeriesKey key, Period period) {
    if (!withheld.containsKey(period) || withheld.get(period) == null) {
      return Optional.of(SuppressionReason.UNSPECIFIED);
    }
    return Optional.ofNullable(withheld.get(period).get(key));
  }

  private static Series empty(KpiResult result, SeriesKey key) {
    Series like = result.series().get(0);
    List<Point> points = new ArrayList<>();
    for (Period period : result.periods()) {
      points.add(new Point(period, KpiValue.missing(MissingReason.NO_RECORDS, ValueParts.none())));
    }
    return new Series(like.kpi(), key, like.grain(), like.ratio(), points);
  }
}
