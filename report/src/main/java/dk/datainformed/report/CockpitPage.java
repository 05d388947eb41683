package dk.datainformed.report;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.guard.GuardReport;
import dk.datainformed.report.internal.PageWriter;
import dk.datainformed.core.text.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The cockpit page: one self-contained HTML file for a set of KPIs, readable by a politician, not
 * only an analyst.
 *
 * <p>For each KPI the page shows its SPC chart (inline SVG), the latest value with a variation label
 * and an assurance label (each an icon with words, never colour alone), the question it serves, its
 * purpose, audience and coverage, suppressed cells as suppressed (never as 0 or blank), and the
 * guards' findings beside it. A box explains how to read the charts, and a summary at the top counts
 * KPIs, special causes and guard verdicts.
 *
 * <p>Related pages beside it, such as a table of every unit, can be linked at the top with
 * {@link Builder#link(String, String)}; only relative links to files beside the page are allowed.
 *
 * <p>The page has no script, no external assets and no links to the network; all text is escaped
 * and anything that looks like a CPR number is masked. There is no clock inside: the generation date
 * is passed in, so the same input always gives the same bytes.
 *
 * <pre>{@code
 * CockpitPage page = CockpitPage.builder()
 *     .title("Sygefravær")
 *     .organisation("Eksempel Kommune")
 *     .link("Alle enheder", "units.html")
 *     .generatedAt(LocalDate.of(2026, 11, 23))
 *     .entry(CockpitEntry.of(disclosed).series("Hjemmeplejen", key, chart).build())
 *     .guards(report)
 *     .build();
 * page.writeTo(Path.of("cockpit.html"));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CockpitPage {
  private final String title;
  private final Optional<String> organisation;
  private final Language language;
  private final LocalDate generatedAt;
  private final List<CockpitEntry> entries;
  private final Optional<GuardReport> guards;
  private final List<CockpitLink> links;

  private CockpitPage(Builder b) {
    this.title = b.title;
    this.organisation = b.organisation;
    this.language = b.language;
    this.generatedAt = b.generatedAt;
    this.entries = List.copyOf(b.entries);
    this.guards = b.guards;
    this.links = List.copyOf(b.links);
  }

  /**
   * Starts a page.
   *
   * @return a builder; title, generation date and at least one entry are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The page's title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The municipality or organisation the page is for.
   *
   * @return its name, if given
   */
  public Optional<String> organisation() {
    return organisation;
  }

  /**
   * The language the page is written in.
   *
   * @return the language; Danish unless chosen
   */
  public Language language() {
    return language;
  }

  /**
   * The date the page says it was made.
   *
   * @return the date
   */
  public LocalDate generatedAt() {
    return generatedAt;
  }

  /**
   * The KPIs shown, in order.
   *
   * @return at least one entry
   */
  public List<CockpitEntry> entries() {
    return entries;
  }

  /**
   * The guard report summarised on the page.
   *
   * @return the report, if given
   */
  public Optional<GuardReport> guards() {
    return guards;
  }

  /**
   * The related pages linked at the top, in order.
   *
   * @return the links; empty unless added
   */
  public List<CockpitLink> links() {
    return links;
  }

  /**
   * Writes the page as an HTML5 document (also well-formed XML).
   *
   * @return the document
   */
  public String render() {
    return PageWriter.write(title, organisation, language, generatedAt, links, entries, guards);
  }

  /**
   * Writes the page to a file in UTF-8, replacing it if it exists.
   *
   * @param file where to write
   * @throws KpiException when the file cannot be written
   */
  public void writeTo(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      Files.writeString(file, render(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new KpiException(
          "could not write the cockpit page to " + CprDetector.mask(file.toString()) + ": "
              + CprDetector.mask(String.valueOf(e.getMessage())),
          e);
    }
  }

  @Override
  public String toString() {
    return "CockpitPage[" + entries.size() + " KPIs, " + language + ", " + generatedAt + "]";
  }

  /** Builds a {@link CockpitPage}. */
  public static final class Builder {
    private String title;
    private Optional<String> organisation = Optional.empty();
    private Language language = Language.DANISH;
    private LocalDate generatedAt;
    private final List<CockpitEntry> entries = new ArrayList<>();
    private Optional<GuardReport> guards = Optional.empty();
    private final List<CockpitLink> links = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a link at the top of the page to a related page beside it, such as
     * {@code link("Alle enheder", "units.html")}. Only relative links to files beside the page are
     * allowed, so the page stays self-contained; see {@link CockpitLink}.
     *
     * @param label the text of the link, not blank
     * @param target the relative file name, such as {@code units.html}
     * @return this builder
     * @throws KpiException when the label is blank, the target is not a relative link to a file
     *     beside the page, or the target is already linked
     */
    public Builder link(String label, String target) {
      CockpitLink link = CockpitLink.of(label, target);
      for (CockpitLink l : links) {
        if (l.target().equals(target)) {
          throw new KpiException("'" + CprDetector.mask(target) + "' is already linked from the cockpit"
              + " page, as '" + CprDetector.mask(l.label()) + "'");
        }
      }
      links.add(link);
      return this;
    }

    /**
     * Sets the title shown at the top and in the browser tab.
     *
     * @param title the title, not blank
     * @return this builder
     * @throws KpiException when the title is blank
     */
    public Builder title(String title) {
      Objects.requireNonNull(title, "title");
      if (title.isBlank()) {
        throw new KpiException("the title of a cockpit page must not be blank");
      }
      this.title = title;
      return this;
    }

    /**
     * Sets the municipality or organisation the page is for.
     *
     * @param name its name, not blank
     * @return this builder
     * @throws KpiException when the name is blank
     */
    public Builder organisation(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new KpiException("the organisation name of a cockpit page must not be blank");
      }
      this.organisation = Optional.of(name);
      return this;
    }

    /**
     * Sets the language; Danish unless set.
     *
     * @param language the language
     * @return this builder
     */
    public Builder language(Language language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    /**
     * Sets the date the page says it was made. There is no clock inside, so the page is the same
     * for the same input.
     *
     * @param date the date
     * @return this builder
     */
    public Builder generatedAt(LocalDate date) {
      this.generatedAt = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * Adds a KPI to show.
     *
     * @param entry the KPI with its series and findings
     * @return this builder
     * @throws KpiException when the KPI is already on the page
     */
    public Builder entry(CockpitEntry entry) {
      Objects.requireNonNull(entry, "entry");
      for (CockpitEntry e : entries) {
        if (e.definition().id().equals(entry.definition().id())) {
          throw new KpiException(
              "KPI '" + entry.definition().id() + "' is already on the cockpit page; add its series"
                  + " to one entry");
        }
      }
      entries.add(entry);
      return this;
    }

    /**
     * Sets the guard report: its verdicts are counted in the summary, its findings are shown beside
     * the KPIs they name (see {@link CockpitEntry#concerns}), the rest in a section of their own,
     * and each guard's verdict with what it looked at at the end of the page.
     *
     * @param report the report
     * @return this builder
     */
    public Builder guards(GuardReport report) {
      this.guards = Optional.of(Objects.requireNonNull(report, "report"));
      return this;
    }

    /**
     * Builds the page.
     *
     * @return the page
     * @throws KpiException when the title, the date or every entry is missing
     */
    public CockpitPage build() {
      if (title == null) {
        throw new KpiException("a cockpit page needs a title: call title(...)");
      }
      if (generatedAt == null) {
        throw new KpiException(
            "a cockpit page needs the date it is made: call generatedAt(...) (there is no clock inside)");
      }
      if (entries.isEmpty()) {
        throw new KpiException("a cockpit page needs at least one KPI: call entry(...)");
      }
      return new CockpitPage(this);
    }
  }
}
