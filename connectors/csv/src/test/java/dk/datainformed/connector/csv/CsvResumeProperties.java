package dk.datainformed.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorState;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.core.record.Record;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of reading and resuming, over random Danish-profile files: quoted separators and line
 * breaks, Windows-1252 or UTF-8 with or without a byte order mark, CRLF or LF, and bad rows.
 */
class CsvResumeProperties {

  private static final String SCHEMA = "{\"fields\":["
      + "{\"name\":\"id\",\"type\":\"integer\",\"nullable\":false},"
      + "{\"name\":\"note\",\"type\":\"text\",\"nullable\":false},"
      + "{\"name\":\"timer\",\"type\":\"decimal\",\"nullable\":true}]}";

  /** One generated row: good, or bad in one of two ways. */
  record Row(long id, String note, long hundredths, int badness) {

    String csv(String newline) {
      String id = badness == 1 ? "x" + this.id : Long.toString(this.id);
      String hours = String.format("%d,%02d", hundredths / 100, hundredths % 100);
      String line = id + ";" + quote(note) + (badness == 2 ? "" : ";" + hours);
      return line + newline;
    }

    boolean good() {
      return badness == 0;
    }

    private static String quote(String text) {
      boolean needs = text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r");
      return needs ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
  }

  /** One generated file. */
  record CsvFileSpec(List<Row> rows, int encoding, boolean crlf) { }

  @Provide
  Arbitrary<List<CsvFileSpec>> files() {
    Arbitrary<String> notes = Arbitraries.strings()
        .withChars("abcæøåÆØÅ ;\"\n,.-")
        .ofMinLength(1).ofMaxLength(12)
        .filter(s -> !s.isBlank() && s.strip().equals(s));
    Arbitrary<Row> rows = Combinators.combine(
            Arbitraries.longs().between(-1000, 100_000),
            notes,
            Arbitraries.longs().between(0, 1_000_000),
            Arbitraries.frequency(List.of(
                net.jqwik.api.Tuple.of(12, 0), net.jqwik.api.Tuple.of(1, 1), net.jqwik.api.Tuple.of(1, 2))))
        .as(Row::new);
    Arbitrary<CsvFileSpec> file = Combinators.combine(
            rows.list().ofMaxSize(25), Arbitraries.integers().between(0, 2), Arbitraries.of(true, false))
        .as(CsvFileSpec::new);
    return file.list().ofMinSize(1).ofMaxSize(3);
  }

  @Property(tries = 60)
  void aFullReadDeliversEveryGoodRowAndReportsEveryBadOne(
      @ForAll("files") List<CsvFileSpec> files, @ForAll @IntRange(min = 1, max = 7) int every) {
    Path folder = writeAll(files);
    try (Connector csv = CsvFixtures.open(folder, "schema", SCHEMA, "on_error", "report",
        "checkpoint_every", Integer.toString(every))) {
      List<ReadEvent> events = CsvFixtures.readAll(csv);
      List<Row> all = files.stream().flatMap(f -> f.rows().stream()).collect(Collectors.toList());
      List<Row> good = all.stream().filter(Row::good).collect(Collectors.toList());
      List<Record> records = CsvFixtures.records(events);

      assertThat(records).hasSameSizeAs(good);
      for (int i = 0; i < good.size(); i++) {
        assertThat(records.get(i).getLong(0)).isEqualTo(good.get(i).id());
        assertThat(records.get(i).getText(1)).isEqualTo(good.get(i).note());
        assertThat(records.get(i).getDouble(2)).isEqualTo(good.get(i).hundredths() / 100.0);
      }
      assertThat(CsvFixtures.malformed(events)).hasSize(all.size() - good.size());
    } finally {
      delete(folder);
    }
  }

