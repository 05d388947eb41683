package dk.datainformed.kpi.guard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A join of person-level data, declared so that the cross-domain linkage guard can read it.
 *
 * @param id the linkage's id in the usage description
 * @param description what is joined and why
 * @param personLevel whether persons are joined (not aggregates)
 * @param areas the administrative areas whose data are joined, e.g. {@code beskaeftigelse}, {@code
 *     boern_og_unge}, {@code sundhed}
 * @param legalBasis the declared legal basis, e.g. a section of a law
 * @param dpia the reference to the data protection impact assessment (konsekvensanalyse)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Linkage(
    String id,
    String description,
    boolean personLevel,
    List<String> areas,
    Optional<String> legalBasis,
    Optional<String> dpia) {

  /**
   * Creates the linkage.
   *
   * @param id the id
   * @param description what is joined
   * @param personLevel whether persons are joined
   * @param areas the areas joined
   * @param legalBasis the legal basis, if declared
   * @param dpia the DPIA reference, if declared
   */
  public Linkage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    areas = List.copyOf(areas);
    Objects.requireNonNull(legalBasis, "legalBasis");
    Objects.requireNonNull(dpia, "dpia");
  }
}
