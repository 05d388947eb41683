package dk.datainformed.kpi.engine.internal;

import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.Schema;
import dk.datainformed.kpi.definition.Aggregation;
import dk.datainformed.kpi.definition.Measure;
import java.util.Arrays;

/**
 * The per-group state of one {@link Measure}: arrays indexed by group id, filled without allocation
 * for counts, sums, means, minima and maxima. Medians and percentiles keep their values, and
 * distinct counts keep (group, value) pairs, so those grow with the data.
 */
final class MeasureAccumulator {
  static final int COUNT = 0;
  static final int DISTINCT = 1;
  static final int SUM = 2;
  static final int ONE_FIELD = 3;

  final Aggregation aggregation;
  final double percentile;
  private final int kind;
  private final RowFilter filter;
  private final int[] fields;
  private final boolean keepValues;
  private final boolean textDistinct;
  final Dictionary distinctValues = new Dictionary();
  final LongSet distinctPairs = new LongSet();

  long[] rows = new long[0];
  long[] values = new long[0];
  double[] sum = new double[0];
  double[] compensation = new double[0];
  double[] min = new double[0];
  double[] max = new double[0];
  double[][] kept = new double[0][];

  MeasureAccumulator(Measure measure, Schema schema) {
    this.aggregation = measure.aggregation();
    this.percentile =
        aggregation == Aggregation.MEDIAN ? 50 : measure.percentile().orElse(Double.NaN);
    this.filter = measure.filter().map(f -> RowFilter.compile(f, schema)).orElse(null);
    this.fields = measure.fields().stream().mapToInt(schema::indexOf).toArray();
    switch (aggregation) {
      case COUNT:
        kind = COUNT;
        break;
      case COUNT_DISTINCT:
        kind = DISTINCT;
        break;
      case SUM:
        kind = SUM;
        break;
      default:
        kind = ONE_FIELD;
    }
    this.keepValues = aggregation == Aggregation.MEDIAN || aggregation == Aggregation.PERCENTILE;
    FieldType type = fields.length == 1 ? schema.field(fields[0]).type() : FieldType.DECIMAL;
    this.textDistinct =
        type == FieldType.TEXT || type == FieldType.CATEGORY || type == FieldType.IDENTIFIER
            || type == FieldType.PSEUDONYM;
  }

  void grow(int capacity) {
    rows = Arrays.copyOf(rows, capacity);
    values = Arrays.copyOf(values, capacity);
    sum = Arrays.copyOf(sum, capacity);
    compensation = Arrays.copyOf(compensation, capacity);
    int old = min.length;
    min = Arrays.copyOf(min, capacity);
    max = Arrays.copyOf(max, capacity);
    Arrays.fill(min, old, capacity, Double.POSITIVE_INFINITY);
    Arrays.fill(max, old, capacity, Double.NEGATIVE_INFINITY);
    if (keepValues) {
      kept = Arrays.copyOf(kept, capacity);
    }
  }

  void add(Record row, int cell) {
    if (filter != null && !filter.test(row)) {
      return;
    }
    rows[cell]++;
    if (kind == SUM) {
      boolean any = false;
      double s = 0;
      for (int f : fields) {
        if (!row.isNull(f)) {
          s += row.getDouble(f);
          any = true;
        }
      }
      if (any) {
        values[cell]++;
        addTo(sum, compensation, cell, s);
      }
    } else if (kind == ONE_FIELD) {
      int f = fields[0];
      if (!row.isNull(f)) {
        double v = row.getDouble(f);
        values[cell]++;
        addTo(sum, compensation, cell, v);
        if (v < min[cell]) {
          min[cell] = v;
        }
        if (v > max[cell]) {
          max[cell] = v;
        }
        if (keepValues) {
          keep(cell, v);
        }
      }
    } else if (kind == DISTINCT) {
      int f = fields[0];
      if (!row.isNull(f)) {
        Object value = textDistinct ? row.getText(f) : row.value(f).orElseThrow();
        values[cell]++;
        distinctPairs.add(((long) cell << 32) | distinctValues.idOf(value));
      }
    }
  }

  private void keep(int cell, double v) {
    double[] k = kept[cell];
    if (k == null) {
      k = new double[9];
      kept[cell] = k;
    }
    int n = (int) k[0];
    if (n + 1 >= k.length) {
      k = Arrays.copyOf(k, k.length * 2);
      kept[cell] = k;
    }
    k[n + 1] = v;
    k[0] = n + 1;
  }

  /** Merges the state of {@code from} in {@code source} into {@code to} of this accumulator. */
  void merge(MeasureAccumulator source, int from, int to) {
    rows[to] += source.rows[from];
    if (kind != DISTINCT) {
      values[to] += source.values[from];
    }
    addTo(sum, compensation, to, source.sum[from]);
    addTo(sum, compensation, to, source.compensation[from]);
    min[to] = Math.min(min[to], source.min[from]);
    max[to] = Math.max(max[to], source.max[from]);
    if (keepValues && source.kept[from] != null) {
      double[] k = source.kept[from];
      for (int i = 1; i <= (int) k[0]; i++) {
        keep(to, k[i]);
      }
    }
  }

  double total(int cell) {
    return sum[cell] + compensation[cell];
  }

  double[] keptValues(int cell) {
    double[] k = kept[cell];
    if (k == null) {
      return new double[0];
    }
    return Arrays.copyOfRange(k, 1, 1 + (int) k[0]);
  }

  /** The parts of a group, for {@link SourceTable}. */
  SourceTable.MeasureParts parts(int cell) {
    double p = keepValues && values[cell] > 0
        ? SourceAggregator.percentile(keptValues(cell), percentile) : Double.NaN;
    return new SourceTable.MeasureParts(rows[cell], values[cell], total(cell), min[cell], max[cell], p);
  }

  boolean isDistinct() {
    return kind == DISTINCT;
  }

  /** Neumaier's compensated sum, so that the total hardly depends on the order of the rows. */
  static void addTo(double[] sum, double[] compensation, int i, double v) {
    double s = sum[i];
    double t = s + v;
    if (Math.abs(s) >= Math.abs(v)) {
      compensation[i] += (s - t) + v;
    } else {
      compensation[i] += (v - t) + s;
    }
    sum[i] = t;
  }
}
