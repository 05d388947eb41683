package dk.datainformed.privacy.pseudonym;

import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.RecordBuilder;
import dk.datainformed.core.record.Schema;
import dk.datainformed.privacy.PrivacyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Pseudonymises records at ingest: every {@link FieldType#CPR} field of a schema becomes a {@link
 * FieldType#PSEUDONYM} field of the same name and nullability, holding the number's pseudonym in
 * one domain ({@link Pseudonymiser#pseudonymise(dk.datainformed.core.id.Cpr)}); every other field is
 * copied as it is.
 *
 * <p>Made once per source schema, before the rows flow, then applied row by row:
 *
 * <pre>{@code
 * Schema source = Schema.of(
 *     Field.required("cpr", FieldType.CPR),
 *     Field.required("unit", FieldType.CATEGORY));
 * RecordPseudonymiser ingest = RecordPseudonymiser.of(pseudonymiser, source);
 * ingest.schema();                         // Schema[cpr pseudonym, unit category]
 * Record safe = ingest.pseudonymise(row);  // cpr now holds a pseudonym of 32 characters
 * }</pre>
 *
 * <p>A schema without a {@code cpr} field is pseudonymised to itself: sources without persons can
 * pass through the same step. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RecordPseudonymiser {

  private final Pseudonymiser pseudonymiser;
  private final Schema input;
  private final Schema output;
  private final boolean[] cpr;

  private RecordPseudonymiser(Pseudonymiser pseudonymiser, Schema input) {
    this.pseudonymiser = pseudonymiser;
    this.input = input;
    List<Field> fields = new ArrayList<>(input.size());
    cpr = new boolean[input.size()];
    for (int i = 0; i < input.size(); i++) {
      Field f = input.field(i);
      cpr[i] = f.type() == FieldType.CPR;
      fields.add(cpr[i] ? new Field(f.name(), FieldType.PSEUDONYM, f.nullable()) : f);
    }
    this.output = Schema.of(fields);
  }

  /**
   * The pseudonymiser of records of one schema.
   *
   * @param pseudonymiser the pseudonymiser of the domain the pseudonyms belong to
   * @param schema the schema of the records as read, with its person identifiers as {@code cpr}
   *     fields
   * @return the record pseudonymiser
   */
  public static RecordPseudonymiser of(Pseudonymiser pseudonymiser, Schema schema) {
    Objects.requireNonNull(pseudonymiser, "pseudonymiser");
    Objects.requireNonNull(schema, "schema");
    return new RecordPseudonymiser(pseudonymiser, schema);
  }

  /**
   * The schema of the pseudonymised records: the input's fields in order, each {@code cpr} field
   * turned into a {@code pseudonym} field of the same name and nullability.
   *
   * @return the output schema
   */
  public Schema schema() {
    return output;
  }

  /**
   * The record with each CPR number replaced by its pseudonym.
   *
   * @param record a record of the schema this pseudonymiser was made for
   * @return the record of {@link #schema()}
   * @throws PrivacyException when the record has another schema
   */
  public Record pseudonymise(Record record) {
    Objects.requireNonNull(record, "record");
    if (record.schema() != input && !record.schema().equals(input)) {
      throw new PrivacyException(
          "a record of " + record.schema() + " was given to the pseudonymiser of " + input
              + ": make one RecordPseudonymiser per source schema");
    }
    RecordBuilder builder = Record.builder(output);
    for (int i = 0; i < cpr.length; i++) {
      if (record.isNull(i)) {
        builder.setNull(i);
      } else if (cpr[i]) {
        builder.setText(i, pseudonymiser.pseudonymise(record.getCpr(i)));
      } else {
        builder.set(i, record.value(i).orElseThrow());
      }
    }
    return builder.build();
  }

  /**
   * Shows the domain and the fields it pseudonymises, never key material or values.
   *
   * @return e.g. {@code RecordPseudonymiser[name=dk.test, keyId=k1; cpr]}
   */
  @Override
  public String toString() {
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < cpr.length; i++) {
      if (cpr[i]) {
        fields.append(fields.length() == 0 ? "" : ", ").append(input.field(i).name());
      }
    }
    return "RecordPseudonymiser[name=" + pseudonymiser.domain().name() + ", keyId="
        + pseudonymiser.domain().keyId() + "; " + fields + "]";
  }
}
