package dk.datainformed.kpi.engine.internal;

import dk.datainformed.core.record.Record;
import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.definition.CumulativeKpi;
import dk.datainformed.kpi.definition.DerivedKpi;
import dk.datainformed.kpi.definition.Expression;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.KpiReference;
import dk.datainformed.kpi.definition.PeriodOffset;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.definition.SimpleKpi;
import dk.datainformed.kpi.definition.SourceDataset;
import dk.datainformed.kpi.definition.Window;
import dk.datainformed.kpi.engine.KpiRequest;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.KpiValue;
import dk.datainformed.kpi.engine.MissingReason;
import dk.datainformed.kpi.engine.Point;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.kpi.engine.ValueParts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Computes any KPI: source KPIs through {@link SourceAggregator}, derived KPIs by evaluating their
 * expression on the operands' values group by group and period by period, and cumulative KPIs by
 * accumulating the parts of their base over the window (never by averaging values).
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Evaluator {
  /**
   * Where the parts of a simple or ratio KPI come from: the records of its source summed in this
   * JVM, or a query in an engine that holds them. Derived and cumulative KPIs are evaluated from
   * these tables in Java, whatever engine gave them.
   */
  @FunctionalInterface
  public interface Sources {
    /**
     * The table of one simple or ratio KPI.
     *
     * @param request the request of the KPI, simple or ratio
     * @param window the window of a cumulative KPI over it, if any
     * @return its table, laid out by {@link SourceTable}
     */
    Table table(KpiRequest request, Optional<Window> window);
  }

  private final Optional<KpiCatalog> catalog;
  private final Sources sources;
  private long read;
  private long unplaced;

  /**
   * Prepares an evaluation over records in this JVM.
   *
   * @param catalog the catalog that resolves operands, if any
   * @param records the records of each source
   */
  public Evaluator(Optional<KpiCatalog> catalog, Function<SourceDataset, Iterable<Record>> records) {
    this(catalog, (request, window) -> {
      KpiDefinition kpi = request.kpi();
      SourceDataset source = kpi instanceof SimpleKpi ? ((SimpleKpi) kpi).source() : ((RatioKpi) kpi).source();
      SourceAggregator aggregator = new SourceAggregator(request);
      for (Record r : records.apply(source)) {
        aggregator.accept(r);
      }
      return aggregator.finish(request.grain(), window);
    });
  }

  /**
   * Prepares an evaluation whose source KPIs' parts come from elsewhere.
   *
   * @param catalog the catalog that resolves operands, if any
   * @param sources the tables of simple and ratio KPIs
   */
  public Evaluator(Optional<KpiCatalog> catalog, Sources sources) {
    this.catalog = catalog;
    this.sources = sources;
  }

  /**
   * Computes a request.
   *
   * @param request the request
   * @return the result
   */
  public KpiResult compute(KpiRequest request) {
    Table table = table(request, Optional.empty());
    return layOut(request, table, read, unplaced);
  }

  /**
   * Lays a table out as a result: every group over every period, missing ones explicit.
   *
   * @param request the request
   * @param table the values
   * @param read records read
   * @param unplaced records not placed
   * @return the result
   */
  public static KpiResult layOut(KpiRequest request, Table table, long read, long unplaced) {
    Grain grain = request.grain();
    List<Period> periods = periods(request, table);
    List<SeriesKey> keys = new ArrayList<>(table.values().keySet());
    keys.sort(null);
    List<Series> series = new ArrayList<>();
    for (SeriesKey key : keys) {
      Map<Period, KpiValue> byPeriod = table.values().get(key);
      List<Point> points = new ArrayList<>(periods.size());
      for (Period p : periods) {
        KpiValue v = byPeriod.get(p);
        points.add(new Point(p, v != null ? v : KpiValue.missing(MissingReason.NO_RECORDS, ValueParts.none())));
      }
      series.add(new Series(request.kpi().id(), key, grain, table.ratio(), points));
    }
    return new KpiResult(request.kpi(), grain, request.dimensions(), periods, series, read, unplaced);
  }

  private static List<Period> periods(KpiRequest request, Table table) {
    Grain grain = request.grain();
    if (request.first().isPresent()) {
      return Period.between(grain, request.first().get(), request.last().get());
    }
    if (table.firstData().isEmpty()) {
      return List.of();
    }
    return Period.between(grain, table.firstData().get(), table.lastData().get());
  }

  private Table table(KpiRequest request, Optional<Window> window) {
    KpiDefinition kpi = request.kpi();
    if (kpi instanceof SimpleKpi || kpi instanceof RatioKpi) {
      Table t = sources.table(request, window);
      read += t.read();
      unplaced += t.unplaced();
      return t;
    }
    if (kpi instanceof CumulativeKpi) {
      CumulativeKpi c = (CumulativeKpi) kpi;
      if (window.isPresent()) {
        throw new KpiException(
            "KPI '" + kpi.id() + "' accumulates over a window inside another cumulative KPI: accumulate"
                + " a simple, ratio or derived KPI once");
      }
      KpiDefinition base = resolve(kpi, c.of());
      Table t = table(operandRequest(request, base), Optional.of(c.window()));
      return markIncomplete(request, t, c.window());
    }
    return derived(request, (DerivedKpi) kpi, window);
  }

  private KpiRequest operandRequest(KpiRequest request, KpiDefinition operand) {
    boolean keep =
        request.personField().isPresent() && hasField(operand, request.personField().get());
    return request.forOperand(operand, keep);
  }

  private static boolean hasField(KpiDefinition kpi, String field) {
    if (kpi instanceof SimpleKpi) {
      return ((SimpleKpi) kpi).source().field(field).isPresent();
    }
    if (kpi instanceof RatioKpi) {
      return ((RatioKpi) kpi).source().field(field).isPresent();
    }
    return false;
  }

  private KpiDefinition resolve(KpiDefinition from, KpiReference ref) {
    KpiCatalog c =
        catalog.orElseThrow(
            () ->
                new KpiException(
                    "KPI '" + from.id() + "' is computed from '" + ref.text() + "': give the engine"
                        + " a catalog that holds it (KpiEngine.withCatalog(catalog))"));
    return c.resolve(ref)
        .orElseThrow(
            () ->
                new KpiException(
                    "KPI '" + from.id() + "' is computed from '" + ref.text()
                        + "', which the catalog does not hold: add its definition"));
  }

  private static Table markIncomplete(KpiRequest request, Table t, Window window) {
    // Complete means every period of the window could have data: judged against the data, not the
    // periods asked for, since records before the first period asked for still count in its window.
    Optional<Period> start = t.firstData();
    if (start.isEmpty()) {
      return t;
    }
    Map<SeriesKey, Map<Period, KpiValue>> out = new HashMap<>();
    t.values()
        .forEach(
            (key, byPeriod) -> {
              Map<Period, KpiValue> m = new HashMap<>();
              byPeriod.forEach(
                  (p, v) -> {
                    boolean incomplete = windowStart(p, window).compareTo(start.get()) < 0;
                    m.put(p, incomplete ? KpiValue.missing(MissingReason.INCOMPLETE_WINDOW, v.parts()) : v);
                  });
              out.put(key, m);
            });
    return new Table(out, t.firstData(), t.lastData(), t.ratio(), t.read(), t.unplaced());
  }

  static Period windowStart(Period p, Window window) {
    if (window instanceof Window.Rolling) {
      Period s = p;
      for (int i = 1; i < ((Window.Rolling) window).periods(); i++) {
        s = s.previous();
      }
      return s;
    }
    Period year = p.to(Grain.YEAR);
    Period s = p;
    while (s.previous().to(Grain.YEAR).equals(year)) {
      s = s.previous();
    }
    return s;
  }

  private Table derived(KpiRequest request, DerivedKpi kpi, Optional<Window> window) {
    Map<KpiReference, Table> operands = new HashMap<>();
    for (KpiReference ref : kpi.references()) {
      KpiDefinition def = resolve(kpi, ref);
      operands.put(ref, table(operandRequest(request, def), window));
    }
    TreeSet<SeriesKey> keys = new TreeSet<>();
    Period first = null;
    Period last = null;
    for (Table t : operands.values()) {
      keys.addAll(t.values().keySet());
      if (t.firstData().isPresent()) {
        first = first == null || t.firstData().get().compareTo(first) < 0 ? t.firstData().get() : first;
        last = last == null || t.lastData().get().compareTo(last) > 0 ? t.lastData().get() : last;
      }
    }
    Map<SeriesKey, Map<Period, KpiValue>> values = new HashMap<>();
    if (first != null) {
      List<Period> periods =
          request.first().isPresent()
              ? Period.between(request.grain(), request.first().get(), request.last().get())
              : Period.between(request.grain(), first, last);
      Expression e = kpi.expression();
      for (SeriesKey key : keys) {
        Map<Period, KpiValue> m = new HashMap<>();
        for (Period p : periods) {
          Context ctx = new Context(operands, key, request.grain());
          KpiValue v = ctx.value(e, p);
          if (v != null) {
            m.put(p, v);
          }
        }
        values.put(key, m);
      }
    }
    return new Table(values, first, last, Context.divisionParts(kpi.expression()).isPresent(), 0, 0);
  }

  /** The evaluation of one expression for one group and period. */
  private static final class Context {
    private final Map<KpiReference, Table> operands;
    private final SeriesKey key;
    private final Grain grain;
    private long records;
    private boolean anyOperandRecords;
    private final TreeSet<Period> covered = new TreeSet<>();
    private MissingReason missing;

    Context(Map<KpiReference, Table> operands, SeriesKey key, Grain grain) {
      this.operands = operands;
      this.key = key;
      this.grain = grain;
    }

    /** The derived value, or null when no operand has a record in the period. */
    KpiValue value(Expression e, Period p) {
      Optional<Expression[]> division = divisionParts(e);
      double v;
      OptionalDouble num = OptionalDouble.empty();
      OptionalDouble den = OptionalDouble.empty();
      if (division.isPresent()) {
        double n = eval(division.get()[0], p);
        double d = eval(division.get()[1], p);
        double factor = division.get().length > 2 ? eval(division.get()[2], p) : 1;
        if (!Double.isNaN(n) && !Double.isNaN(d)) {
          num = OptionalDouble.of(n);
          den = OptionalDouble.of(d);
        }
        v = d == 0 && missing == null ? Double.NaN : n / d * factor;
        if (d == 0 && missing == null) {
          missing = MissingReason.ZERO_DENOMINATOR;
        }
      } else {
        v = eval(e, p);
      }
      if (!anyOperandRecords) {
        return null;
      }
      ValueParts parts =
          new ValueParts(num, den, records, OptionalLong.empty(), new ArrayList<>(covered));
      if (missing != null || Double.isNaN(v) || !Double.isFinite(v)) {
        return KpiValue.missing(missing != null ? missing : MissingReason.ZERO_DENOMINATOR, parts);
      }
      return KpiValue.of(v, parts);
    }

    /** {@code a / b}, or {@code a / b * c} with a constant {@code c}: the numerator and denominator. */
    static Optional<Expression[]> divisionParts(Expression e) {
      if (e instanceof Expression.Binary) {
        Expression.Binary b = (Expression.Binary) e;
        if (b.operator() == Expression.Operator.DIVIDE) {
          return Optional.of(new Expression[] {b.left(), b.right()});
        }
        if (b.operator() == Expression.Operator.TIMES
            && b.right() instanceof Expression.Constant
            && b.left() instanceof Expression.Binary
            && ((Expression.Binary) b.left()).operator() == Expression.Operator.DIVIDE) {
          Expression.Binary d = (Expression.Binary) b.left();
          return Optional.of(new Expression[] {d.left(), d.right(), b.right()});
        }
      }
      return Optional.empty();
    }

    private double eval(Expression e, Period p) {
      if (e instanceof Expression.Constant) {
        return ((Expression.Constant) e).value();
      }
      if (e instanceof Expression.Negate) {
        return -eval(((Expression.Negate) e).operand(), p);
      }
      if (e instanceof Expression.Operand) {
        Expression.Operand o = (Expression.Operand) e;
        Period at = o.offset().isPresent() ? shift(p, o.offset().get()) : p;
        Map<Period, KpiValue> byPeriod = operands.get(o.kpi()).values().get(key);
        KpiValue v = byPeriod == null ? null : byPeriod.get(at);
        if (v != null) {
          records += v.parts().records();
          covered.addAll(v.parts().periods());
          if (o.offset().isEmpty()) {
            anyOperandRecords = true;
          }
        }
        if (v == null || !v.isPresent()) {
          if (missing == null) {
            missing = MissingReason.MISSING_OPERAND;
          }
          return Double.NaN;
        }
        return v.value().getAsDouble();
      }
      Expression.Binary b = (Expression.Binary) e;
      double l = eval(b.left(), p);
      double r = eval(b.right(), p);
      switch (b.operator()) {
        case PLUS:
          return l + r;
        case MINUS:
          return l - r;
        case TIMES:
          return l * r;
        default:
          if (r == 0 && !Double.isNaN(l)) {
            if (missing == null) {
              missing = MissingReason.ZERO_DENOMINATOR;
            }
            return Double.NaN;
          }
          return l / r;
      }
    }

    private Period shift(Period p, PeriodOffset offset) {
      if (grain.isCoarserThan(offset.grain())) {
        throw new KpiException(
            "A period offset of " + offset.text() + " cannot shift " + grain + " values: use an"
                + " offset in " + grain + "s or coarser");
      }
      LocalDate start = p.start();
      int a = offset.amount();
      LocalDate shifted;
      switch (offset.grain()) {
        case DAY:
          shifted = start.plusDays(a);
          break;
        case WEEK:
          shifted = start.plusWeeks(a);
          break;
        case MONTH:
          shifted = start.plusMonths(a);
          break;
        case QUARTER:
          shifted = start.plusMonths(3L * a);
          break;
        case HALF_YEAR:
          shifted = start.plusMonths(6L * a);
          break;
        default:
          shifted = start.plusYears(a);
      }
      return Period.of(grain, shifted);
    }
  }
}
