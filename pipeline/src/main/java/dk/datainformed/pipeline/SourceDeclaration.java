package dk.datainformed.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One source of a pipeline: which connector reads it with which settings, which KPI source dataset
 * its records are, which of its fields hold CPR numbers and the pseudonym domain they are replaced
 * in, and which field counts persons.
 *
 * <pre>{@code
 * SourceDeclaration payroll = SourceDeclaration.builder("payroll")
 *     .connector("csv")
 *     .setting("path", "/data/loenfravaer.csv")
 *     .setting("schema", schemaJson)
 *     .dataset("payroll.absence_month")
 *     .pseudonymise(PersonField.of("cpr", "employee"), "dk.eksempelby.hr.sygefravaer")
 *     .build();
 * }</pre>
 *
 * <p>The source's records are cut to the dataset's fields (by name) after pseudonymisation, so a
 * CPR field never reaches the engine; a source with a CPR field that is not declared is refused
 * before anything is read.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SourceDeclaration {
  private final String id;
  private final String connector;
  private final Map<String, String> settings;
  private final String dataset;
  private final List<PersonField> personFields;
  private final Optional<String> pseudonymDomain;
  private final Optional<String> persons;
  private final Optional<String> origin;

  private SourceDeclaration(Builder b) {
    this.id = b.id;
    this.connector = b.connector;
    this.settings = Map.copyOf(b.settings);
    this.dataset = b.dataset;
    this.personFields = List.copyOf(b.personFields);
    this.pseudonymDomain = Optional.ofNullable(b.pseudonymDomain);
    this.persons = Optional.ofNullable(b.persons);
    this.origin = Optional.ofNullable(b.origin);
  }

  /**
   * Starts a source declaration.
   *
   * @param id the source's id in the pipeline, e.g. {@code payroll}
   * @return the builder
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * The source's id in the pipeline.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The name of the connector that reads it, as {@code Connectors.names()} lists it.
   *
   * @return the connector's name, e.g. {@code csv}
   */
  public String connector() {
    return connector;
  }

  /**
   * The connector's settings.
   *
   * @return the settings, by key
   */
  public Map<String, String> settings() {
    return settings;
  }

  /**
   * The KPI source dataset the records are, by its name in the catalog.
   *
   * @return the dataset's name, e.g. {@code payroll.absence_month}
   */
  public String dataset() {
    return dataset;
  }

  /**
   * The fields with CPR numbers, each replaced by a pseudonym when read.
   *
   * @return the person fields, possibly none
   */
  public List<PersonField> personFields() {
    return personFields;
  }

  /**
   * The pseudonym domain the CPR numbers are replaced in, when the source has person fields.
   *
   * @return the domain's name
   */
  public Optional<String> pseudonymDomain() {
    return pseudonymDomain;
  }

  /**
   * The field of the dataset that counts distinct persons behind each value (for disclosure
   * control), usually a pseudonym field; without it, disclosure control counts records.
   *
   * @return the field's name
   */
  public Optional<String> persons() {
    return persons;
  }

  /**
   * Where the source was declared, e.g. {@code pipeline.yaml, line 5, column 5}, for messages about
   * it that only a run can find (a CPR field that is not declared).
   *
   * @return the place, when it was read from a file
   */
  public Optional<String> origin() {
    return origin;
  }

  /** Builds a {@link SourceDeclaration}. */
  public static final class Builder {
    private final String id;
    private String connector;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private String dataset;
    private final List<PersonField> personFields = new ArrayList<>();
    private String pseudonymDomain;
    private String persons;
    private String origin;

    private Builder(String id) {
      this.id = id;
    }

    /**
     * The connector that reads the source.
     *
     * @param name the connector's name, e.g. {@code csv}
     * @return this builder
     */
    public Builder connector(String name) {
      this.connector = name;
      return this;
    }

    /**
     * One of the connector's settings.
     *
     * @param key the setting's key
     * @param value its value
     * @return this builder
     */
    public Builder setting(String key, String value) {
      settings.put(key, value);
      return this;
    }

    /**
     * Several of the connector's settings.
     *
     * @param values the settings, by key
     * @return this builder
     */
    public Builder settings(Map<String, String> values) {
      settings.putAll(values);
      return this;
    }

    /**
     * The KPI source dataset the records are.
     *
     * @param name the dataset's name in the catalog
     * @return this builder
     */
    public Builder dataset(String name) {
      this.dataset = name;
      return this;
    }

    /**
     * A field with CPR numbers, replaced by its pseudonym in the domain when read.
     *
     * @param field the field
     * @param domain the pseudonym domain, e.g. {@code dk.eksempelby.hr.sygefravaer}
     * @return this builder
     */
    public Builder pseudonymise(PersonField field, String domain) {
      personFields.add(field);
      this.pseudonymDomain = domain;
      return this;
    }

    /**
     * The field of the dataset that counts persons; it must be one of the dataset's fields.
     *
     * @param field the field's name
     * @return this builder
     */
    public Builder persons(String field) {
      this.persons = field;
      return this;
    }

    /**
     * Where the source was declared, for messages.
     *
     * @param place e.g. {@code pipeline.yaml, line 5, column 5}
     * @return this builder
     */
    public Builder origin(String place) {
      this.origin = place;
      return this;
    }

    /**
     * Builds the declaration.
     *
     * @return the declaration
     * @throws PipelineException when the id, connector or dataset is missing, or person fields have
     *     no pseudonym domain
     */
    public SourceDeclaration build() {
      if (id == null || id.isBlank()) {
        throw new PipelineException("A source needs an id");
      }
      if (connector == null || connector.isBlank()) {
        throw new PipelineException("Source '" + id + "' needs a connector, e.g. csv");
      }
      if (dataset == null || dataset.isBlank()) {
        throw new PipelineException(
            "Source '" + id + "' needs the KPI source dataset its records are, e.g."
                + " payroll.absence_month");
      }
      if (!personFields.isEmpty() && (pseudonymDomain == null || pseudonymDomain.isBlank())) {
        throw new PipelineException("Source '" + id + "' has person fields but no pseudonym domain");
      }
      return new SourceDeclaration(this);
    }
  }
}
