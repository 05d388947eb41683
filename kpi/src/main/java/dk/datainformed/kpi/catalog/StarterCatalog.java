package dk.datainformed.kpi.catalog;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.definition.KpiDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The built-in starter catalog: KPIs with public definitions that most municipalities can use as
 * they are or as a start for their own. The definitions are YAML files in the jar, read through the
 * same {@link DefinitionFormat#YAML} reader and {@link KpiCatalog} checks as a municipality's own.
 *
 * <p>It holds sickness absence of the municipality's employees (Statistics Denmark's and KRL's
 * definitions: absence percentage, days per full-time employee, spells per full-year employee, the
 * long-term share, the change against last year and the year to date), the share of working-age
 * citizens on sickness benefit (Jobindsats Y07A02 and FOLK1AM), and net operating expenditure and
 * the share of the budget spent (the municipal chart of accounts). Each KPI cites its public
 * definition and states its coverage.
 *
 * <pre>{@code
 * KpiCatalog starter = StarterCatalog.load();
 * KpiDefinition absence = starter.find("sygefravaer.fravaersprocent").orElseThrow();
 * // start your own catalog from it:
 * String yaml = DefinitionFormat.YAML.write(starter.definitions());
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StarterCatalog {
  private static final List<String> FILES =
      List.of("starter-sygefravaer.yaml", "starter-jobcenter.yaml", "starter-oekonomi.yaml");

  private StarterCatalog() {}

  /**
   * The names of the YAML resources that make up the starter catalog, next to this class in the
   * jar.
   *
   * @return the resource names
   */
  public static List<String> files() {
    return FILES;
  }

  /**
   * Loads and checks the starter catalog.
   *
   * @return the catalog
   * @throws KpiException if a resource is missing or invalid (a packaging error)
   */
  public static KpiCatalog load() {
    KpiCatalog.Builder builder = KpiCatalog.builder();
    for (String file : FILES) {
      builder.addAll(read(file), file);
    }
    return builder.build();
  }

  private static List<KpiDefinition> read(String file) {
    InputStream in = StarterCatalog.class.getResourceAsStream(file);
    if (in == null) {
      throw new KpiException("The starter catalog resource " + file + " is missing from the jar");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return DefinitionFormat.YAML.read(file, reader);
    } catch (IOException e) {
      throw new KpiException("The starter catalog resource " + file + " cannot be read", e);
    }
  }
}
