package dk.datainformed.benchmarks;

import dk.datainformed.privacy.disclosure.CellKey;
import dk.datainformed.privacy.disclosure.Dimension;
import dk.datainformed.privacy.disclosure.DisclosureControl;
import dk.datainformed.privacy.disclosure.DisclosurePolicy;
import dk.datainformed.privacy.disclosure.PublishedTable;
import dk.datainformed.privacy.disclosure.StatisticalTable;
import dk.datainformed.privacy.disclosure.TableStructure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cell suppression plus the audit that {@link DisclosureControl#protect(StatisticalTable)} runs
 * before it returns, on frequency tables of about 1,000, 10,000 and 100,000 cells shaped like a
 * municipality's: an organisation tree (municipality, administrations, units) crossed with age
 * bands, occupations and, for the largest, sex. Counts are synthetic: about one interior cell in
 * six is 1 or 2 (sensitive under the default minimum of 3), one in ten is 0.
 *
 * <p>One shot per table (single-shot time): suppression is a batch job, and its first run is the
 * one a municipality waits for. Run it as benchmarks/README.md says; {@code ./mvnw verify} never
 * runs it.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class DisclosureBenchmark {

  /** Creates the benchmark; JMH makes the instances. */
  public DisclosureBenchmark() {}

  /** The table to protect. */
  @State(Scope.Benchmark)
  public static class Table {
    /** Approximate number of cells, totals included. */
    @Param({"1000", "10000", "100000"})
    public int cells;

    /** The synthetic table. */
    StatisticalTable table;

    /** Creates the state; JMH makes the instances. */
    public Table() {}

    /** Builds the table once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
      table = table(cells, new Random(17));
    }
  }

  /**
   * Primary and secondary suppression and the final audit, with the default policy (every
   * attacker model).
   *
   * @param state the table
   * @return the published table
   */
  @Benchmark
  public PublishedTable protect(Table state) {
    return DisclosureControl.with(DisclosurePolicy.defaults()).protect(state.table);
  }

  /**
   * A synthetic municipal table of about the given size.
   *
   * @param cells 1000, 10000 or 100000
   * @param random the source of counts
   * @return the table
   */
  static StatisticalTable table(int cells, Random random) {
    List<Dimension> dimensions = new ArrayList<>();
    switch (cells) {
      case 1000:
        dimensions.add(organisation(4, 4));
        dimensions.add(flat("alder", 6));
        dimensions.add(flat("stilling", 6));
        break;
      case 10000:
        dimensions.add(organisation(8, 6));
        dimensions.add(flat("alder", 10));
        dimensions.add(flat("stilling", 15));
        break;
      case 100000:
        dimensions.add(organisation(10, 8));
        dimensions.add(flat("alder", 10));
        dimensions.add(flat("stilling", 32));
        dimensions.add(flat("køn", 2));
        break;
      default:
        throw new IllegalArgumentException("no table of " + cells + " cells");
    }
    TableStructure shape = TableStructure.of(dimensions);
    StatisticalTable.Builder builder = StatisticalTable.counts(shape);
    for (CellKey cell : shape.cells()) {
      if (shape.isTotal(cell)) {
        continue;
      }
      int draw = random.nextInt(100);
      builder.count(cell, draw < 10 ? 0 : draw < 26 ? 1 + random.nextInt(2) : 3 + random.nextInt(40));
    }
    return builder.build();
  }

  private static Dimension organisation(int administrations, int unitsEach) {
    Map<String, List<String>> children = new LinkedHashMap<>();
    List<String> top = new ArrayList<>();
    for (int a = 1; a <= administrations; a++) {
      String administration = "Forvaltning " + a;
      top.add(administration);
      List<String> units = new ArrayList<>();
      for (int u = 1; u <= unitsEach; u++) {
        units.add("Enhed " + a + "." + u);
      }
      children.put(administration, units);
    }
    children.put("Kommunen", top);
    return Dimension.tree("enhed", "Kommunen", children);
  }

  private static Dimension flat(String name, int categories) {
    List<String> codes = new ArrayList<>();
    for (int i = 1; i <= categories; i++) {
      codes.add(name + " " + i);
    }
    return Dimension.of(name, "I alt", codes);
  }
}
