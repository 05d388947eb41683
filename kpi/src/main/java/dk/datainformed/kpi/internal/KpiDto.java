package dk.datainformed.kpi.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.time.Grain;
import dk.datainformed.kpi.definition.Aggregation;
import dk.datainformed.kpi.definition.Audience;
import dk.datainformed.kpi.definition.Purpose;
import dk.datainformed.kpi.definition.Unit;
import dk.datainformed.spc.ImprovementDirection;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The file form of one KPI definition: every field of every kind, flat, as in the YAML and JSON
 * files. {@link DefinitionCodec} checks which fields a kind takes.
 *
 * <p>The kinds, the values of {@code type}: {@link #KINDS}.
 *
 * @param type simple, ratio, derived or cumulative
 * @param id the KPI id
 * @param version the version
 * @param name the name
 * @param description the description
 * @param unit the unit
 * @param direction the improvement direction
 * @param grain the finest grain
 * @param dimensions the breakdowns
 * @param owner the owner
 * @param purpose the purpose
 * @param audiences the audiences
 * @param question the question it serves
 * @param coverage the coverage
 * @param dataBreaks the data breaks
 * @param target the target
 * @param citation the public definition it follows
 * @param source the source dataset (simple, ratio)
 * @param filter the rows counted (simple, ratio)
 * @param measure the measure (simple)
 * @param numerator the numerator (ratio)
 * @param denominator the denominator (ratio)
 * @param scale the scale (ratio)
 * @param expression the expression (derived)
 * @param of the accumulated KPI (cumulative)
 * @param window the window (cumulative)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@API(status = API.Status.INTERNAL, since = "0.1")
public record KpiDto(
    @JsonProperty("type") String type,
    @JsonProperty("id") String id,
    @JsonProperty("version") Integer version,
    @JsonProperty("name") TextDto name,
    @JsonProperty("description") TextDto description,
    @JsonProperty("unit") Unit unit,
    @JsonProperty("direction") ImprovementDirection direction,
    @JsonProperty("grain") Grain grain,
    @JsonProperty("dimensions") List<String> dimensions,
    @JsonProperty("owner") String owner,
    @JsonProperty("purpose") Purpose purpose,
    @JsonProperty("audiences") List<Audience> audiences,
    @JsonProperty("question") TextDto question,
    @JsonProperty("coverage") CoverageDto coverage,
    @JsonProperty("dataBreaks") List<DataBreakDto> dataBreaks,
    @JsonProperty("target") TargetDto target,
    @JsonProperty("citation") String citation,
    @JsonProperty("source") SourceDto source,
    @JsonProperty("filter") FilterDto filter,
    @JsonProperty("measure") MeasureDto measure,
    @JsonProperty("numerator") MeasureDto numerator,
    @JsonProperty("denominator") MeasureDto denominator,
    @JsonProperty("scale") Double scale,
    @JsonProperty("expression") String expression,
    @JsonProperty("of") String of,
    @JsonProperty("window") String window) {

  /** The values of {@code type}, one per kind of KPI. */
  public static final List<String> KINDS =
      List.of("simple", "ratio", "derived", "cumulative");

  /**
   * A text in two languages.
   *
   * @param da Danish
   * @param en English
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TextDto(@JsonProperty("da") String da, @JsonProperty("en") String en) {}

  /**
   * Coverage.
   *
   * @param description in words, Danish and English
   * @param fraction as a fraction
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CoverageDto(
      @JsonProperty("description") TextDto description,
      @JsonProperty("fraction") Double fraction) {}

  /**
   * A data break.
   *
   * @param date the date
   * @param reason the reason
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DataBreakDto(
      @JsonProperty("date") LocalDate date, @JsonProperty("reason") String reason) {}

  /**
   * A target.
   *
   * @param value the value
   * @param rationale the rationale
   * @param reviewDate the review date
   * @param owner the owner
   * @param action the action
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TargetDto(
      @JsonProperty("value") Double value,
      @JsonProperty("rationale") String rationale,
      @JsonProperty("reviewDate") LocalDate reviewDate,
      @JsonProperty("owner") String owner,
      @JsonProperty("action") String action) {}

  /**
   * A source dataset.
   *
   * @param name the name
   * @param timeField the field that places a record in time
   * @param fields the fields of its schema
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SourceDto(
      @JsonProperty("name") String name,
      @JsonProperty("timeField") String timeField,
      @JsonProperty("fields") List<FieldDto> fields) {}

  /**
   * A field of a source's schema.
   *
   * @param name the name
   * @param type the type
   * @param nullable whether it may be empty (absent means false)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FieldDto(
      @JsonProperty("name") String name,
      @JsonProperty("type") FieldType type,
      @JsonProperty("nullable") Boolean nullable) {}

  /**
   * A measure.
   *
   * @param aggregation the aggregation
   * @param field the one field
   * @param fields the fields, when more than one
   * @param percentile the percentile
   * @param filter the rows it counts
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record MeasureDto(
      @JsonProperty("aggregation") Aggregation aggregation,
      @JsonProperty("field") String field,
      @JsonProperty("fields") List<String> fields,
      @JsonProperty("percentile") Double percentile,
      @JsonProperty("where") FilterDto filter) {}

  /**
   * A filter: one operator per object.
   *
   * @param field the field compared
   * @param equalTo equals
   * @param notEqualTo not equals
   * @param lessThan less than
   * @param atMost at most
   * @param greaterThan greater than
   * @param atLeast at least
   * @param in one of
   * @param missing holds no value
   * @param all every filter
   * @param any at least one filter
   * @param not negation
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FilterDto(
      @JsonProperty("field") String field,
      @JsonProperty("equals") String equalTo,
      @JsonProperty("notEquals") String notEqualTo,
      @JsonProperty("lessThan") String lessThan,
      @JsonProperty("atMost") String atMost,
      @JsonProperty("greaterThan") String greaterThan,
      @JsonProperty("atLeast") String atLeast,
      @JsonProperty("in") List<String> in,
      @JsonProperty("missing") Boolean missing,
      @JsonProperty("all") List<FilterDto> all,
      @JsonProperty("any") List<FilterDto> any,
      @JsonProperty("not") FilterDto not) {}
}
