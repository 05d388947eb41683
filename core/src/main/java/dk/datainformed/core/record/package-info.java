/**
 * The record and schema model: connectors emit {@link dk.datainformed.core.record.Record}s that fit
 * a {@link dk.datainformed.core.record.Schema}, and the KPI engine reads them field by field.
 *
 * <p>A schema is an ordered list of named, typed {@link dk.datainformed.core.record.Field}s that
 * round-trips to JSON. Records are immutable rows stored without an object per number, read by
 * field index with typed accessors, and built row after row by a reusable {@link
 * dk.datainformed.core.record.RecordBuilder}. A value that does not fit its field is a {@link
 * dk.datainformed.core.record.SchemaViolationException}, with identifier values masked.
 *
 * <pre>{@code
 * Schema schema = Schema.of(
 *     Field.required("unit", FieldType.CATEGORY),
 *     Field.required("period", FieldType.PERIOD),
 *     Field.nullable("absence_days", FieldType.DECIMAL));
 * Record r = Record.builder(schema)
 *     .setText(0, "0042").setPeriod(1, Period.parse("2024K1")).setDouble(2, 3.5)
 *     .build();
 * double days = r.getDouble(schema.indexOf("absence_days"));
 * }</pre>
 */
package dk.datainformed.core.record;
