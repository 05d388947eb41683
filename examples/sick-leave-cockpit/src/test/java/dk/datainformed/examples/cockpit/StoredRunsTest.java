package dk.datainformed.examples.cockpit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.datainformed.core.time.Period;
import dk.datainformed.examples.cockpit.SickLeaveCockpitTest.Run;
import dk.datainformed.store.ResultStore;
import dk.datainformed.store.StoredRun;
import dk.datainformed.store.StoredValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cockpit run twice into one results store, as a municipality runs it every month: at the end
 * of November 2025 and again at the end of December with one more month of data. The pipeline is
 * the example's own, with the limits fixed on 12 months instead of 24 so that two years of data
 * have months after the baseline.
 */
class StoredRunsTest {
  private static final Period DECEMBER = SyntheticMunicipality.LAST_MONTH;

  @TempDir Path folder;

  @Test
  void theSecondRunKeepsTheFirstRunsValuesAndBaselinesAndChartsTheNewMonthAgainstThem() throws Exception {
    Path pipeline = SickLeaveCockpitTest.pipelineCopy(folder.resolve("pipeline"), "sygefravaer.pipeline.yaml",
        "baselinePeriods: 24", "baselinePeriods: 12").resolve("sygefravaer.pipeline.yaml");
    Path store = folder.resolve("sygefravaer.duckdb");

    Run november = run(pipeline, store, "november", "--until", "2025M11");
    assertEquals(0, november.code(), november.err());
    assertTrue(november.out().contains("Run 1 recorded in the results store"), november.out());
    List<StoredValue> shownInNovember;
    try (ResultStore s = ResultStore.duckdb(store)) {
      shownInNovember = s.values(s.runs().get(0));
    }
    assertFalse(shownInNovember.isEmpty());
    assertTrue(shownInNovember.stream().allMatch(v -> v.period().start().isBefore(DECEMBER.start())));
    List<List<String>> baselinesInNovember = rows(store, "SELECT * FROM baseline ORDER BY 1, 2, 3, 4");
    List<List<String>> baselinePointsInNovember = rows(store, "SELECT * FROM baseline_point ORDER BY 1, 2, 3, 4, 5");
    assertFalse(baselinesInNovember.isEmpty(), "the first run fixed baselines");

    Run december = run(pipeline, store, "december");
    assertEquals(0, december.code(), december.err());
    try (ResultStore s = ResultStore.duckdb(store)) {
      List<StoredRun> runs = s.runs();
      assertEquals(2, runs.size());
      // What the cockpit showed in November is still there, as it was.
      assertEquals(shownInNovember, s.values(runs.get(0)));
      // December recomputed every month: the months November showed came out the same, so they
      // were not written again, and only December's values are new.
      List<StoredValue> shownInDecember = s.values(runs.get(1));
      List<StoredValue> before = shownInDecember.stream()
          .filter(v -> !v.period().equals(DECEMBER)).collect(Collectors.toList());
      assertEquals(shownInNovember, before);
      long newMonth = shownInDecember.size() - before.size();
      assertTrue(newMonth > 0);
      assertEquals(newMonth, runs.get(1).valuesChanged());
    }

    // The baselines the first run fixed are unchanged, point for point.
    assertTrue(rows(store, "SELECT * FROM baseline ORDER BY 1, 2, 3, 4").containsAll(baselinesInNovember));
    assertTrue(rows(store, "SELECT * FROM baseline_point ORDER BY 1, 2, 3, 4, 5").containsAll(baselinePointsInNovember));
    // December's charts drew their limits from those baselines, with the centre and the mean moving
    // range of November's charts, and December lies in those segments.
    assertEquals(List.of(List.of(Integer.toString(baselinesInNovember.size()))),
        rows(store, "SELECT COUNT(*) FROM run_segment WHERE run_id = 2 AND frozen_on IS NOT NULL"));
    assertEquals(List.of(List.of("0")), rows(store, "SELECT COUNT(*) FROM run_segment d JOIN run_segment n"
        + " ON n.run_id = 1 AND n.kpi_id = d.kpi_id AND n.series_key = d.series_key AND n.segment = d.segment"
        + " WHERE d.run_id = 2 AND d.frozen_on IS NOT NULL AND (d.centre <> n.centre"
        + " OR d.mean_moving_range IS DISTINCT FROM n.mean_moving_range OR d.frozen_on <> n.first_period)"));
    List<List<String>> frozenWithDecember = rows(store, "SELECT COUNT(*) FROM run_segment"
        + " WHERE run_id = 2 AND frozen_on IS NOT NULL AND last_period = '" + DECEMBER.format() + "'");
    assertFalse(frozenWithDecember.get(0).get(0).equals("0"), "December is charted in a frozen segment");
    // And the page says so.
    String page = Files.readString(folder.resolve("december").resolve("cockpit.html"), StandardCharsets.UTF_8);
    assertTrue(page.contains("Grænserne er låst på 12 punkter, januar–december 2024"));
    assertFalse(Files.readString(folder.resolve("november").resolve("cockpit.html"), StandardCharsets.UTF_8)
        .contains("Grænserne er låst"));
  }

  private Run run(Path pipeline, Path store, String name, String... more) {
    List<String> args = new ArrayList<>(List.of("--out", folder.resolve(name).toString(), "--size", "small",
        "--seed", "7", "--store", store.toString(), "--pipeline", pipeline.toString()));
    args.addAll(List.of(more));
    return SickLeaveCockpitTest.cockpit(SickLeaveCockpitTest.keyEnvironment(), args.toArray(String[]::new));
  }

  /** A query's rows, each column as text, on the store file (closed by then), as Power BI reads it. */
  private static List<List<String>> rows(Path store, String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(r.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
