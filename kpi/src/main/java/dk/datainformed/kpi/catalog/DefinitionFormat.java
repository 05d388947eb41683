package dk.datainformed.kpi.catalog;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.ReadLimits;
import dk.datainformed.kpi.internal.Bounded;
import dk.datainformed.kpi.internal.DefinitionCodec;
import dk.datainformed.kpi.internal.Excerpt;
import dk.datainformed.kpi.internal.Given;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The two file formats of KPI definitions, YAML and JSON, with the same fields and the same checks
 * as the Java builders.
 *
 * <p>A file holds one definition (a mapping) or a list of them. An unknown or misspelt field, a
 * value of the wrong type and malformed text are errors that name the file, line and column:
 * {@code "sygefravaer.yaml, line 7, column 3: unknown field 'denominatr' (did you mean
 * 'denominator'?)"}. A definition that reads but is inconsistent is reported at the line where it
 * starts, with the builder's message.
 *
 * <pre>{@code
 * List<KpiDefinition> kpis = DefinitionFormat.YAML.read(Path.of("kpi/sygefravaer.yaml"));
 * String json = DefinitionFormat.JSON.write(kpis);
 * }</pre>
 *
 * <p>The YAML form of a ratio KPI (a test reads this very text, so it works when pasted; quote a
 * text that holds a comma, as the question does):
 *
 * <pre>
 * type: ratio
 * id: sygefravaer.fravaersprocent
 * version: 1
 * name: {da: Sygefraværsprocent, en: Sickness absence percentage}
 * description: {da: Fraværsdage i procent af mulige dage, en: Absence days in per cent of possible days}
 * unit: percent
 * direction: lower_is_better
 * grain: month
 * dimensions: [organisation_unit]
 * owner: HR
 * purpose: learning
 * audiences: [managers]
 * question: {da: "Hvor stiger fraværet, og hvad hjælper?", en: "Where does absence rise, and what helps?"}
 * coverage:
 *   description: {da: Ansatte i lønsystemet, en: Employees in the payroll system}
 *   fraction: 0.97
 * source:
 *   name: payroll_absence
 *   timeField: month
 *   fields:
 *     - {name: month, type: period}
 *     - {name: organisation_unit, type: category}
 *     - {name: absence_days, type: decimal}
 *     - {name: worked_days, type: decimal}
 * numerator: {aggregation: sum, field: absence_days}
 * denominator: {aggregation: sum, fields: [worked_days, absence_days]}
 * </pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DefinitionFormat {
  /** YAML, for files that people write and review. */
  YAML(DefinitionCodec.yaml()),
  /** JSON, for exchange between programs. */
  JSON(DefinitionCodec.json());

  private final DefinitionCodec codec;

  DefinitionFormat(DefinitionCodec codec) {
    this.codec = codec;
  }

  /**
   * The format of a file by its extension: {@code .yaml} or {@code .yml} is YAML, {@code .json}
   * JSON.
   *
   * @param file the file
   * @return the format
   * @throws KpiException when the file is missing or the extension is neither
   */
  public static DefinitionFormat of(Path file) {
    Given.required(file, "The KPI definition file");
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return YAML;
    }
    if (name.endsWith(".json")) {
      return JSON;
    }
    throw new KpiException(
        Excerpt.of(String.valueOf(file.getFileName()))
            + ": a KPI definition file ends in .yaml, .yml or .json");
  }

  /**
   * Reads the definitions in a text.
   *
   * @param sourceName the name shown in messages, usually the file name
   * @param in the text; not closed
   * @return the definitions, in the order written
   * @throws KpiException with file, line and column when the text is not valid or over {@link
   *     ReadLimits#defaults()}
   */
  public List<KpiDefinition> read(String sourceName, Reader in) {
    return read(sourceName, in, ReadLimits.defaults());
  }

  /**
   * Reads the definitions in a text with other limits on its size than the defaults.
   *
   * @param sourceName the name shown in messages, usually the file name
   * @param in the text; not closed
   * @param limits how much the text may hold
   * @return the definitions, in the order written
   * @throws KpiException with file, line and column when the text is not valid or over the limits
   */
  public List<KpiDefinition> read(String sourceName, Reader in, ReadLimits limits) {
    Given.required(sourceName, "The name of the KPI definition text");
    Given.required(in, "The reader of '" + Excerpt.of(sourceName) + "'");
    Given.required(limits, "The read limits");
    return codec.read(sourceName, in, limits);
  }

  /**
   * Reads the definitions in a string.
   *
   * @param sourceName the name shown in messages
   * @param text the text
   * @return the definitions, in the order written
   * @throws KpiException with file, line and column when the text is not valid or over {@link
   *     ReadLimits#defaults()}
   */
  public List<KpiDefinition> read(String sourceName, String text) {
    return read(sourceName, text, ReadLimits.defaults());
  }

  /**
   * Reads the definitions in a string with other limits on its size than the defaults.
   *
   * @param sourceName the name shown in messages
   * @param text the text
   * @param limits how much the text may hold
   * @return the definitions, in the order written
   * @throws KpiException with file, line and column when the text is not valid or over the limits
   */
  public List<KpiDefinition> read(String sourceName, String text, ReadLimits limits) {
    Given.required(text, "The text of '" + Excerpt.of(sourceName) + "'");
    return read(sourceName, new StringReader(text), limits);
  }

  /**
   * Reads the definitions in a UTF-8 file.
   *
   * @param file the file
   * @return the definitions, in the order written
   * @throws KpiException when the file cannot be read, is over {@link ReadLimits#defaults()} or is
   *     not valid (with its name, line and column)
   */
  public List<KpiDefinition> read(Path file) {
    return read(file, ReadLimits.defaults());
  }

  /**
   * Reads the definitions in a UTF-8 file with other limits on its size than the defaults.
   *
   * @param file the file
   * @param limits how much the file may hold
   * @return the definitions, in the order written
   * @throws KpiException when the file cannot be read, is over the limits or is not valid (with its
   *     name, line and column)
   */
  public List<KpiDefinition> read(Path file, ReadLimits limits) {
    Given.required(file, "The KPI definition file");
    Given.required(limits, "The read limits");
    return read(String.valueOf(file.getFileName()), Bounded.read(file, limits), limits);
  }

  /**
   * Writes definitions as a list.
   *
   * @param definitions the definitions
   * @return the text, which {@link #read(String, String)} reads back to equal definitions
   */
  public String write(Collection<? extends KpiDefinition> definitions) {
    return codec.write(definitions);
  }

  /**
   * Writes one definition as a mapping.
   *
   * @param definition the definition
   * @return the text
   */
  public String write(KpiDefinition definition) {
    return codec.write(definition);
  }
}
