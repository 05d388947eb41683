package dk.datainformed.connector.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.datainformed.connector.api.CheckResult;
import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.ConfigKey;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorConfig;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.ConnectorProvider;
import dk.datainformed.connector.api.ConnectorState;
import dk.datainformed.connector.api.Connectors;
import dk.datainformed.connector.api.InvalidConfigException;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.connector.api.StreamDescriptor;
import dk.datainformed.core.record.Record;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * The contract every connector keeps, as tests that a connector's own test class inherits.
 *
 * <p>Extend it, supply the provider and three configurations, and JUnit runs the contract: the
 * configuration spec is clear, a missing key is named, {@code check} passes on a good source and
 * fails with a message (not an exception) on a bad one, the records read match the discovered
 * schemas, a read resumed from any checkpoint (also after an interruption) delivers exactly the rest,
 * with nothing lost and nothing twice, and bad source data ends in a clear error or a
 * {@link ReadEvent.Malformed} event with its position, never a silent drop.
 *
 * <pre>{@code
 * class PayrollExportContractTest extends ConnectorContractTest {
 *   @TempDir Path folder;
 *
 *   protected ConnectorProvider provider() { return new PayrollExportProvider(); }
 *   protected Map<String, String> validConfig() { return Map.of("path", writeGoodExport(folder)); }
 *   protected Map<String, String> unreachableConfig() { return Map.of("path", "/no/such/folder"); }
 *   protected Map<String, String> malformedConfig() { return Map.of("path", writeBrokenExport(folder)); }
 * }
 * }</pre>
 *
 * <p>The source behind {@link #validConfig()} must hold a few records (a dozen or more makes the
 * resumption checks meaningful) and the connector must emit checkpoints as it reads. Reads must be
 * repeatable: reading the same source twice gives the same records in the same order per stream.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class ConnectorContractTest {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** For subclasses. */
  protected ConnectorContractTest() {}

  /**
   * The provider under test.
   *
   * @return a provider
   */
  protected abstract ConnectorProvider provider();

  /**
   * A configuration for a source that can be reached and read, with records and checkpoints.
   *
   * @return the settings as text
   */
  protected abstract Map<String, String> validConfig();

  /**
   * A configuration that passes the spec but whose source cannot be reached or read (a folder that
   * does not exist, a port where nothing listens, a wrong key).
   *
   * @return the settings as text
   */
  protected abstract Map<String, String> unreachableConfig();

  /**
   * A configuration for a source that holds data the connector cannot read (a broken row, malformed
   * JSON), set to report or to stop as the connector allows.
   *
   * @return the settings as text
   */
  protected abstract Map<String, String> malformedConfig();

  /**
   * How many checkpoints, spread over a full read, the resumption tests try. More is slower and
   * more thorough.
   *
   * @return at least 1; 25 by default
   */
  protected int resumptionPoints() {
    return 25;
  }

  // ---- configuration -------------------------------------------------------------------------

  @Test
  void providerHasANameAndADescription() {
    ConnectorProvider provider = provider();
    assertTrue(NAME.matcher(provider.name()).matches(),
        "a connector's name is lower case words joined by '-', e.g. 'payroll-export', not '" + provider.name() + "'");
    assertFalse(provider.description().isBlank(), "a connector needs a description");
    assertEquals(provider.name(), provider.configSpec().connector(),
        "the config spec should carry the connector's name, so its messages name the connector");
  }

  @Test
  void providerIsFoundByServiceLoader() {
    ConnectorProvider found = Connectors.providers().get(provider().name());
    assertNotNull(found, "ServiceLoader did not find connector '" + provider().name()
        + "': declare it with 'provides dk.datainformed.connector.api.ConnectorProvider with ...' in module-info.java"
        + " and in META-INF/services/dk.datainformed.connector.api.ConnectorProvider");
    assertEquals(provider().getClass(), found.getClass());
  }

  @Test
  void validConfigPassesTheSpec() {
    assertDoesNotThrow(() -> provider().configSpec().validate(validConfig()));
  }

  @Test
  void aMissingRequiredKeyIsNamed() {
    for (ConfigKey key : provider().configSpec().keys()) {
      if (!key.required()) {
        continue;
      }
      Map<String, String> settings = new HashMap<>(validConfig());
      settings.remove(key.name());
      InvalidConfigException e =
          assertThrows(InvalidConfigException.class, () -> provider().configSpec().validate(settings),
              "leaving out required key '" + key.name() + "' must fail validation");
      assertTrue(e.getMessage().contains(key.name()), "the message must name '" + key.name() + "': " + e.getMessage());
    }
  }

  @Test
  void anUnknownKeyIsNamed() {
    Map<String, String> settings = new HashMap<>(validConfig());
    settings.put("no_such_key_in_any_connector", "x");
    InvalidConfigException e =
        assertThrows(InvalidConfigException.class, () -> provider().configSpec().validate(settings));
    assertTrue(e.getMessage().contains("no_such_key_in_any_connector"), e.getMessage());
  }

  @Test
  void secretsNeverShowInTheConfiguration() {
    ConnectorConfig config = provider().configSpec().validate(validConfig());
    for (ConfigKey key : provider().configSpec().keys()) {
      String value = validConfig().get(key.name());
      if (key.secret() && value != null) {
        assertFalse(config.toString().contains(value), "secret '" + key.name() + "' shows in the configuration's toString");
      }
    }
  }

  // ---- check and discover ------------------------------------------------------------------

  @Test
  void checkPassesOnAReachableSource() {
    try (Connector connector = open(validConfig())) {
      CheckResult result = connector.check();
      assertTrue(result.ok(), "check failed on the valid configuration: " + result.message());
    }
  }

  @Test
  void checkFailsClearlyOnAnUnreachableSource() {
    try (Connector connector = open(unreachableConfig())) {
      CheckResult result = assertDoesNotThrow(connector::check, "check must report a failure, not throw it");
      assertFalse(result.ok(), "check passed on the unreachable configuration");
      assertTrue(result.message().length() >= 10, "say what failed and what to do, not '" + result.message() + "'");
    }
  }

  @Test
  void streamsHaveUniqueNames() {
    try (Connector connector = open(validConfig())) {
      List<StreamDescriptor> streams = connector.discover();
      assertFalse(streams.isEmpty(), "discover found no streams");
      Set<String> names = new TreeSet<>();
      for (StreamDescriptor stream : streams) {
        assertTrue(names.add(stream.name()), "two streams are named '" + stream.name() + "'");
      }
    }
  }

  // ---- read ---------------------------------------------------------------------------------

  @Test
  void recordsMatchTheDiscoveredSchemas() {
    try (Connector connector = open(validConfig())) {
      Map<String, StreamDescriptor> streams = byName(connector.discover());
      List<ReadEvent> events = readAll(connector, ReadRequest.all());
      long records = 0;
      for (ReadEvent event : events) {
        StreamDescriptor stream = streams.get(event.stream());
        assertNotNull(stream, "an event of stream '" + event.stream() + "', which discover did not offer");
        if (event instanceof ReadEvent.Read) {
          records++;
          Record record = ((ReadEvent.Read) event).record();
          assertEquals(stream.schema(), record.schema(), "a record of stream '" + stream.name() + "' has another schema");
          for (String key : stream.primaryKey()) {
            assertFalse(record.isNull(record.schema().indexOf(key)),
                "primary key field '" + key + "' is empty in a record of stream '" + stream.name() + "'");
          }
        }
      }
      assertTrue(records > 0, "the valid source gave no records: the contract cannot be checked");
    }
  }

  @Test
  void onlyRequestedStreamsAreRead() {
    try (Connector connector = open(validConfig())) {
      String first = connector.discover().get(0).name();
      for (ReadEvent event : readAll(connector, ReadRequest.streams(first))) {
        assertEquals(first, event.stream(), "asked for stream '" + first + "' only");
      }
    }
  }

  @Test
  void aFullReadEndsWithCheckpointsAfterItsLastRecords() {
    try (Connector connector = open(validConfig())) {
      List<ReadEvent> events = readAll(connector, ReadRequest.all());
      assertTrue(events.stream().anyMatch(e -> e instanceof ReadEvent.Checkpointed),
          "a read must emit checkpoints so that it can be resumed");
      ConnectorState end = stateAfter(events, events.size());
      List<ReadEvent> again = readAll(connector, ReadRequest.all().from(end));
      assertEquals(List.of(), recordsByStream(again).values().stream().flatMap(List::stream).collect(Collectors.toList()),
          "a read from the final state must deliver no records: they were all delivered before");
    }
  }

  @Test
  void readsAreRepeatable() {
    try (Connector connector = open(validConfig())) {
      assertEquals(recordsByStream(readAll(connector, ReadRequest.all())), recordsByStream(readAll(connector, ReadRequest.all())),
          "two reads of the same source must give the same records in the same order per stream");
    }
  }

  @Test
  void resumingFromACheckpointDeliversExactlyTheRest() {
    try (Connector connector = open(validConfig())) {
      List<ReadEvent> full = readAll(connector, ReadRequest.all());
      for (int at : checkpointIndexes(full)) {
        ConnectorState state = stateAfter(full, at + 1);
        Map<String, List<Record>> expected = recordsAfter(full, at + 1);
        Map<String, List<Record>> resumed = recordsByStream(readAll(connector, ReadRequest.all().from(state)));
        assertSameRecords(expected, resumed, "resuming from the checkpoint at event " + at);
      }
    }
  }

  @Test
  void anInterruptedReadResumesWithoutLossOrDuplicates() {
    try (Connector connector = open(validConfig())) {
      Map<String, List<Record>> everything = recordsByStream(readAll(connector, ReadRequest.all()));
      int total = readAll(connector, ReadRequest.all()).size();
      for (int stopAfter : spread(total, resumptionPoints())) {
        Map<String, List<Record>> delivered = new LinkedHashMap<>();
        ConnectorState state = ConnectorState.empty();
        Map<String, Integer> committed = new HashMap<>();
        try (Stream<ReadEvent> events = connector.read(ReadRequest.all())) {
          Iterator<ReadEvent> it = events.iterator();
          for (int i = 0; i < stopAfter && it.hasNext(); i++) {
            ReadEvent event = it.next();
            if (event instanceof ReadEvent.Read) {
              delivered.computeIfAbsent(event.stream(), s -> new ArrayList<>()).add(((ReadEvent.Read) event).record());
            } else if (event instanceof ReadEvent.Checkpointed) {
              state = state.with(((ReadEvent.Checkpointed) event).checkpoint());
              committed.put(event.stream(), delivered.getOrDefault(event.stream(), List.of()).size());
            }
          }
        }
        // What a careful application keeps: the records up to each stream's last checkpoint.
        Map<String, List<Record>> kept = new LinkedHashMap<>();
        delivered.forEach((stream, records) -> kept.put(stream, new ArrayList<>(records.subList(0, committed.getOrDefault(stream, 0)))));
        for (ReadEvent event : readAll(connector, ReadRequest.all().from(state))) {
          if (event instanceof ReadEvent.Read) {
            kept.computeIfAbsent(event.stream(), s -> new ArrayList<>()).add(((ReadEvent.Read) event).record());
          }
        }
        assertSameRecords(everything, kept, "stopping after " + stopAfter + " events and resuming");
      }
    }
  }

  // ---- bad data --------------------------------------------------------------------------------

  @Test
  void malformedDataEndsInAClearErrorOrAMalformedEvent() {
    try (Connector connector = open(malformedConfig())) {
      List<ReadEvent.Malformed> reported = new ArrayList<>();
      try {
        for (ReadEvent event : readAll(connector, ReadRequest.all())) {
          if (event instanceof ReadEvent.Malformed) {
            reported.add((ReadEvent.Malformed) event);
          }
        }
      } catch (ConnectorException e) {
        assertTrue(e.getMessage() != null && e.getMessage().length() >= 10, "say what was wrong and where: " + e.getMessage());
        return;
      }
      if (reported.isEmpty()) {
        fail("the malformed source was read without an error and without a Malformed event: bad data was dropped silently");
      }
      for (ReadEvent.Malformed bad : reported) {
        assertFalse(bad.position().isBlank(), "a Malformed event must say where the bad data is");
        assertFalse(bad.reason().isBlank(), "a Malformed event must say what is wrong");
      }
    }
  }

  @Test
  void closingTwiceIsHarmless() {
    Connector connector = open(validConfig());
    connector.close();
    assertDoesNotThrow(connector::close);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private Connector open(Map<String, String> settings) {
    ConnectorProvider provider = provider();
    return provider.open(provider.configSpec().validate(settings));
  }

  private static Map<String, StreamDescriptor> byName(List<StreamDescriptor> streams) {
    return streams.stream().collect(Collectors.toMap(StreamDescriptor::name, Function.identity()));
  }

  private static List<ReadEvent> readAll(Connector connector, ReadRequest request) {
    try (Stream<ReadEvent> events = connector.read(request)) {
      return events.collect(Collectors.toList());
    }
  }

  private static ConnectorState stateAfter(List<ReadEvent> events, int count) {
    ConnectorState state = ConnectorState.empty();
    for (ReadEvent event : events.subList(0, count)) {
      if (event instanceof ReadEvent.Checkpointed) {
        Checkpoint checkpoint = ((ReadEvent.Checkpointed) event).checkpoint();
        state = state.with(checkpoint);
      }
    }
    return state;
  }

  /** Per stream, the records of a full read after that stream's last checkpoint among the first {@code count} events. */
  private static Map<String, List<Record>> recordsAfter(List<ReadEvent> full, int count) {
    Map<String, Integer> lastCheckpoint = new HashMap<>();
    for (int i = 0; i < count; i++) {
      if (full.get(i) instanceof ReadEvent.Checkpointed) {
        lastCheckpoint.put(full.get(i).stream(), i);
      }
    }
    Map<String, List<Record>> after = new LinkedHashMap<>();
    for (int i = 0; i < full.size(); i++) {
      ReadEvent event = full.get(i);
      if (event instanceof ReadEvent.Read && i > lastCheckpoint.getOrDefault(event.stream(), -1)) {
        after.computeIfAbsent(event.stream(), s -> new ArrayList<>()).add(((ReadEvent.Read) event).record());
      }
    }
    return after;
  }

  private static Map<String, List<Record>> recordsByStream(List<ReadEvent> events) {
    Map<String, List<Record>> byStream = new LinkedHashMap<>();
    for (ReadEvent event : events) {
      if (event instanceof ReadEvent.Read) {
        byStream.computeIfAbsent(event.stream(), s -> new ArrayList<>()).add(((ReadEvent.Read) event).record());
      }
    }
    return byStream;
  }

  private List<Integer> checkpointIndexes(List<ReadEvent> events) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) instanceof ReadEvent.Checkpointed) {
        all.add(i);
      }
    }
    List<Integer> chosen = new ArrayList<>();
    for (int k : spread(all.size(), resumptionPoints())) {
      chosen.add(all.get(k));
    }
    return chosen;
  }

  /** Up to {@code points} indexes spread evenly over 0..size-1, both ends included. */
  private static List<Integer> spread(int size, int points) {
    if (points < 1) {
      throw new IllegalArgumentException("resumptionPoints() (" + points + ") must be at least 1");
    }
    Set<Integer> chosen = new TreeSet<>();
    for (int k = 0; k < Math.min(size, points); k++) {
      chosen.add(points == 1 || size == 1 ? 0 : (int) ((long) k * (size - 1) / (Math.min(size, points) - 1)));
    }
    return new ArrayList<>(chosen);
  }

  private static void assertSameRecords(Map<String, List<Record>> expected, Map<String, List<Record>> actual, String when) {
    Set<String> streams = new TreeSet<>(expected.keySet());
    streams.addAll(actual.keySet());
    for (String stream : streams) {
      List<Record> want = expected.getOrDefault(stream, List.of());
      List<Record> got = actual.getOrDefault(stream, List.of());
      if (!want.equals(got)) {
        int missing = (int) want.stream().filter(r -> !got.contains(r)).count();
        int extra = got.size() - (want.size() - missing);
        fail(when + ", stream '" + stream + "' delivered " + got.size() + " records where " + want.size()
            + " were expected (" + missing + " lost, " + Math.max(0, extra) + " extra or repeated, or the order differs)");
      }
    }
  }
}
