package dk.datainformed.connector.testkit;

import dk.datainformed.connector.api.CheckResult;
import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.ConfigSpec;
import dk.datainformed.connector.api.ConfigType;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorConfig;
import dk.datainformed.connector.api.ConnectorProvider;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.connector.api.StreamDescriptor;
import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A connector over generated rows, for testing the kit: correct by default, with switches that
 * plant the bugs the kit must catch.
 */
final class CountingConnector implements Connector {

  static final Schema SCHEMA = Schema.of(Field.required("n", FieldType.INTEGER), Field.required("label", FieldType.TEXT));

  static final List<String> BUGS =
      List.of("none", "duplicate_on_resume", "lose_on_resume", "no_checkpoints", "silent_drop", "throwing_check",
          "wrong_schema");

  private final long rows;
  private final long every;
  private final boolean reachable;
  private final long malformedAt;
  private final String bug;

  private CountingConnector(ConnectorConfig config) {
    this.rows = config.integer("rows");
    this.every = config.integer("checkpoint_every");
    this.reachable = config.bool("reachable");
    this.malformedAt = config.integer("malformed_at");
    this.bug = config.text("bug");
  }

  /** The provider, registered for ServiceLoader in the test resources. */
  public static final class Provider implements ConnectorProvider {
    /** For ServiceLoader. */
    public Provider() {}

    @Override
    public String name() {
      return "counting";
    }

    @Override
    public String description() {
      return "Generated rows in two streams, for testing the contract test kit";
    }

    @Override
    public ConfigSpec configSpec() {
      return ConfigSpec.builder("counting")
          .required("rows", ConfigType.INTEGER, "Rows per stream")
          .optional("checkpoint_every", ConfigType.INTEGER, "3", "Rows between checkpoints")
          .optional("reachable", ConfigType.BOOLEAN, "true", "Whether check passes")
          .optional("malformed_at", ConfigType.INTEGER, "-1", "A row that cannot be read, or -1")
          .choice("bug", BUGS, "none", "A planted bug")
          .build();
    }

    @Override
    public Connector open(ConnectorConfig config) {
      return new CountingConnector(config);
    }
  }

  @Override
  public CheckResult check() {
    if (bug.equals("throwing_check") && !reachable) {
      throw new IllegalStateException("boom");
    }
    return reachable ? CheckResult.passed("generated rows are always there") : CheckResult.failed("the source is switched off: set reachable=true");
  }

  @Override
  public List<StreamDescriptor> discover() {
    return List.of(stream("a"), stream("b"));
  }

  private static StreamDescriptor stream(String name) {
    return new StreamDescriptor(name, SCHEMA, List.of("n"), Optional.of("n"), "rows " + name);
  }

  @Override
  public Stream<ReadEvent> read(ReadRequest request) {
    List<ReadEvent> events = new ArrayList<>();
    for (StreamDescriptor stream : discover()) {
      if (!request.includes(stream.name())) {
        continue;
      }
      long next = request.state().checkpoint(stream.name()).map(c -> Long.parseLong(c.get("next"))).orElse(0L);
      if (next > 0 && bug.equals("duplicate_on_resume")) {
        next--;
      }
      if (next > 0 && bug.equals("lose_on_resume")) {
        next++;
      }
      for (long n = next; n < rows; n++) {
        if (n == malformedAt) {
          if (!bug.equals("silent_drop")) {
            events.add(new ReadEvent.Malformed(stream.name(), "row " + n, "row " + n + " is broken", "broken"));
          }
        } else {
          Schema schema = bug.equals("wrong_schema") ? Schema.of(Field.required("n", FieldType.INTEGER)) : SCHEMA;
          Record record = bug.equals("wrong_schema") ? Record.of(schema, n) : Record.of(schema, n, stream.name() + n);
          events.add(new ReadEvent.Read(stream.name(), record));
        }
        if (!bug.equals("no_checkpoints") && ((n + 1) % every == 0 || n + 1 == rows)) {
          events.add(new ReadEvent.Checkpointed(new Checkpoint(stream.name(), Map.of("next", Long.toString(n + 1)))));
        }
      }
    }
    return events.stream();
  }

  @Override
  public void close() {}
}
