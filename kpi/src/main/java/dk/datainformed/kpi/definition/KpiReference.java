package dk.datainformed.kpi.definition;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.internal.Excerpt;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A reference from one KPI to another: an id, and a version where a particular one is meant.
 * Without a version, a {@linkplain dk.datainformed.kpi.catalog.KpiCatalog catalog} resolves the
 * reference to the highest version it holds.
 *
 * <p>Written {@code sygefravaer.fravaersdage} or {@code sygefravaer.fravaersdage@2}.
 *
 * @param id the referred KPI's id
 * @param version the referred version, if fixed
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record KpiReference(KpiId id, Optional<Integer> version) {

  /**
   * Creates the reference.
   *
   * @param id the referred KPI's id
   * @param version the referred version (1 or more), if fixed
   * @throws KpiException when the version is below 1
   */
  public KpiReference {
    Names.required(id, "The referred KPI id");
    Names.optional(version, "The referred version")
        .ifPresent(
            v -> {
              if (v < 1) {
                throw new KpiException(
                    "The version in a reference to '" + Excerpt.of(String.valueOf(id)) + "' (" + v + ") must be 1 or more");
              }
            });
  }

  /**
   * A reference to the highest version of a KPI.
   *
   * @param id the KPI id, e.g. {@code sygefravaer.fravaersdage}
   * @return the reference
   */
  public static KpiReference to(String id) {
    return new KpiReference(KpiId.of(id), Optional.empty());
  }

  /**
   * A reference to one version of a KPI.
   *
   * @param id the KPI id
   * @param version the version
   * @return the reference
   */
  public static KpiReference to(String id, int version) {
    return new KpiReference(KpiId.of(id), Optional.of(version));
  }

  /**
   * The reference as written in expressions: {@code id} or {@code id@version}.
   *
   * @return the text
   */
  public String text() {
    return version.map(v -> id.value() + "@" + v).orElse(id.value());
  }

  @Override
  public String toString() {
    return text();
  }
}
