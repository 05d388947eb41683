package dk.datainformed.cli.internal;

import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.pipeline.PipelineDefinition;
import dk.datainformed.pipeline.PipelineFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A pipeline file as the command line reads it: through {@link PipelineFile}, with the variables
 * given by {@code --var}, and with what the file expects from a program that the command line does
 * not have told apart before the library reads it.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
final class PipelineFiles {
  private final Path file;
  private final YamlPeek peek;

  private PipelineFiles(Path file, YamlPeek peek) {
    this.file = file;
    this.peek = peek;
  }

  /**
   * Reads a pipeline file's text.
   *
   * @param file the file
   * @return the file
   * @throws CommandException when it is not a file
   */
  static PipelineFiles of(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CommandException(file + ": no such file; give the pipeline file, e.g. sygefravaer.pipeline.yaml");
    }
    try {
      return new PipelineFiles(file, YamlPeek.of(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The variables the file uses that {@code --var} does not give.
   *
   * @param given the variables given
   * @return their names
   */
  List<String> missingVariables(Map<String, String> given) {
    List<String> missing = new ArrayList<>();
    for (String name : peek.variables()) {
      if (!given.containsKey(name)) {
        missing.add(name);
      }
    }
    return missing;
  }

  /**
   * Whether the file breaks its KPIs down by an organisation tree that a program must give
   * ({@code organisation} with a {@code field} and no {@code root}).
   *
   * @return true when it needs a tree
   */
  boolean needsTree() {
    return peek.has("organisation") && !peek.has("organisation", "root");
  }

  /**
   * The environment variable the file reads its pseudonym key from, if it names one.
   *
   * @return the variable's name
   */
  Optional<String> keyVariable() {
    return peek.text("pseudonymKey", "environment");
  }

  /**
   * Reads the file for {@code run}: every variable must be given and the key must be in the
   * environment; a file that needs a tree is refused with what to do instead.
   *
   * @param variables the {@code --var} values
   * @param environment the environment
   * @return the definition
   * @throws CommandException when a variable is not given or the file needs a tree
   * @throws dk.datainformed.pipeline.PipelineException with file, line and a fix when the file is wrong
   */
  PipelineDefinition forRun(Map<String, String> variables, Map<String, String> environment) {
    List<String> missing = missingVariables(variables);
    if (!missing.isEmpty()) {
      StringBuilder how = new StringBuilder();
      for (String name : missing) {
        how.append(" --var ").append(name).append("=VALUE");
      }
      throw new CommandException(file + " uses the variable" + (missing.size() == 1 ? " " : "s ")
          + String.join(", ", missing.stream().map(n -> "${" + n + "}").toList()) + ": give "
          + (missing.size() == 1 ? "it" : "them") + " with" + how);
    }
    if (needsTree()) {
      throw new CommandException(file + " breaks its KPIs down by an organisation tree that a program gives"
          + " ('organisation' with a 'field' and no 'root'); the command line cannot read a tree from a file"
          + " yet. Give the file a one-level organisation (organisation: {field: ..., root: <the total's name>})"
          + " or run it from Java with PipelineFile.loader().organisation(tree)");
    }
    PipelineFile.Loader loader = PipelineFile.loader().environment(environment);
    variables.forEach(loader::variable);
    return loader.load(file);
  }

  /**
   * Reads the file for {@code validate}: what only the run has (variables not given, the key in the
   * environment, a tree from a program) is stood in for, and each stand-in is listed as a note.
   *
   * @param variables the {@code --var} values
   * @param environment the environment
   * @param notes where the notes go
   * @return the definition
   * @throws dk.datainformed.pipeline.PipelineException with file, line and a fix when the file is wrong
   */
  PipelineDefinition forValidate(Map<String, String> variables, Map<String, String> environment, List<String> notes) {
    PipelineFile.Loader loader = PipelineFile.loader();
    variables.forEach(loader::variable);
    List<String> missing = missingVariables(variables);
    for (String name : missing) {
      // The text itself stands in: the settings keep "${name}", which no check mistakes for a value.
      loader.variable(name, "${" + name + "}");
    }
    if (!missing.isEmpty()) {
      notes.add("checked without the value" + (missing.size() == 1 ? "" : "s") + " of "
          + String.join(", ", missing.stream().map(n -> "${" + n + "}").toList()) + "; 'run' needs --var "
          + missing.get(0) + "=VALUE" + (missing.size() == 1 ? "" : " and the others"));
    }
    Map<String, String> env = new HashMap<>(environment);
    Optional<String> key = keyVariable();
    if (key.isPresent() && env.getOrDefault(key.get(), "").isBlank()) {
      byte[] standIn = new byte[32];
      new SecureRandom().nextBytes(standIn);
      env.put(key.get(), Base64.getEncoder().encodeToString(standIn));
      notes.add("the pseudonym key's environment variable " + key.get() + " is not set here; 'run' needs it");
    }
    loader.environment(env);
    if (needsTree()) {
      loader.organisation(OrganisationTree.builder()
          .root(OrgUnitId.of("stand-in"), "stand-in", LocalDate.of(1900, 1, 1)).build());
      notes.add("the organisation tree comes from the program that runs the file; checked with a stand-in");
    }
    return loader.load(file);
  }
}
