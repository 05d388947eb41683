package dk.datainformed.pipeline;

import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.ConnectorProvider;
import dk.datainformed.connector.api.Connectors;
import dk.datainformed.core.DatainformedException;
import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.core.text.Suggestions;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.catalog.StarterCatalog;
import dk.datainformed.kpi.catalog.StrictYaml;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.guard.GuardPolicy;
import dk.datainformed.kpi.guard.Usage;
import dk.datainformed.pipeline.internal.PipelineFileDto;
import dk.datainformed.privacy.disclosure.DisclosurePolicy;
import dk.datainformed.privacy.pseudonym.PseudonymKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Reads a pipeline from the YAML file the municipality owns. Every mistake is reported once, with
 * file, line and what to fix, before any data is read: an unknown key, an unknown KPI, a connector
 * that does not exist or a setting it does not take, a person field without a pseudonym domain, a
 * missing disclosure policy.
 *
 * <pre>{@code
 * PipelineDefinition definition = PipelineFile.loader()
 *     .variable("input", "/data/loenfravaer.csv")   // ${input} in the file
 *     .organisation(tree)                            // the organisation the file breaks down by
 *     .load(Path.of("sygefravaer.pipeline.yaml"));
 * }</pre>
 *
 * <p>The file's form (every key optional unless marked):
 *
 * <pre>{@code
 * name: sygefravaer                        # required
 * title: {da: Sygefravær, en: Sickness absence}
 * sources:                                 # required, one or more
 *   - id: payroll
 *     connector: csv                       # a connector's name, e.g. csv, statbank, jobindsats
 *     dataset: payroll.absence_month       # the KPI source dataset the records are
 *     settings: {path: "${input}", schema: "${here}/payroll.schema.json"}
 *     pseudonymise:                        # required when the source has CPR numbers
 *       domain: dk.eksempelby.hr.sygefravaer
 *       fields: [{field: cpr, as: employee}]
 *     persons: employee                    # a dataset field that counts persons; default: records
 * catalog: {starter: true, folders: [kpis]}
 * kpis: [sygefravaer.fravaersprocent]      # required
 * organisation: {field: organisation_unit}  # the tree given to the loader; or, without one,
 *                                          # {field: skole, root: Alle skoler}: each value a unit
 *                                          # under a root that carries the total
 * breakdown: [age_band]                    # other dimensions, besides the organisation
 * spc: {baselinePeriods: 24, seasonal: auto}   # seasonal: auto (default) or none; and known
 *                                          # changes, limits computed again from each:
 *                                          # changes: [{from: 2023M03, reason: ny vagtplan,
 *                                          #            where: {organisation_unit: Hjemmeplejen}}]
 * guards: {usage: usage.yaml, policy: policy.yaml,
 *          otherUses: {league-table: usage-league-table.yaml}}   # judged too, reported by name
 * disclosure: {minimumCount: 5}            # required
 * pseudonymKey: {environment: DATAINFORMED_PSEUDONYM_KEY}   # or {file: key.b64}
 * outputs: [{format: json}, {format: cockpit, settings: {language: da}}]
 * }</pre>
 *
 * <p>In the values of sources' and outputs' {@code settings}, {@code ${name}} is replaced by a variable given to the loader, and
 * {@code ${here}} by the folder of the file. Relative paths of {@code catalog} and {@code guards}
 * are read from the file's folder.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PipelineFile {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");

  private PipelineFile() {}

  /**
   * Starts a loader.
   *
   * @return the loader
   */
  public static Loader loader() {
    return new Loader();
  }

  /**
   * Reads a pipeline file with no variables, no organisation tree and the process environment.
   *
   * @param file the file
   * @return the definition
   * @throws PipelineException with file, line and what to fix
   */
  public static PipelineDefinition load(Path file) {
    return loader().load(file);
  }

  /** Reads pipeline files, with what the file itself cannot hold. */
  public static final class Loader {
    private final Map<String, String> variables = new HashMap<>();
    private Map<String, String> environment = System.getenv();
    private OrganisationTree organisation;
    private PseudonymKey pseudonymKey;

    private Loader() {}

    /**
     * A variable for {@code ${name}} in settings.
     *
     * @param name the variable's name
     * @param value its value
     * @return this loader
     */
    public Loader variable(String name, String value) {
      variables.put(name, value);
      return this;
    }

    /**
     * The environment variables that {@code pseudonymKey.environment} is read from (default: the
     * process's).
     *
     * @param variables the environment
     * @return this loader
     */
    public Loader environment(Map<String, String> variables) {
      this.environment = Map.copyOf(variables);
      return this;
    }

    /**
     * The organisation tree the file's {@code organisation} section breaks the KPIs down by.
     *
     * @param tree the tree
     * @return this loader
     */
    public Loader organisation(OrganisationTree tree) {
      this.organisation = tree;
      return this;
    }

    /**
     * A pseudonym key given by the caller, e.g. from a secrets store; it replaces the file's
     * {@code pseudonymKey} section.
     *
     * @param key the key
     * @return this loader
     */
    public Loader pseudonymKey(PseudonymKey key) {
      this.pseudonymKey = key;
      return this;
    }

    /**
     * Reads a pipeline file.
     *
     * @param file the file
     * @return the definition
     * @throws PipelineException with file, line and what to fix
     */
    public PipelineDefinition load(Path file) {
      if (file == null) {
        throw new PipelineException("load needs the pipeline file's path (not null)");
      }
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new PipelineException("Could not read the pipeline file " + file, e);
      }
      Path folder = file.toAbsolutePath().normalize().getParent();
      return read(file.getFileName().toString(), text, folder);
    }

    /**
     * Reads a pipeline from text.
     *
     * @param sourceName the file name shown in messages
     * @param text the YAML text
     * @param folder the folder that relative paths and {@code ${here}} are read from
     * @return the definition
     * @throws PipelineException with file, line and what to fix
     */
    public PipelineDefinition read(String sourceName, String text, Path folder) {
      StrictYaml yaml = StrictYaml.of(sourceName, text);
      PipelineFileDto dto;
      try {
        dto = yaml.read(PipelineFileDto.class);
      } catch (DatainformedException e) {
        throw new PipelineException(e.getMessage(), e);
      }
      return new Reading(yaml, dto, folder).definition();
    }

    /** One file being turned into a definition. */
    private final class Reading {
      private final StrictYaml yaml;
      private final PipelineFileDto dto;
      private final Path folder;

      Reading(StrictYaml yaml, PipelineFileDto dto, Path folder) {
        this.yaml = yaml;
        this.dto = dto;
        this.folder = folder;
      }

      PipelineDefinition definition() {
        String name = required(dto.name(), "name", "the pipeline's name, e.g. name: sygefravaer");
        PipelineDefinition.Builder b = PipelineDefinition.builder(name);
        if (dto.title() != null) {
          b.title(
              required(dto.title().da(), "title.da", "the title in Danish"),
              required(dto.title().en(), "title.en", "the title in English"));
        }
        KpiCatalog catalog = catalog();
        b.catalog(catalog);
        List<String> kpis = requiredList(dto.kpis(), "kpis", "the ids of the KPIs to compute");
        for (int i = 0; i < kpis.size(); i++) {
          String id = required(kpis.get(i), "kpis[" + i + "]", "a KPI id");
          if (catalog.find(id).isEmpty()) {
            List<String> ids = new ArrayList<>();
            for (KpiDefinition d : catalog.definitions()) {
              ids.add(d.id().value());
            }
            throw error("kpis[" + i + "]", "there is no KPI '" + CprDetector.mask(id) + "' in the catalog"
                + didYouMean(id, ids) + "; the catalog has " + ids.size() + " KPIs");
          }
          b.kpi(id);
        }
        List<PipelineFileDto.Source> sources =
            requiredList(dto.sources(), "sources", "the sources to read, each with id, connector and dataset");
        boolean persons = false;
        for (int i = 0; i < sources.size(); i++) {
          SourceDeclaration s = source(sources.get(i), "sources[" + i + "]");
          persons |= !s.personFields().isEmpty();
          b.source(s);
        }
        if (dto.organisation() != null) {
          String field = required(dto.organisation().field(), "organisation.field", "the unit field");
          String root = dto.organisation().root();
          if (root != null && organisation != null) {
            throw error("organisation.root", "the file makes a one-level organisation under '" + root
                + "', but a tree was given to the loader as well: leave out either root or the tree");
          } else if (root != null) {
            b.flatOrganisation(field, required(root, "organisation.root", "the root's name, e.g. Alle skoler"));
          } else if (organisation == null) {
            throw error("organisation", "the file breaks the KPIs down by organisation, but no tree"
                + " was given: pass it with PipelineFile.loader().organisation(tree), or make a"
                + " one-level organisation of the field's values with root: <the total's name>");
          } else {
            b.organisation(field, organisation);
          }
        }
        List<String> by = dto.breakdown() == null ? List.of() : dto.breakdown();
        for (int i = 0; i < by.size(); i++) {
          b.by(required(by.get(i), "breakdown[" + i + "]", "a dimension of the KPIs' source"));
        }
        if (dto.spc() != null && dto.spc().baselinePeriods() != null) {
          if (dto.spc().baselinePeriods() < 2) {
            throw error("spc.baselinePeriods", "the baseline must be at least 2 periods, not "
                + dto.spc().baselinePeriods());
          }
          b.baselinePeriods(dto.spc().baselinePeriods());
        }
        if (dto.spc() != null && dto.spc().seasonal() != null) {
          switch (dto.spc().seasonal()) {
            case "auto":
              b.seasonal(true);
              break;
            case "none":
              b.seasonal(false);
              break;
            default:
              throw error("spc.seasonal", "'" + CprDetector.mask(dto.spc().seasonal())
                  + "' is not a choice for 'seasonal': use auto or none");
          }
        }
        List<PipelineFileDto.Change> changes =
            dto.spc() == null || dto.spc().changes() == null ? List.of() : dto.spc().changes();
        for (int i = 0; i < changes.size(); i++) {
          b.change(change(changes.get(i), "spc.changes[" + i + "]"));
        }
        guards(b, catalog);
        b.disclosure(disclosure());
        if (pseudonymKey != null) {
          b.pseudonymKey(pseudonymKey);
        } else if (persons) {
          b.pseudonymKey(key());
        }
        List<PipelineFileDto.Output> outputs = dto.outputs() == null ? List.of() : dto.outputs();
        for (int i = 0; i < outputs.size(); i++) {
          PipelineFileDto.Output o = outputs.get(i);
          if (o == null) {
            throw error("outputs[" + i + "]", "an output needs a format, e.g. {format: json}");
          }
          String format = required(o.format(), "outputs[" + i + "].format", "the output's format, e.g. json");
          Map<String, String> settings = new LinkedHashMap<>();
          if (o.settings() != null) {
            for (Map.Entry<String, String> e : o.settings().entrySet()) {
              settings.put(e.getKey(), substitute(e.getValue(), "outputs[" + i + "].settings." + e.getKey()));
            }
          }
          b.output(OutputDeclaration.of(format, settings));
        }
        try {
          return b.build();
        } catch (PipelineException e) {
          throw new PipelineException(yaml.where("") + e.getMessage(), e);
        }
      }

      private KpiCatalog catalog() {
        PipelineFileDto.Catalog c = dto.catalog();
        boolean starter = c == null || c.starter() == null || c.starter();
        KpiCatalog.Builder catalog = KpiCatalog.builder();
        if (starter) {
          catalog.addAll(StarterCatalog.load().definitions(), "the starter catalog");
        }
        List<String> folders = c == null || c.folders() == null ? List.of() : c.folders();
        for (int i = 0; i < folders.size(); i++) {
          Path path = folder.resolve(required(folders.get(i), "catalog.folders[" + i + "]", "a folder"));
          try {
            catalog.addAll(KpiCatalog.load(path).definitions(), path.toString());
          } catch (DatainformedException e) {
            throw error("catalog.folders[" + i + "]", e.getMessage(), e);
          }
        }
        try {
          return catalog.build();
        } catch (DatainformedException e) {
          throw error("catalog", e.getMessage(), e);
        }
      }

      private SourceDeclaration source(PipelineFileDto.Source s, String path) {
        if (s == null) {
          throw error(path, "a source needs id, connector and dataset");
        }
        String id = required(s.id(), path + ".id", "the source's id, e.g. payroll");
        String connector = required(s.connector(), path + ".connector", "the connector's name, e.g. csv");
        SourceDeclaration.Builder b =
            SourceDeclaration.builder(id)
                .connector(connector)
                .dataset(required(s.dataset(), path + ".dataset", "the KPI source dataset, e.g. payroll.absence_month"))
                .origin(yaml.where(path).replaceAll(": $", ""));
        Map<String, String> settings = new LinkedHashMap<>();
        if (s.settings() != null) {
          for (Map.Entry<String, String> e : s.settings().entrySet()) {
            settings.put(e.getKey(), substitute(e.getValue(), path + ".settings." + e.getKey()));
          }
        }
        ConnectorProvider provider;
        try {
          provider = Connectors.provider(connector);
        } catch (ConnectorException e) {
          throw error(path + ".connector", "there is no connector '" + CprDetector.mask(connector) + "'"
              + didYouMean(connector, Connectors.names()) + "; the connectors found are "
              + Connectors.names() + " (put the connector's module on the path)", e);
        }
        try {
          provider.configSpec().validate(settings);
        } catch (ConnectorException e) {
          throw error(path + ".settings", e.getMessage(), e);
        }
        b.settings(settings);
        if (s.pseudonymise() != null) {
          String domain =
              required(s.pseudonymise().domain(), path + ".pseudonymise.domain",
                  "the pseudonym domain, e.g. dk.eksempelby.hr.sygefravaer");
          List<PipelineFileDto.PersonFieldDto> fields =
              requiredList(s.pseudonymise().fields(), path + ".pseudonymise.fields",
                  "the CPR fields, e.g. [{field: cpr, as: employee}]");
          for (int i = 0; i < fields.size(); i++) {
            PipelineFileDto.PersonFieldDto f = fields.get(i);
            String at = path + ".pseudonymise.fields[" + i + "]";
            if (f == null) {
              throw error(at, "a person field needs 'field' and 'as'");
            }
            b.pseudonymise(
                PersonField.of(
                    required(f.field(), at + ".field", "the CPR field"),
                    required(f.as(), at + ".as", "the pseudonym field's name")),
                domain);
          }
        }
        if (s.persons() != null) {
          b.persons(s.persons());
        }
        try {
          return b.build();
        } catch (PipelineException e) {
          throw error(path, e.getMessage(), e);
        }
      }

      private void guards(PipelineDefinition.Builder b, KpiCatalog catalog) {
        if (dto.guards() == null) {
          return;
        }
        String usageFile = required(dto.guards().usage(), "guards.usage", "the usage file, e.g. usage.yaml");
        Usage usage;
        GuardPolicy policy = GuardPolicy.defaults();
        try {
          usage = Usage.load(folder.resolve(usageFile), catalog);
        } catch (DatainformedException e) {
          throw error("guards.usage", e.getMessage(), e);
        }
        if (dto.guards().policy() != null) {
          try {
            policy = GuardPolicy.load(folder.resolve(dto.guards().policy()));
          } catch (DatainformedException e) {
            throw error("guards.policy", e.getMessage(), e);
          }
        }
        b.guards(usage, policy);
        Map<String, String> others = dto.guards().otherUses() == null ? Map.of() : dto.guards().otherUses();
        for (Map.Entry<String, String> use : others.entrySet()) {
          String at = "guards.otherUses." + use.getKey();
          String file = required(use.getValue(), at, "the usage file of use '" + use.getKey() + "'");
          try {
            b.otherUse(use.getKey(), Usage.load(folder.resolve(file), catalog));
          } catch (DatainformedException e) {
            throw error(at, e.getMessage(), e);
          }
        }
      }

      private DisclosurePolicy disclosure() {
        PipelineFileDto.Disclosure d = dto.disclosure();
        if (d == null) {
          throw error("", "the file has no 'disclosure' section: say which policy every published value"
              + " keeps, e.g. disclosure: {minimumCount: 5}");
        }
        DisclosurePolicy.Builder policy = DisclosurePolicy.builder();
        try {
          if (d.minimumCount() != null) {
            policy.minimumCount(d.minimumCount());
          }
          if (d.zeroIsSensitive() != null) {
            policy.zeroIsSensitive(d.zeroIsSensitive());
          }
          if (d.protectionPercent() != null) {
            policy.protectionPercent(d.protectionPercent());
          }
          return policy.build();
        } catch (DatainformedException e) {
          throw error("disclosure", e.getMessage(), e);
        }
      }

      private PseudonymKey key() {
        PipelineFileDto.Key k = dto.pseudonymKey();
        if (k == null || (k.environment() == null) == (k.file() == null)) {
          throw error(k == null ? "" : "pseudonymKey", "a source has person fields, so the file needs"
              + " 'pseudonymKey' with either 'environment' (a variable holding the key in base64) or"
              + " 'file' (a file holding it in base64)");
        }
        try {
          if (k.file() != null) {
            return PseudonymKey.fromBase64File(k.file(), folder.resolve(k.file()));
          }
          String encoded = environment.get(k.environment());
          if (encoded == null || encoded.isBlank()) {
            throw error("pseudonymKey.environment", "the environment variable " + k.environment()
                + " is not set: set it from your secrets store (make a key with 'openssl rand -base64 32')");
          }
          byte[] bytes;
          try {
            bytes = Base64.getDecoder().decode(encoded.strip());
          } catch (IllegalArgumentException e) {
            throw error("pseudonymKey.environment", "the environment variable " + k.environment()
                + " is not base64");
          }
          return PseudonymKey.fromBytes(k.environment(), bytes);
        } catch (PipelineException e) {
          throw e;
        } catch (DatainformedException e) {
          throw error("pseudonymKey", e.getMessage(), e);
        }
      }

      private String substitute(String value, String path) {
        if (value == null) {
          throw error(path, "a setting needs a value");
        }
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
          String name = m.group(1);
          String replacement = name.equals("here") ? folder.toString() : variables.get(name);
          if (replacement == null) {
            String shown = CprDetector.mask(name);
            throw error(path, "the variable ${" + shown + "} is not given"
                + didYouMean(name, variables.keySet()) + ": pass it with PipelineFile.loader().variable(\""
                + shown + "\", value)");
          }
          m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
      }

      private KnownChange change(PipelineFileDto.Change dto, String path) {
        String from = required(dto.from(), path + ".from", "the first period of the changed process, e.g. 2023K3");
        Period period = Period.tryParse(from).toOptional().orElseThrow(() -> error(path + ".from",
            "'" + CprDetector.mask(from) + "' is not a period such as 2023K3, 2024M01 or 2024"));
        KnownChange change = KnownChange.of(period, required(dto.reason(), path + ".reason", "what changed, in words"));
        if (dto.where() != null) {
          for (Map.Entry<String, String> e : dto.where().entrySet()) {
            change = change.where(e.getKey(), required(e.getValue(), path + ".where." + e.getKey(), "the value"));
          }
        }
        return change;
      }

      private String required(String value, String path, String what) {
        if (value == null || value.isBlank()) {
          throw error(parentOf(path), "'" + lastOf(path) + "' is missing: give " + what);
        }
        return value;
      }

      private <T> List<T> requiredList(List<T> value, String path, String what) {
        if (value == null || value.isEmpty()) {
          throw error(yaml.has(path) ? path : parentOf(path), "'" + lastOf(path) + "' is missing or empty: give " + what);
        }
        return value;
      }

      /** An error at a place in the file; its message is masked whatever it quotes (a path, a value). */
      private PipelineException error(String path, String message) {
        return new PipelineException(yaml.where(path) + CprDetector.mask(message));
      }

      private PipelineException error(String path, String message, Throwable cause) {
        return new PipelineException(yaml.where(path) + CprDetector.mask(message), cause);
      }
    }
  }

  private static String didYouMean(String name, java.util.Collection<String> known) {
    Optional<String> near = Suggestions.didYouMean(name, known);
    return near.map(n -> " (did you mean '" + CprDetector.mask(n) + "'?)").orElse("");
  }

  private static String parentOf(String path) {
    int dot = path.lastIndexOf('.');
    int bracket = path.lastIndexOf('[');
    int cut = Math.max(dot, bracket);
    return cut < 0 ? "" : path.substring(0, cut);
  }

  private static String lastOf(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
