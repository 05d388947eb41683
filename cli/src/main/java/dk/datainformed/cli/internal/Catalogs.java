package dk.datainformed.cli.internal;

import dk.datainformed.core.text.Suggestions;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.catalog.DefinitionFormat;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.catalog.StarterCatalog;
import dk.datainformed.kpi.definition.KpiDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** The catalog a command reads KPIs from: the starter catalog, or a file or folder given. */
@API(status = API.Status.INTERNAL, since = "0.1")
final class Catalogs {
  private Catalogs() {}

  /**
   * The catalog of a {@code --catalog} option.
   *
   * @param option a definition file or a folder of them; empty for the starter catalog
   * @return the catalog, with a name for messages
   * @throws CommandException when the file or folder does not exist
   * @throws dk.datainformed.kpi.KpiException with file, line and column when a definition is wrong
   */
  static Named load(Optional<Path> option) {
    if (option.isEmpty()) {
      return new Named(StarterCatalog.load(), "the starter catalog");
    }
    Path path = option.get();
    if (Files.isDirectory(path)) {
      return new Named(KpiCatalog.load(path), "the catalog in " + path);
    }
    if (!Files.isRegularFile(path)) {
      throw new CommandException("--catalog " + path + ": no such file or folder; give a KPI definition file"
          + " (.yaml, .yml, .json) or a folder of them, or leave --catalog out for the starter catalog");
    }
    List<KpiDefinition> definitions = DefinitionFormat.of(path).read(path);
    return new Named(
        KpiCatalog.builder().addAll(definitions, String.valueOf(path.getFileName())).build(),
        "the catalog " + path);
  }

  /**
   * A KPI of the catalog, or an error that says which ids it holds.
   *
   * @param catalog the catalog
   * @param id the id asked for
   * @return the highest version of the KPI
   * @throws CommandException when the catalog has no KPI of that id
   */
  static KpiDefinition find(Named catalog, String id) {
    Optional<KpiDefinition> found;
    try {
      found = catalog.catalog().find(id);
    } catch (KpiException notAnId) {
      found = Optional.empty();
    }
    return found.orElseThrow(() -> {
      List<String> ids = catalog.catalog().definitions().stream()
          .map(d -> d.id().value()).distinct().collect(Collectors.toList());
      String near = Suggestions.didYouMean(id, ids).map(n -> " (did you mean '" + n + "'?)").orElse("");
      return new CommandException("there is no KPI '" + Commands.shown(id) + "' in " + catalog.name() + near
          + "; it holds " + (ids.size() <= 40 ? String.join(", ", ids) : ids.size() + " KPIs")
          + ". Give another id, or another catalog with --catalog");
    });
  }

  /**
   * A catalog and how messages name it.
   *
   * @param catalog the catalog
   * @param name e.g. {@code the starter catalog}
   */
  record Named(KpiCatalog catalog, String name) {}
}
