package dk.datainformed.privacy.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.data.Offset;

/**
 * The audit solves the intruder's programs block by block; the test's intruder solves one program
 * over the whole table. For random suppression patterns they must give every suppressed cell the
 * same interval.
 */
class BlockAuditProperties {

  @Property(tries = 60)
  void blocksGiveTheIntervalsOfTheWholeProgram(
      @ForAll @IntRange(min = 2, max = 4) int rows,
      @ForAll @IntRange(min = 2, max = 5) int columns,
      @ForAll long seed) {
    Random random = new Random(seed);
    TableStructure shape = Tables.grid(rows, columns);
    StatisticalTable.Builder builder = StatisticalTable.magnitudes(shape);
    Map<CellKey, SuppressionReason> hidden = new LinkedHashMap<>();
    for (CellKey cell : shape.cells()) {
      if (!shape.isTotal(cell)) {
        builder.contributions(cell, 1 + random.nextInt(50), random.nextInt(30));
      }
      if (random.nextInt(3) == 0) {
        hidden.put(cell, SuppressionReason.UNSPECIFIED);
      }
    }
    StatisticalTable table = builder.build();
    PublishedTable published = Tables.publish(table, hidden);

    AuditReport report = DisclosureAudit.audit(published, DisclosurePolicy.defaults());

    List<CellInterval> intervals = report.intervals();
    assertThat(intervals).hasSize(hidden.size());
    for (CellInterval interval : intervals) {
      double[] whole = IntegerAttacker.of(published).interval(interval.cell());
      assertThat(interval.lower()).as("lower end of %s", interval.cell()).isCloseTo(whole[0], within(whole[0]));
      assertThat(interval.upper()).as("upper end of %s", interval.cell()).isCloseTo(whole[1], within(whole[1]));
    }
  }

  private static Offset<Double> within(double value) {
    return Offset.offset(1e-6 * Math.max(1, Math.abs(value)));
  }
}
