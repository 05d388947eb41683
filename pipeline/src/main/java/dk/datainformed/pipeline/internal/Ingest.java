package dk.datainformed.pipeline.internal;

import dk.datainformed.connector.api.CheckResult;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.Connectors;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.core.InvalidValueException;
import dk.datainformed.core.id.Cpr;
import dk.datainformed.core.id.IdentifierMask;
import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.RecordBuilder;
import dk.datainformed.core.record.Schema;
import dk.datainformed.pipeline.PersonField;
import dk.datainformed.pipeline.PipelineException;
import dk.datainformed.pipeline.RunReport;
import dk.datainformed.pipeline.SourceDeclaration;
import dk.datainformed.privacy.pseudonym.Pseudonymiser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads one source: through its connector, every declared CPR field replaced by its pseudonym before
 * the record leaves this class, cut to the KPI source dataset's fields. Rows the connector could not
 * read, and rows whose CPR field holds no CPR number, are kept with their position, never dropped.
 */
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
    try (Connector connector = Connectors.open(source.connector(), source.settings())) {
      CheckResult check = connector.check();
      if (!check.ok()) {
        throw new PipelineException(
            "Source '" + source.id() + "' cannot be read by connector '" + source.connector() + "': "
                + check.message());
      }
      try (Stream<ReadEvent> events = connector.read(ReadRequest.all())) {
        Mapping mapping = null;
        RecordBuilder builder = Record.builder(dataset);
        long seen = 0;
        for (ReadEvent event : (Iterable<ReadEvent>) events::iterator) {
          if (event instanceof ReadEvent.Malformed bad) {
            rejected.add(bad);
          } else if (event instanceof ReadEvent.Read read) {
            seen++;
            Record row = read.record();
            if (mapping == null || mapping.from != row.schema()) {
              mapping = Mapping.of(source, row.schema(), dataset);
            }
            Optional<String> problem = mapping.copy(row, builder, pseudonymiser);
            if (problem.isPresent()) {
              rejected.add(
                  new ReadEvent.Malformed(
                      read.stream(), read.stream() + ", record " + seen, problem.get(), ""));
            } else {
              records.add(builder.build());
            }
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
        new RunReport.SourceRead(source.id(), source.connector(), records.size(), pseudonymised, rows),
        List.copyOf(rejected));
  }

  /** Where each dataset field comes from in the source's records, and which are pseudonymised. */
  private static final class Mapping {
    private final Schema from;
    private final int[] index;
    private final boolean[] pseudonym;

    private Mapping(Schema from, int[] index, boolean[] pseudonym) {
      this.from = from;
      this.index = index;
      this.pseudonym = pseudonym;
    }

    static Mapping of(SourceDeclaration source, Schema from, Schema dataset) {
      int[] index = new int[dataset.size()];
      boolean[] pseudonym = new boolean[dataset.size()];
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < dataset.size(); i++) {
        String name = dataset.field(i).name();
        String sourceName = name;
        for (PersonField f : source.personFields()) {
          if (f.as().equals(name)) {
            sourceName = f.field();
            pseudonym[i] = true;
          }
        }
        index[i] = from.findIndex(sourceName).orElse(-1);
        if (index[i] < 0) {
          missing.add(sourceName);
        }
      }
      for (PersonField f : source.personFields()) {
        if (from.findIndex(f.field()).isEmpty() && !missing.contains(f.field())) {
          missing.add(f.field());
        }
      }
      if (!missing.isEmpty()) {
        List<String> names = new ArrayList<>();
        for (Field f : from.fields()) {
          names.add(Shown.name(f.name()));
        }
        throw new PipelineException(
            "Source '" + source.id() + "' has no field " + masked(missing) + "; it has " + names
                + ". Declare the fields the KPI source dataset needs in the connector's schema");
      }
      return new Mapping(from, index, pseudonym);
    }

    private static List<String> masked(List<String> names) {
      List<String> out = new ArrayList<>();
      for (String n : names) {
        out.add(Shown.name(n));
      }
      return out;
    }

    Optional<String> copy(Record row, RecordBuilder builder, Optional<Pseudonymiser> pseudonymiser) {
      builder.clear();
      for (int i = 0; i < index.length; i++) {
        Optional<Object> value = row.value(index[i]);
        if (pseudonym[i] && value.isPresent()) {
          Cpr cpr;
          try {
            cpr = Cpr.parse(value.get().toString());
          } catch (InvalidValueException e) {
            return Optional.of(
                "field '" + row.schema().field(index[i]).name() + "' holds no CPR number ("
                    + IdentifierMask.mask(value.get().toString()) + ")");
          }
          builder.set(i, pseudonymiser.orElseThrow().pseudonymise(cpr));
        } else {
          builder.set(i, value.orElse(null));
        }
      }
      return Optional.empty();
    }
  }
}
