package dk.datainformed.cli.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The kinds of file a municipality owns, told apart by their top-level keys (or, for a file whose
 * keys give no answer, by its name).
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public enum FileKind {
  /** KPI definitions: one definition, a list of them, or a folder of such files. */
  CATALOG(Set.of("type", "id", "version", "numerator", "denominator", "measure", "expression", "source")),
  /** How the KPIs are used, for the guards. */
  USAGE(Set.of("municipality", "cockpits", "decisions", "linkages")),
  /** The guards' thresholds. */
  POLICY(Set.of("thresholds", "custom")),
  /** A declared flow from source to publication. */
  PIPELINE(Set.of("sources", "kpis", "outputs", "disclosure", "pseudonymKey", "breakdown", "spc", "guards",
      "organisation"));

  private final Set<String> keys;

  FileKind(Set<String> keys) {
    this.keys = keys;
  }

  /**
   * The kind's name as the {@code --kind} option takes it.
   *
   * @return e.g. {@code pipeline}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind of a file: a folder is a catalog, a {@code .json} file a catalog file; a YAML file is
   * the kind with the most of its top-level keys, a top-level list a catalog, and a file whose keys
   * do not tell is judged by its name ({@code .pipeline.}, {@code usage}, {@code policy}).
   *
   * @param file the file
   * @param peek a first look at its text, when it is a YAML file
   * @return the kind, or empty when neither content nor name tells
   */
  static Optional<FileKind> detect(Path file, Optional<YamlPeek> peek) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (peek.isEmpty()) {
      return Optional.of(CATALOG);
    }
    if (name.endsWith(".json")) {
      return Optional.of(CATALOG);
    }
    if (peek.get().isList()) {
      return Optional.of(CATALOG);
    }
    Set<String> top = peek.get().topLevelKeys();
    FileKind best = null;
    long bestCount = 0;
    boolean tie = false;
    for (FileKind kind : values()) {
      long count = top.stream().filter(kind.keys::contains).count();
      if (count > bestCount) {
        best = kind;
        bestCount = count;
        tie = false;
      } else if (count == bestCount && count > 0) {
        tie = true;
      }
    }
    if (best != null && !tie) {
      return Optional.of(best);
    }
    if (name.contains(".pipeline.")) {
      return Optional.of(PIPELINE);
    }
    if (name.contains("usage")) {
      return Optional.of(USAGE);
    }
    if (name.contains("policy")) {
      return Optional.of(POLICY);
    }
    return Optional.empty();
  }
}
