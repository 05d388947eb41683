package dk.datainformed.pipeline.internal;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The pipeline file's form, bound by Jackson after the strict check of its keys. Absent values are
 * null here and checked, with their line, by the reader.
 *
 * @param name the pipeline's name
 * @param title its title
 * @param sources the sources
 * @param catalog where the KPIs come from
 * @param kpis the KPI ids
 * @param organisation the organisation breakdown
 * @param breakdown the other dimensions
 * @param spc the charts' settings
 * @param guards the guards' files
 * @param disclosure the disclosure policy
 * @param pseudonymKey where the pseudonym key is
 * @param outputs the outputs
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record PipelineFileDto(
    String name,
    Title title,
    List<Source> sources,
    Catalog catalog,
    List<String> kpis,
    Organisation organisation,
    List<String> breakdown,
    Spc spc,
    Guards guards,
    Disclosure disclosure,
    Key pseudonymKey,
    List<Output> outputs) {

  /**
   * The title.
   *
   * @param da in Danish
   * @param en in English
   */
  public record Title(String da, String en) {}

  /**
   * A source.
   *
   * @param id its id
   * @param connector the connector's name
   * @param dataset the KPI source dataset
   * @param settings the connector's settings
   * @param pseudonymise the person fields
   * @param persons the field that counts persons
   */
  public record Source(
      String id, String connector, String dataset, Map<String, String> settings,
      Pseudonymise pseudonymise, String persons) {}

  /**
   * The person fields of a source.
   *
   * @param domain the pseudonym domain
   * @param fields the fields
   */
  public record Pseudonymise(String domain, List<PersonFieldDto> fields) {}

  /**
   * One person field.
   *
   * @param field the CPR field
   * @param as the pseudonym field
   */
  public record PersonFieldDto(String field, String as) {}

  /**
   * Where the KPIs come from.
   *
   * @param starter whether the starter catalog is included
   * @param folders catalog folders, relative to the file
   */
  public record Catalog(Boolean starter, List<String> folders) {}

  /**
   * The organisation breakdown.
   *
   * @param field the unit field
   * @param root the name of a one-level organisation's root, when the tree is made from the field's
   *     values
   */
  public record Organisation(String field, String root) {}

  /**
   * The charts.
   *
   * @param baselinePeriods the baseline
   * @param seasonal {@code auto} or {@code none}
   * @param changes the known changes
   */
  public record Spc(Integer baselinePeriods, String seasonal, List<Change> changes) {}

  /**
   * A known change.
   *
   * @param from its first period, e.g. {@code 2023K3}
   * @param reason what changed
   * @param where the dimension values of the series it applies to
   */
  public record Change(String from, String reason, Map<String, String> where) {}

  /**
   * The guards' files.
   *
   * @param usage the usage file
   * @param policy the policy file
   * @param otherUses further usage files the guards judge too, by name
   */
  public record Guards(String usage, String policy, Map<String, String> otherUses) {}

  /**
   * The disclosure policy.
   *
   * @param minimumCount the threshold rule's minimum
   * @param zeroIsSensitive whether zeros are sensitive
   * @param protectionPercent the protection interval
   */
  public record Disclosure(Integer minimumCount, Boolean zeroIsSensitive, Double protectionPercent) {}

  /**
   * Where the pseudonym key is.
   *
   * @param environment an environment variable holding it in base64
   * @param file a file holding it in base64
   */
  public record Key(String environment, String file) {}

  /**
   * An output.
   *
   * @param format the writer's format
   * @param settings its settings
   */
  public record Output(String format, Map<String, String> settings) {}
}
