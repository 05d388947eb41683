package dk.datainformed.pipeline;

import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.kpi.definition.LocalizedText;
import dk.datainformed.kpi.guard.GuardReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
 */
public record Publication(
    String pipeline,
    LocalizedText title,
    LocalDate asOf,
    List<PublishedKpi> kpis,
    Optional<GuardReport> guards,
    Optional<OrganisationTree> organisation,
    RunReport run) {

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
   */
  public Publication {
    kpis = List.copyOf(kpis);
  }
}