  @Property(tries = 60)
  void resumingFromAnyCheckpointDeliversExactlyTheEventsAfterIt(
      @ForAll("files") List<CsvFileSpec> files, @ForAll @IntRange(min = 1, max = 7) int every) {
    Path folder = writeAll(files);
    try (Connector csv = CsvFixtures.open(folder, "schema", SCHEMA, "on_error", "report",
        "checkpoint_every", Integer.toString(every))) {
      List<ReadEvent> full = CsvFixtures.readAll(csv);
      for (int i = 0; i < full.size(); i++) {
        if (full.get(i) instanceof ReadEvent.Checkpointed c) {
          Checkpoint checkpoint = c.checkpoint();
          List<ReadEvent> resumed = CsvFixtures.readAll(csv, ConnectorState.empty().with(checkpoint));

          assertThat(withoutCheckpoints(resumed))
              .as("resumed from %s", checkpoint.position())
              .isEqualTo(withoutCheckpoints(full.subList(i + 1, full.size())));
        }
      }
    } finally {
      delete(folder);
    }
  }

  @Property(tries = 80)
  void aReadInChunksBySeveralThreadsDeliversWhatOneThreadDelivers(
      @ForAll("files") List<CsvFileSpec> files,
      @ForAll @IntRange(min = 1, max = 7) int every,
      @ForAll @IntRange(min = 2, max = 3) int threads,
      @ForAll @IntRange(min = 1, max = 48) int chunkSize) {
    Path folder = writeAll(files);
    try (Connector one = CsvFixtures.open(folder, "schema", SCHEMA, "on_error", "report",
            "checkpoint_every", Integer.toString(every));
        Connector several = CsvFixtures.open(folder, "schema", SCHEMA, "on_error", "report",
            "checkpoint_every", Integer.toString(every), "threads", Integer.toString(threads),
            "chunk_size", Integer.toString(chunkSize))) {
      List<ReadEvent> sequential = CsvFixtures.readAll(one);
      List<ReadEvent> chunked = CsvFixtures.readAll(several);

      assertThat(withoutCheckpoints(chunked)).isEqualTo(withoutCheckpoints(sequential));
      assertThat(longestRunWithoutCheckpoint(chunked)).isLessThanOrEqualTo(every);
      for (int i = 0; i < chunked.size(); i++) {
        if (chunked.get(i) instanceof ReadEvent.Checkpointed c) {
          List<ReadEvent> resumed = CsvFixtures.readAll(several, ConnectorState.empty().with(c.checkpoint()));

          assertThat(withoutCheckpoints(resumed))
              .as("resumed from %s", c.checkpoint().position())
              .isEqualTo(withoutCheckpoints(chunked.subList(i + 1, chunked.size())));
        }
      }
    } finally {
      delete(folder);
    }
  }

  private static int longestRunWithoutCheckpoint(List<ReadEvent> events) {
    int longest = 0;
    int run = 0;
    for (ReadEvent event : events) {
      run = event instanceof ReadEvent.Checkpointed ? 0 : run + 1;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  private static List<ReadEvent> withoutCheckpoints(List<ReadEvent> events) {
    return events.stream().filter(e -> !(e instanceof ReadEvent.Checkpointed)).collect(Collectors.toList());
  }

  private static Path writeAll(List<CsvFileSpec> files) {
    try {
      Path folder = Files.createTempDirectory("csv-resume");
      for (int f = 0; f < files.size(); f++) {
        CsvFileSpec spec = files.get(f);
        String newline = spec.crlf() ? "\r\n" : "\n";
        StringBuilder text = new StringBuilder("id;note;timer" + newline);
        spec.rows().forEach(row -> text.append(row.csv(newline)));
        String name = "fravaer-" + f + ".csv";
        switch (spec.encoding()) {
          case 0:
            CsvFixtures.write(folder, name, text.toString(), CsvFixtures.WINDOWS_1252);
            break;
          case 1:
            CsvFixtures.writeWithBom(folder, name, text.toString());
            break;
          default:
            CsvFixtures.write(folder, name, text.toString(), StandardCharsets.UTF_8);
            break;
        }
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
