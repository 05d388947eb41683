package dk.datainformed.benchmarks;

import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.Connectors;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.core.record.Record;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Megabytes per second of Danish-profile CSV read into typed records on one thread: the csv
 * connector beside a plain loop over Jackson's streaming CSV parser that parses the same fields by
 * hand.
 *
 * <p>The file (written once per fork in {@code @Setup}, fixed seed, {@code rows} rows; the default 1
 * million rows are about 67 MB) is {@link AbsenceDayCsv}'s: {@code ;}, decimal comma, {@code
 * dd-MM-yyyy}, UTF-8 with a byte order mark. One operation reads the whole file and adds up a
 * decimal column and the days, so that every record is used.
 *
 * <ul>
 *   <li>{@code connector}: {@code Connectors.open("csv", ...)} with the declared schema, {@code
 *       read(ReadRequest.all())}, every {@link ReadEvent.Read}'s record (typed: a date, categories,
 *       an identifier, decimals);
 *   <li>{@code jacksonLoop}: {@link CsvMapper} with {@code ;}, each row's cells as strings, then
 *       {@link LocalDate#parse} and {@link Double#parseDouble} after replacing the comma, into a Java
 *       record of the same eight fields: what code written without the library usually does.
 * </ul>
 *
 * <p>The score is files per second; the secondary result {@code megabytes} (an {@link AuxCounters}
 * counter) is the same throughput in MB (10<sup>6</sup> bytes) per second. Before anything is
 * measured, the set-up checks that both read the same number of rows and the same sums, and fails
 * the run if not.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class CsvBenchmark {
  static final long SEED = 20_241_231L;

  /** How many rows the file has; 1 million rows are about 67 MB. */
  @Param("1000000")
  public long rows;

  private Path file;
  private long bytes;
  private Connector connector;
  private ObjectReader jackson;

  /** Creates the benchmark; JMH makes the instances. */
  public CsvBenchmark() {}

  /** What one row of the peer's loop is read into. */
  record AbsenceDay(
      LocalDate day,
      String unit,
      String ageBand,
      String jobFunction,
      String employee,
      double worked,
      double ownIllness,
      double otherAbsence) {}

  /** Bytes read, reported by JMH as a rate beside the score. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Megabytes {
    /** Megabytes (10<sup>6</sup> bytes) read in this iteration; JMH reports it per second. */
    public double megabytes;

    /** Creates the counter; JMH makes the instances. */
    public Megabytes() {}

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      megabytes = 0;
    }
  }

  /** Writes the file, opens both readers and checks that they agree. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = AbsenceDayCsv.write(rows, SEED);
    bytes = Files.size(file);
    connector = Connectors.open("csv", AbsenceDayCsv.connectorSettings(file));
    jackson = CsvMapper.builder().build().reader(CsvSchema.emptySchema().withColumnSeparator(';'));
    double[] ours = readWithConnector();
    double[] peer = readWithJackson();
    if (ours[0] != rows || peer[0] != rows || ours[1] != peer[1] || ours[2] != peer[2]) {
      throw new IllegalStateException(
          "the connector and the Jackson loop disagree on " + file + ": rows, own illness days,"
              + " epoch days " + List.of(ours[0], ours[1], ours[2]) + " against "
              + List.of(peer[0], peer[1], peer[2]) + " (" + rows + " rows written)");
    }
  }

  /** Closes the connector and deletes the file. */
  @TearDown(Level.Trial)
  public void tearDown() {
    if (connector != null) {
      connector.close();
    }
    AbsenceDayCsv.delete(file);
  }

  /**
   * The csv connector.
   *
   * @param counter the megabytes counter
   * @return the sums, so the JIT cannot drop the work
   */
  @Benchmark
  public double[] connector(Megabytes counter) {
    double[] sums = readWithConnector();
    counter.megabytes += bytes / 1e6;
    return sums;
  }

  /**
   * A plain loop over Jackson's CSV parser.
   *
   * @param counter the megabytes counter
   * @return the sums, so the JIT cannot drop the work
   */
  @Benchmark
  public double[] jacksonLoop(Megabytes counter) {
    double[] sums = readWithJackson();
    counter.megabytes += bytes / 1e6;
    return sums;
  }

  /** Rows, own illness days and epoch days, through the connector. */
  private double[] readWithConnector() {
    long count = 0;
    double ownIllness = 0;
    double epochDays = 0;
    try (Stream<ReadEvent> events = connector.read(ReadRequest.all())) {
      Iterator<ReadEvent> it = events.iterator();
      while (it.hasNext()) {
        ReadEvent event = it.next();
        if (event instanceof ReadEvent.Read) {
          Record record = ((ReadEvent.Read) event).record();
          count++;
          ownIllness += record.getDouble(AbsenceDayCsv.OWN_ILLNESS);
          epochDays += record.getEpochDay(AbsenceDayCsv.DAY);
        }
      }
    }
    return new double[] {count, ownIllness, epochDays};
  }

  /** Rows, own illness days and epoch days, through a plain Jackson loop. */
  private double[] readWithJackson() {
    DateTimeFormatter danish = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    String[] cells = new String[AbsenceDayCsv.OTHER_ABSENCE + 1];
    long count = 0;
    double ownIllness = 0;
    double epochDays = 0;
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = jackson.createParser(in)) {
      boolean header = true;
      while (parser.nextToken() == JsonToken.START_ARRAY) {
        int column = 0;
        while (parser.nextToken() == JsonToken.VALUE_STRING) {
          if (column < cells.length) {
            cells[column] = parser.getString();
          }
          column++;
        }
        if (column != cells.length) {
          throw new IllegalStateException("a row of " + column + " cells in " + file);
        }
        if (header) {
          header = false;
          continue;
        }
        AbsenceDay day =
            new AbsenceDay(
                LocalDate.parse(cells[AbsenceDayCsv.DAY], danish),
                cells[AbsenceDayCsv.UNIT],
                cells[AbsenceDayCsv.AGE_BAND],
                cells[AbsenceDayCsv.JOB_FUNCTION],
                cells[AbsenceDayCsv.EMPLOYEE],
                decimal(cells[AbsenceDayCsv.WORKED]),
                decimal(cells[AbsenceDayCsv.OWN_ILLNESS]),
                decimal(cells[AbsenceDayCsv.OTHER_ABSENCE]));
        count++;
        ownIllness += day.ownIllness();
        epochDays += day.day().toEpochDay();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new double[] {count, ownIllness, epochDays};
  }

  private static double decimal(String text) {
    return Double.parseDouble(text.replace(',', '.'));
  }
}
