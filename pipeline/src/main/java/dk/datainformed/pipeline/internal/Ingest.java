package dk.datainformed.pipeline.internal;

import dk.datainformed.connector.api.CheckResult;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorState;
import dk.datainformed.connector.api.Connectors;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.connector.api.StreamDescriptor;
import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.RecordBuilder;
import dk.datainformed.core.record.Schema;
import dk.datainformed.pipeline.PersonField;
import dk.datainformed.pipeline.PipelineException;
import dk.datainformed.pipeline.RunReport;
import dk.datainformed.pipeline.SourceDeclaration;
import dk.datainformed.privacy.pseudonym.Pseudonymiser;
import dk.datainformed.privacy.pseudonym.RecordPseudonymiser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Reads one source: through its connector, every declared CPR field replaced by its pseudonym (by
 * privacy's {@link RecordPseudonymiser}) before the record leaves this class, cut to the KPI source
 * dataset's fields. A CPR field is declared {@code cpr} in the source's schema, so the connector
 * checks every value and reports a bad one with its position; rows the connector could not read are
 * kept with their position, never dropped.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Ingest {

  /** What one source gave. */
  public record Result(List<Record> records, RunReport.SourceRead read, List<ReadEvent.Malformed> rejectedRows) {}

  private Ingest() {}

  /**
   * Reads a source.
   *
   * @param source the declaration
   * @param dataset the schema the KPIs read the source's records with
   * @param pseudonymiser the pseudonymiser for the source's domain, when it has person fields
   * @return the records and what was read
   * @throws PipelineException when the connector cannot be opened or reached, or a declared field
   *     is missing from the source
   */
  public static Result read(SourceDeclaration source, Schema dataset, Optional<Pseudonymiser> pseudonymiser) {
    List<Record> records = new ArrayList<>();
    List<ReadEvent.Malformed> rejected = new ArrayList<>();
    ConnectorState state = ConnectorState.empty();
    try (Connector connector = Connectors.open(source.connector(), source.settings())) {
      CheckResult check = connector.check();
      if (!check.ok()) {
        throw new PipelineException(
            "Source '" + source.id() + "' cannot be read by connector '" + source.connector() + "': "
                + check.message());
      }
      for (StreamDescriptor stream : connector.discover()) {
        checkPersonFields(source, stream.schema());
      }
      try (Stream<ReadEvent> events = connector.read(ReadRequest.all())) {
        Mapping mapping = null;
        RecordBuilder builder = Record.builder(dataset);
        for (ReadEvent event : (Iterable<ReadEvent>) events::iterator) {
          if (event instanceof ReadEvent.Malformed bad) {
            rejected.add(bad);
          } else if (event instanceof ReadEvent.Checkpointed reached) {
            state = state.with(reached.checkpoint());
          } else if (event instanceof ReadEvent.Read read) {
            Record row = read.record();
            if (mapping == null || mapping.from != row.schema()) {
              checkPersonFields(source, row.schema());
              mapping = Mapping.of(source, row.schema(), dataset, pseudonymiser);
            }
            records.add(mapping.copy(row, builder));
          }
        }
      }
    }
    List<RunReport.RejectedRow> rows = new ArrayList<>();
    for (ReadEvent.Malformed bad : rejected) {
      rows.add(new RunReport.RejectedRow(bad.position(), bad.reason()));
    }
    List<String> pseudonymised = new ArrayList<>();
    for (PersonField f : source.personFields()) {
      pseudonymised.add(f.field() + " -> " + f.as());
    }
    return new Result(
        List.copyOf(records),
        new RunReport.SourceRead(source.id(), source.connector(), records.size(), pseudonymised, rows, state),
        List.copyOf(rejected));
  }

  /**
   * Refuses a source whose CPR fields and declared person fields differ: every declared field must
   * be of type {@code cpr} (so the connector validates it and reports a bad value with its line),
   * and every {@code cpr} field must be declared (so none reaches the engine unpseudonymised).
   */
  private static void checkPersonFields(SourceDeclaration source, Schema schema) {
    String where = source.origin().map(o -> o + ": ").orElse("");
    Set<String> declared = new TreeSet<>();
    for (PersonField f : source.personFields()) {
      declared.add(f.field());
      OptionalInt index = schema.findIndex(f.field());
      if (index.isPresent() && schema.field(index.getAsInt()).type() != FieldType.CPR) {
        throw new PipelineException(
            where + "source '" + source.id() + "' declares '" + CprDetector.mask(f.field()) + "' a person field,"
                + " but its schema gives it the type " + schema.field(index.getAsInt()).type().name()
                    .toLowerCase(Locale.ROOT)
                + ": declare it \"type\": \"cpr\" in the schema, so that every value is checked as a CPR"
                + " number as it is read");
      }
    }
    for (Field f : schema.fields()) {
      if (f.type() == FieldType.CPR && !declared.contains(f.name())) {
        throw new PipelineException(
            where + "source '" + source.id() + "' has the CPR field '" + CprDetector.mask(f.name()) + "', which"
                + " the pipeline does not pseudonymise: add it under 'pseudonymise: fields', e.g."
                + " {field: " + CprDetector.mask(f.name()) + ", as: person}, or leave it out of the schema");
      }
    }
  }

  /** Where each dataset field comes from in the pseudonymised records, and how they are pseudonymised. */
  private static final class Mapping {
    private final Schema from;
    private final Optional<RecordPseudonymiser> pseudonymiser;
    private final int[] index;

    private Mapping(Schema from, Optional<RecordPseudonymiser> pseudonymiser, int[] index) {
      this.from = from;
      this.pseudonymiser = pseudonymiser;
      this.index = index;
    }

    static Mapping of(
        SourceDeclaration source, Schema from, Schema dataset, Optional<Pseudonymiser> pseudonymiser) {
      int[] index = new int[dataset.size()];
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < dataset.size(); i++) {
        String name = dataset.field(i).name();
        String sourceName = name;
        for (PersonField f : source.personFields()) {
          if (f.as().equals(name)) {
            sourceName = f.field();
          }
        }
        index[i] = from.findIndex(sourceName).orElse(-1);
        if (index[i] < 0) {
          missing.add(CprDetector.mask(sourceName));
        }
      }
      for (PersonField f : source.personFields()) {
        if (from.findIndex(f.field()).isEmpty() && !missing.contains(CprDetector.mask(f.field()))) {
          missing.add(CprDetector.mask(f.field()));
        }
      }
      if (!missing.isEmpty()) {
        List<String> names = new ArrayList<>();
        for (Field f : from.fields()) {
          names.add(CprDetector.mask(f.name()));
        }
        throw new PipelineException(
            source.origin().map(o -> o + ": ").orElse("") + "source '" + source.id() + "' has no field "
                + missing + "; it has " + names
                + ". Declare the fields the KPI source dataset needs in the connector's schema");
      }
      return new Mapping(from, pseudonymiser.map(p -> RecordPseudonymiser.of(p, from)), index);
    }

    Record copy(Record row, RecordBuilder builder) {
      Record safe = pseudonymiser.isPresent() ? pseudonymiser.get().pseudonymise(row) : row;
      builder.clear();
      for (int i = 0; i < index.length; i++) {
        builder.set(i, safe.value(index[i]).orElse(null));
      }
      return builder.build();
    }
  }
}
