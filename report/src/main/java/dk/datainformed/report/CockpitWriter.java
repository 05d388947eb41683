package dk.datainformed.report;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.org.OrgUnitVersion;
import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.core.text.Language;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.pipeline.PipelineException;
import dk.datainformed.pipeline.Publication;
import dk.datainformed.pipeline.PublicationWriter;
import dk.datainformed.pipeline.PublishedKpi;
import dk.datainformed.spc.ChartPoint;
import dk.datainformed.spc.ProcessBehaviourChart;
import dk.datainformed.spc.Variation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The pipeline's {@code cockpit} output: one {@link CockpitPage} for the whole publication. For each
 * KPI it shows the organisation's top levels, each with its chart, and for the first KPI also the
 * units below them whose process has changed for the worse and stayed so (at least 4 of the last 6
 * points a special cause of concern: a lasting change, not one month's alarm), at most a dozen; the
 * guards' findings stand beside the KPI they concern. A KPI none of whose series has a chart (every
 * value withheld, or too few periods) is left out.
 *
 * <pre>{@code
 * outputs:
 *   - format: cockpit
 *     settings: {language: da, file: cockpit.html, levels: "2", signals: "12", links: "Alle enheder=units.html"}
 * }</pre>
 *
 * <p>Settings: {@code language} ({@code da} or {@code en}, default {@code da}); {@code file} (default
 * {@code cockpit.html}); {@code levels}, how many levels from the top are always shown (default 2);
 * {@code signals}, the most units with a lasting change shown (default 12); {@code links}, pages
 * beside the cockpit as {@code label=target} pairs separated by {@code |}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CockpitWriter implements PublicationWriter {
  private static final int RECENT = 6;
  private static final int CONCERNS = 4;

  /** Creates the writer (for {@link java.util.ServiceLoader}). */
  public CockpitWriter() {}

  @Override
  public String format() {
    return "cockpit";
  }

  @Override
  public Set<String> settings() {
    return Set.of("language", "file", "levels", "signals", "links");
  }

  @Override
  public void write(Publication publication, Map<String, String> settings, Path folder) {
    Language language = language(settings.getOrDefault("language", "da"));
    int levels = positive(settings, "levels", 2);
    int signals = positive(settings, "signals", 12);
    boolean da = language == Language.DANISH;
    Optional<OrganisationTree> tree = publication.organisation();
    CockpitPage.Builder page =
        CockpitPage.builder()
            .title(da ? publication.title().da() : publication.title().en())
            .language(language)
            .generatedAt(publication.asOf());
    tree.flatMap(t -> rootName(t, publication)).ifPresent(page::organisation);
    publication.guards().ifPresent(page::guards);
    String links = settings.getOrDefault("links", "");
    for (String pair : links.isBlank() ? new String[0] : links.split("\\|")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new PipelineException(
            "The cockpit's links setting takes label=target pairs separated by |, not '" + CprDetector.mask(pair) + "'");
      }
      page.link(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }
    boolean first = true;
    boolean anyEntry = false;
    for (PublishedKpi kpi : publication.kpis()) {
      boolean shownAny = false;
      CockpitEntry.Builder entry = CockpitEntry.of(kpi.disclosed());
      publication.guards().ifPresent(entry::findingsFrom);
      int shownSignals = 0;
      for (Series s : kpi.disclosed().result().series()) {
        Optional<ProcessBehaviourChart> chart = kpi.chart(s.key());
        if (chart.isEmpty()) {
          continue;
        }
        Optional<OrgUnitId> unit = tree.isPresent() && !s.key().values().isEmpty()
            ? Optional.of(OrgUnitId.of(s.key().values().get(0)))
            : Optional.empty();
        int depth = unit.map(u -> depth(tree.get(), u)).orElse(1);
        boolean overview = depth <= levels;
        boolean signal = first && !overview && shownSignals < signals && lastingConcern(chart.get());
        if (overview || signal) {
          String label = unit.flatMap(u -> name(tree.get(), u)).orElse(label(s.key()));
          entry.series(label, s.key(), chart.get());
          shownSignals += signal ? 1 : 0;
          shownAny = true;
        }
      }
      if (shownAny) {
        page.entry(entry.build());
      }
      first = false;
      anyEntry |= shownAny;
    }
    if (!anyEntry) {
      throw new PipelineException(
          "The cockpit has nothing to show: no series of any KPI has two adjacent values to chart"
              + " (every value may be withheld by disclosure control, or the data cover too few periods)");
    }
    page.build().writeTo(folder.resolve(settings.getOrDefault("file", "cockpit.html")));
  }

  /**
   * Whether at least 4 of the last 6 points are a special cause of concern.
   *
   * @param chart the chart
   * @return true for a lasting change for the worse
   */
  public static boolean lastingConcern(ProcessBehaviourChart chart) {
    List<ChartPoint> points = chart.points();
    int concerns = 0;
    for (int i = Math.max(0, points.size() - RECENT); i < points.size(); i++) {
      if (points.get(i).variation().filter(v -> v == Variation.SPECIAL_CAUSE_CONCERN).isPresent()) {
        concerns++;
      }
    }
    return concerns >= CONCERNS;
  }

  private static int depth(OrganisationTree tree, OrgUnitId unit) {
    List<OrgUnitVersion> history = tree.history(unit);
    if (history.isEmpty()) {
      return Integer.MAX_VALUE;
    }
    return tree.ancestorsOrSelf(unit, history.get(0).validity().from()).size();
  }

  /**
   * A series' heading without an organisation tree: a {@code *_name} dimension's value with the
   * other values after it in brackets ({@code Ballerup Kommune (151)}), else the values in order;
   * masked.
   */
  static String label(SeriesKey key) {
    if (key.values().isEmpty()) {
      return key.text();
    }
    int named = -1;
    for (int i = 0; i < key.dimensions().size(); i++) {
      named = named < 0 && key.dimensions().get(i).endsWith("_name") ? i : named;
    }
    List<String> others = new ArrayList<>(key.values());
    String head = named < 0 ? others.remove(0) : others.remove(named);
    return CprDetector.mask(others.isEmpty() ? head : head + " (" + String.join(", ", others) + ")");
  }

  private static Optional<String> name(OrganisationTree tree, OrgUnitId unit) {
    List<OrgUnitVersion> history = tree.history(unit);
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).name());
  }

  private static Optional<String> rootName(OrganisationTree tree, Publication publication) {
    List<OrgUnitId> roots = tree.asOf(publication.asOf()).roots();
    return roots.size() == 1 ? name(tree, roots.get(0)) : Optional.empty();
  }

  private static Language language(String value) {
    switch (value) {
      case "da":
        return Language.DANISH;
      case "en":
        return Language.ENGLISH;
      default:
        throw new PipelineException("The cockpit's language must be 'da' or 'en', not '" + CprDetector.mask(value) + "'");
    }
  }

  private static int positive(Map<String, String> settings, String key, int fallback) {
    String value = settings.get(key);
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      throw new PipelineException("The cockpit's setting '" + key + "' must be a whole number, not '"
          + CprDetector.mask(value) + "'", e);
    }
    throw new PipelineException("The cockpit's setting '" + key + "' must not be negative, not " + CprDetector.mask(value));
  }
}
