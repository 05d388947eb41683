package dk.datainformed.pipeline;

import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.kpi.definition.LocalizedText;
import dk.datainformed.kpi.guard.GuardReport;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a pipeline run publishes, handed to every {@link PublicationWriter}: disclosed results with
 * their charts, the guards' report, the organisation, and the run report. Nothing in it is
 * undisclosed.
 *
 * @param pipeline the pipeline's name
 * @param title the title, in Danish and English
 * @param asOf the day the publication speaks of: the end of its latest period
 * @param kpis the published KPIs, in the pipeline's order
 * @param guards the guards' report, when the guards ran
 * @param organisation the organisation the KPIs are broken down by, when there is one
 * @param run what the run read and computed (its file list is the one before the writers ran)
 * @param otherGuards the guards' reports on the other declared uses of the same KPIs, by name
 *     ({@link PipelineDefinition#otherUses()}); empty unless declared
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Publication(
    String pipeline,
    LocalizedText title,
    LocalDate asOf,
    List<PublishedKpi> kpis,
    Optional<GuardReport> guards,
    Optional<OrganisationTree> organisation,
    RunReport run,
    Map<String, GuardReport> otherGuards) {

  /**
   * Creates the publication.
   *
   * @param pipeline the name
   * @param title the title
   * @param asOf the day
   * @param kpis the KPIs
   * @param guards the guards' report
   * @param organisation the organisation
   * @param run the run report
   * @param otherGuards the reports on other uses, by name
   */
  public Publication {
    kpis = List.copyOf(kpis);
    otherGuards = Collections.unmodifiableMap(new LinkedHashMap<>(otherGuards));
  }

  /**
   * Creates a publication without other uses for the guards.
   *
   * @param pipeline the name
   * @param title the title
   * @param asOf the day
   * @param kpis the KPIs
   * @param guards the guards' report
   * @param organisation the organisation
   * @param run the run report
   */
  public Publication(
      String pipeline,
      LocalizedText title,
      LocalDate asOf,
      List<PublishedKpi> kpis,
      Optional<GuardReport> guards,
      Optional<OrganisationTree> organisation,
      RunReport run) {
    this(pipeline, title, asOf, kpis, guards, organisation, run, Map.of());
  }

  /**
   * The guards' report on another declared use of the KPIs.
   *
   * @param use the use's name, as the pipeline file's {@code guards.otherUses} has it
   * @return the report
   * @throws PipelineException when the pipeline declares no use of that name
   */
  public GuardReport otherGuards(String use) {
    GuardReport report = otherGuards.get(use);
    if (report == null) {
      throw new PipelineException("Pipeline '" + pipeline + "' declares no other use '" + use
          + "' for the guards; it declares " + otherGuards.keySet()
          + " (guards: {otherUses: {" + use + ": usage-" + use + ".yaml}})");
    }
    return report;
  }
}
