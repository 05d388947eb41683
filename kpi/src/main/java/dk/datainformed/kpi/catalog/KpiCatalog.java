package dk.datainformed.kpi.catalog;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.ReadLimits;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.KpiId;
import dk.datainformed.kpi.definition.KpiReference;
import dk.datainformed.kpi.internal.Given;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * A municipality's set of KPI definitions, checked as a whole: no id and version given twice, every
 * reference from a derived or cumulative KPI resolves, no KPI depends on itself through others, and
 * a derived or cumulative KPI asks for no dimension or grain its operands lack.
 *
 * <p>A reference without a version resolves to the highest version of that id in the catalog.
 *
 * <pre>{@code
 * KpiCatalog catalog = KpiCatalog.load(Path.of("kpi"));          // every .yaml, .yml and .json file
 * KpiDefinition absence = catalog.find("sygefravaer.fravaersprocent").orElseThrow();
 * for (KpiDefinition kpi : catalog.inDependencyOrder()) { ... }   // operands before their users
 * }</pre>
 *
 * <p>Immutable and safe to share between threads.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class KpiCatalog {
  private final List<KpiDefinition> definitions;
  private final Map<KpiId, TreeMap<Integer, KpiDefinition>> byId;
  private final Map<KpiDefinition, String> origins;
  private final List<KpiDefinition> dependencyOrder;

  private KpiCatalog(List<Map.Entry<KpiDefinition, String>> entries) {
    Map<KpiId, TreeMap<Integer, KpiDefinition>> ids = new HashMap<>();
    Map<KpiDefinition, String> from = new HashMap<>();
    for (Map.Entry<KpiDefinition, String> entry : entries) {
      KpiDefinition k = entry.getKey();
      KpiDefinition earlier =
          ids.computeIfAbsent(k.id(), i -> new TreeMap<>()).putIfAbsent(k.version(), k);
      if (earlier != null) {
        throw new KpiException(
            "KPI '" + k.id() + "' version " + k.version() + " is defined twice (" + from.get(earlier)
                + " and " + entry.getValue() + "): an id and version name one definition; give"
                + " the changed one a new version or a new id");
      }
      from.put(k, entry.getValue());
    }
    this.origins = Map.copyOf(from);
    this.byId = ids;
    this.definitions =
        from.keySet().stream()
            .sorted(Comparator.comparing(KpiDefinition::id).thenComparing(KpiDefinition::version))
            .collect(Collectors.toUnmodifiableList());
    for (KpiDefinition k : definitions) {
      for (KpiDefinition operand : resolveAll(k)) {
        checkCompatible(k, operand);
      }
    }
    this.dependencyOrder = order();
  }

  /**
   * A catalog of the given definitions.
   *
   * @param definitions the definitions
   * @return the catalog
   * @throws KpiException when ids clash, a reference does not resolve or references form a cycle
   */
  public static KpiCatalog of(Collection<? extends KpiDefinition> definitions) {
    return builder().addAll(definitions, "given in code").build();
  }

  /**
   * Starts a catalog.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Loads every {@code .yaml}, {@code .yml} and {@code .json} file in a folder (not its
   * sub-folders), in name order.
   *
   * @param folder the folder
   * @return the catalog
   * @throws KpiException when the folder is missing, a file is not valid (with file, line and
   *     column) or larger than {@link ReadLimits#defaults()}, or the whole is inconsistent (with the
   *     files involved)
   */
  public static KpiCatalog load(Path folder) {
    return load(folder, ReadLimits.defaults());
  }

  /**
   * Loads every {@code .yaml}, {@code .yml} and {@code .json} file in a folder (not its
   * sub-folders), in name order, with other limits on the size of a file than the defaults.
   *
   * @param folder the folder
   * @param limits how much one file may hold
   * @return the catalog
   * @throws KpiException when a file is not valid (with file, line and column), larger than the
   *     limits, or the whole is inconsistent (with the files involved)
   */
  public static KpiCatalog load(Path folder, ReadLimits limits) {
    Given.required(folder, "The folder of KPI definition files");
    Given.required(limits, "The read limits");
    if (!Files.isDirectory(folder)) {
      throw new KpiException(CprDetector.mask(folder.toString()) + " is not a folder of KPI definition files");
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files =
          list.filter(Files::isRegularFile)
              .filter(KpiCatalog::isDefinitionFile)
              .sorted(Comparator.comparing(p -> String.valueOf(p.getFileName())))
              .collect(Collectors.toList());
    } catch (IOException e) {
      // The I/O error names the folder too: its message is masked and the cause is not kept.
      throw new KpiException(CprDetector.mask(folder + ": cannot list the folder (" + e.getMessage() + ")"));
    }
    Builder builder = builder();
    for (Path file : files) {
      builder.addAll(
          DefinitionFormat.of(file).read(file, limits), String.valueOf(file.getFileName()));
    }
    return builder.build();
  }

  private static boolean isDefinitionFile(Path p) {
    String n = String.valueOf(p.getFileName());
    return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
  }

  /**
   * Every definition, by id and then version.
   *
   * @return the definitions
   */
  public List<KpiDefinition> definitions() {
    return definitions;
  }

  /**
   * Every definition, each after the KPIs it is computed from: the order to compute them in.
   *
   * @return the definitions
   */
  public List<KpiDefinition> inDependencyOrder() {
    return dependencyOrder;
  }

  /**
   * How many definitions the catalog holds.
   *
   * @return the count
   */
  public int size() {
    return definitions.size();
  }

  /**
   * The highest version of a KPI.
   *
   * @param id the KPI id
   * @return the definition, or empty when the catalog has none of that id
   */
  public Optional<KpiDefinition> find(String id) {
    return find(KpiId.of(id));
  }

  /**
   * The highest version of a KPI.
   *
   * @param id the KPI id
   * @return the definition, or empty when the catalog has none of that id
   */
  public Optional<KpiDefinition> find(KpiId id) {
    return Optional.ofNullable(byId.get(id)).map(v -> v.lastEntry().getValue());
  }

  /**
   * One version of a KPI.
   *
   * @param id the KPI id
   * @param version the version
   * @return the definition, or empty when the catalog does not hold it
   */
  public Optional<KpiDefinition> find(String id, int version) {
    return Optional.ofNullable(byId.get(KpiId.of(id))).map(v -> v.get(version));
  }

  /**
   * The definition a reference names: its version, or the highest.
   *
   * @param reference the reference
   * @return the definition, or empty when the catalog does not hold it
   */
  public Optional<KpiDefinition> resolve(KpiReference reference) {
    TreeMap<Integer, KpiDefinition> versions = byId.get(reference.id());
    if (versions == null) {
      return Optional.empty();
    }
    return reference.version().isPresent()
        ? Optional.ofNullable(versions.get(reference.version().get()))
        : Optional.of(versions.lastEntry().getValue());
  }

  /**
   * The definitions a KPI of this catalog is computed from, resolved.
   *
   * @param definition a derived or cumulative KPI of this catalog (others have none)
   * @return its operands, in order of appearance
   * @throws KpiException when the definition is not in this catalog
   */
  public List<KpiDefinition> operands(KpiDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    if (!find(definition.id().value(), definition.version()).map(definition::equals).orElse(false)) {
      throw new KpiException(
          "KPI '" + definition.id() + "' (version " + definition.version()
              + ") is not in this catalog");
    }
    return resolveAll(definition);
  }

  /**
   * Where a definition came from: its file name, or "given in code".
   *
   * @param definition a definition of this catalog
   * @return the origin, or empty when the definition is not in this catalog
   */
  public Optional<String> origin(KpiDefinition definition) {
    return Optional.ofNullable(origins.get(definition));
  }

  private String from(KpiDefinition k) {
    return origins.getOrDefault(k, "given in code");
  }

  private List<KpiDefinition> resolveAll(KpiDefinition k) {
    List<KpiDefinition> out = new ArrayList<>();
    for (KpiReference ref : k.references()) {
      out.add(
          resolve(ref)
              .orElseThrow(
                  () ->
                      new KpiException(
                          "KPI '" + k.id() + "' (version " + k.version() + ", " + from(k)
                              + ") refers to '" + ref.text() + "', which the catalog does not hold"
                              + available(ref)
                              + ": add that definition or correct the reference")));
    }
    return out;
  }

  private String available(KpiReference ref) {
    TreeMap<Integer, KpiDefinition> versions = byId.get(ref.id());
    return versions == null ? "" : " (it holds versions " + versions.keySet() + ")";
  }

  private void checkCompatible(KpiDefinition k, KpiDefinition operand) {
    String kpi = "KPI '" + k.id() + "' (version " + k.version() + ", " + from(k) + ")";
    for (String dimension : k.dimensions()) {
      if (!operand.dimensions().contains(dimension)) {
        throw new KpiException(
            kpi + " may be broken down by '" + dimension + "', but its operand '" + operand.id()
                + "' cannot (it has " + operand.dimensions() + "): remove the dimension or add it"
                + " to the operand");
      }
    }
    if (k.grain().compareTo(operand.grain()) < 0) {
      throw new KpiException(
          kpi + " has grain " + k.grain() + ", finer than its operand '" + operand.id()
              + "' with grain " + operand.grain() + ": use grain " + operand.grain() + " or coarser");
    }
  }

  private List<KpiDefinition> order() {
    Map<KpiDefinition, Integer> state = new HashMap<>();
    List<KpiDefinition> out = new ArrayList<>();
    for (KpiDefinition k : definitions) {
      visit(k, state, new ArrayDeque<>(), out);
    }
    return List.copyOf(out);
  }

  private void visit(
      KpiDefinition k,
      Map<KpiDefinition, Integer> state,
      Deque<KpiDefinition> path,
      List<KpiDefinition> out) {
    Integer s = state.get(k);
    if (s != null && s == 2) {
      return;
    }
    if (s != null) {
      List<KpiDefinition> cycle = new ArrayList<>();
      boolean in = false;
      for (KpiDefinition p : (Iterable<KpiDefinition>) path::descendingIterator) {
        in |= p.equals(k);
        if (in) {
          cycle.add(p);
        }
      }
      cycle.add(k);
      throw new KpiException(
          "KPI references form a cycle: "
              + cycle.stream()
                  .map(c -> c.id() + "@" + c.version())
                  .collect(Collectors.joining(" → "))
              + " (" + cycle.stream().map(this::from).distinct().collect(Collectors.joining(", "))
              + "): a KPI cannot be computed from itself; break the cycle");
    }
    state.put(k, 1);
    path.push(k);
    for (KpiDefinition operand : resolveAll(k)) {
      visit(operand, state, path, out);
    }
    path.pop();
    state.put(k, 2);
    out.add(k);
  }

  /** Collects definitions for a {@link KpiCatalog}. */
  public static final class Builder {
    private final List<Map.Entry<KpiDefinition, String>> entries = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a definition given in code.
     *
     * @param definition the definition
     * @return this builder
     */
    public Builder add(KpiDefinition definition) {
      return add(definition, "given in code");
    }

    /**
     * Adds a definition with where it came from, shown in messages.
     *
     * @param definition the definition
     * @param origin e.g. the file name
     * @return this builder
     */
    public Builder add(KpiDefinition definition, String origin) {
      Objects.requireNonNull(definition, "definition");
      Objects.requireNonNull(origin, "origin");
      entries.add(Map.entry(definition, origin));
      return this;
    }

    /**
     * Adds definitions with where they came from.
     *
     * @param definitions the definitions
     * @param origin e.g. the file name
     * @return this builder
     */
    public Builder addAll(Collection<? extends KpiDefinition> definitions, String origin) {
      definitions.forEach(d -> add(d, origin));
      return this;
    }

    /**
     * Builds and checks the catalog.
     *
     * @return the catalog
     * @throws KpiException when ids clash, a reference does not resolve, a derived KPI asks for a
     *     dimension or grain its operands lack, or references form a cycle
     */
    public KpiCatalog build() {
      return new KpiCatalog(entries);
    }
  }
}
