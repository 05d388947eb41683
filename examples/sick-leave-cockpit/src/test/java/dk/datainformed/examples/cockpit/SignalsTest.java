package dk.datainformed.examples.cockpit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.pipeline.Pipeline;
import dk.datainformed.pipeline.PipelineDefinition;
import dk.datainformed.pipeline.PipelineFile;
import dk.datainformed.pipeline.Publication;
import dk.datainformed.pipeline.PublicationWriter;
import dk.datainformed.pipeline.PublishedKpi;
import dk.datainformed.report.CockpitWriter;
import dk.datainformed.spc.ChartPoint;
import dk.datainformed.spc.ProcessBehaviourChart;
import dk.datainformed.spc.Variation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the cockpit signals on the full synthetic municipality of the README command (seed 2026):
 * a winter peak in every unit, a lasting rise of 60 % from March 2025 in two units (one in Social og
 * Sundhed, one in Teknik og Miljø), and the noise of a few long sick spells in small units.
 *
 * <p>Measured on this data (2026-12-03): of the 197 charts of the absence percentage, 9 show a
 * special cause at the latest period, 2 of them a planted shift or its administration; charted
 * without the administrations' borrowed season it was 14, 11 of them without a planted shift,
 * most of them the winter read as a rise. The unit charts'
 * false alarms are the noise of units of a few dozen staff, which no rule set removes without
 * missing real shifts; what the cockpit shows is the overview and the units with a lasting change.
 */
class SignalsTest {
  @TempDir static Path folder;

  private static SyntheticMunicipality town;
  private static Publication publication;
  private static String page;

  @BeforeAll
  static void runTheFullMunicipality() throws IOException {
    town = SyntheticMunicipality.generate(SyntheticMunicipality.Size.FULL, 2026L);
    Path export = town.writeCsv(folder.resolve("input").resolve("loenfravaer.csv"));
    PipelineDefinition definition = PipelineFile.loader()
        .variable("input", export.toString())
        .variable("language", "da")
        .variable("units_link", "Alle enheder")
        .organisation(town.tree())
        .environment(SickLeaveCockpitTest.keyEnvironment())
        .load(Path.of("pipeline", "sygefravaer.pipeline.yaml"));
    List<PublicationWriter> writers = new ArrayList<>();
    CockpitWriter cockpit = new CockpitWriter();
    // The real cockpit writer, keeping the publication it was given for the test to read.
    writers.add(new PublicationWriter() {
      @Override
      public String format() {
        return cockpit.format();
      }

      @Override
      public Set<String> settings() {
        return cockpit.settings();
      }

      @Override
      public void write(Publication p, Map<String, String> settings, Path to) throws IOException {
        publication = p;
        cockpit.write(p, settings, to);
      }
    });
    ServiceLoader.load(PublicationWriter.class).forEach(writers::add);
    Path out = folder.resolve("cockpit");
    Pipeline.of(definition, writers).run(out);
    page = Files.readString(out.resolve("cockpit.html"), StandardCharsets.UTF_8);
  }

  /** Whether a unit is a planted shift or lies above one (its administration, the municipality). */
  private static boolean planted(String unit) {
    LocalDate day = SyntheticMunicipality.SHIFT_MONTH.start();
    return town.shifted().stream()
        .anyMatch(s -> town.tree().ancestorsOrSelf(s, day).contains(OrgUnitId.of(unit)));
  }

  /** A unit's level in the tree, 1 for the municipality, as it stood when the unit was made. */
  private static int depth(String unit) {
    OrgUnitId id = OrgUnitId.of(unit);
    return town.tree().ancestorsOrSelf(id, town.tree().history(id).get(0).validity().from()).size();
  }

  private static boolean latestSpecial(ProcessBehaviourChart chart) {
    return chart.latest().flatMap(ChartPoint::variation).map(Variation::isSpecialCause).orElse(false);
  }

  @Test
  void theOverviewFlagsNoSeriesWithoutAPlantedShift() {
    List<String> unplanted = new ArrayList<>();
    for (PublishedKpi kpi : publication.kpis()) {
      for (Map.Entry<SeriesKey, ProcessBehaviourChart> e : kpi.charts().entrySet()) {
        String unit = e.getKey().values().get(0);
        if (depth(unit) <= 2 && !planted(unit) && latestSpecial(e.getValue())) {
          unplanted.add(kpi.definition().id().value() + " " + unit);
        }
      }
    }
    assertTrue(unplanted.size() <= 1, "flagged without a planted shift: " + unplanted);
  }

  @Test
  void everyPlantedShiftIsFlaggedAfterItBegins() {
    PublishedKpi percent = publication.kpis().get(0);
    for (OrgUnitId unit : town.shifted()) {
      ProcessBehaviourChart chart = percent.chart(SeriesKey.of("organisation_unit", unit.value())).orElseThrow();
      assertTrue(chart.points().stream().anyMatch(p -> p.period().compareTo(SyntheticMunicipality.SHIFT_MONTH) >= 0
          && p.variation().filter(v -> v == Variation.SPECIAL_CAUSE_CONCERN).isPresent()), unit + " has a shift");
      assertTrue(chart.seasonallyAdjusted(), unit + " is charted with its administration's season");
    }
    // The unit with the larger shift is one of the units the page shows for a lasting change.
    assertTrue(CockpitWriter.lastingConcern(percent.chart(SeriesKey.of("organisation_unit", "e160")).orElseThrow()));
  }

  @Test
  void fewUnitChartsWithoutAPlantedShiftSignalAtTheLatestPeriod() {
    int charts = 0;
    int unplanted = 0;
    for (Map.Entry<SeriesKey, ProcessBehaviourChart> e : publication.kpis().get(0).charts().entrySet()) {
      if (depth(e.getKey().values().get(0)) > 2) {
        charts++;
        unplanted += !planted(e.getKey().values().get(0)) && latestSpecial(e.getValue()) ? 1 : 0;
      }
    }
    // Measured 7 of 191 (3.7 %); without the borrowed season 11 (5.8 %), the winter read as a rise.
    assertTrue(unplanted <= charts / 20, unplanted + " of " + charts + " unit charts without a shift signal");
  }

  @Test
  void theOverviewSentenceCountsTheSeriesThePageShows() {
    Matcher m = Pattern.compile("(\\d+) af (\\d+) serier viser en særlig årsag").matcher(page);
    assertTrue(m.find(), "the overview sentence");
    int shown = 0;
    int special = 0;
    boolean first = true;
    for (PublishedKpi kpi : publication.kpis()) {
      int signals = 0;
      for (Map.Entry<SeriesKey, ProcessBehaviourChart> e : kpi.charts().entrySet()) {
        boolean overview = depth(e.getKey().values().get(0)) <= 2;
        boolean signal = first && !overview && signals < 12 && CockpitWriter.lastingConcern(e.getValue());
        if (overview || signal) {
          shown++;
          special += latestSpecial(e.getValue()) ? 1 : 0;
          signals += signal ? 1 : 0;
        }
      }
      first = false;
    }
    assertEquals(shown, Integer.parseInt(m.group(2)), "series on the page");
    assertEquals(special, Integer.parseInt(m.group(1)), "series with a special cause");
    assertEquals(shown, page.split("<svg", -1).length - 1, "one chart per series");
  }
}
