package dk.datainformed.kpi.engine.internal;

import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.org.OrgUnitVersion;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.Measure;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.definition.SimpleKpi;
import dk.datainformed.kpi.definition.SourceDataset;
import dk.datainformed.kpi.definition.Window;
import dk.datainformed.kpi.engine.KpiRequest;
import dk.datainformed.kpi.engine.OrganisationBreakdown;
import dk.datainformed.kpi.engine.SeriesKey;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Computes one simple or ratio KPI over the records of its source, in two stages.
 *
 * <p>Stage one runs per record and allocates nothing for a record whose groups were seen before:
 * field indexes are resolved once, the filter is compiled, the day of a record finds its period
 * through a table indexed by day, dimension values find dense ids through dictionaries, and the
 * (unit, period, dimensions) group finds its slot in primitive arrays through an open-addressing
 * map. Memory grows with the number of groups, not of records.
 *
 * <p>Stage two, in {@link #finish}, maps each group to the units, periods and windows asked for
 * (the organisation as it stood on the group's days) and adds up the parts there. Values are
 * computed from summed parts, never by averaging values.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SourceAggregator {
  private static final int DATE = 0;
  private static final int TIMESTAMP = 1;
  private static final int PERIOD = 2;
  private static final Object NO_VALUE = new Object();

  private final KpiRequest request;
  private final KpiDefinition kpi;
  private final SourceDataset source;
  private final Schema schema;
  private Schema lastSchema;
  private final RowFilter filter;
  private final boolean filtered;
  private final int timeIndex;
  private final int timeKind;
  private final Grain finest;
  private final ZoneId zone;
  private final Optional<OrganisationBreakdown> organisation;
  private final int orgIndex;
  private final long[] eraBounds;
  private final Dictionary units = new Dictionary();
  private final List<String> dimensionNames;
  private final int[] dimIndex;
  private final boolean[] dimText;
  private final Dictionary[] dimValues;
  private final LongIntMap[] comboLevels;
  private final List<int[]> comboTuples = new ArrayList<>();
  private final int personIndex;
  private final boolean personText;
  private final Dictionary persons = new Dictionary();
  private final LongSet personPairs = new LongSet();
  private final MeasureAccumulator[] measures;
  private final List<Measure> measureDefinitions;

  private int[] dayTable = new int[0];
  private long dayBase;
  private final LongIntMap slotMap = new LongIntMap();
  private final Dictionary finestPeriods = new Dictionary();
  private int[] slotPeriod = new int[16];
  private long[] slotDay = new long[16];
  private final Map<Period, Integer> periodSlots = new HashMap<>();
  private Period lastPeriod;
  private int lastPeriodSlot;

  private final LongIntMap unitSlots = new LongIntMap();
  private final LongIntMap cellMap = new LongIntMap();
  private int cells;
  private long[] cellRecords = new long[0];
  private int[] cellUnit = new int[0];
  private int[] cellSlot = new int[0];
  private int[] cellCombo = new int[0];
  private long read;
  private final BitSet covers = new BitSet();

  /**
   * Prepares the computation of a simple or ratio KPI.
   *
   * @param request the request; its KPI must be a {@link SimpleKpi} or {@link RatioKpi}
   */
  public SourceAggregator(KpiRequest request) {
    this.request = request;
    this.kpi = request.kpi();
    List<Measure> ms;
    Optional<dk.datainformed.kpi.definition.Filter> kpiFilter;
    if (kpi instanceof SimpleKpi) {
      SimpleKpi s = (SimpleKpi) kpi;
      source = s.source();
      ms = List.of(s.measure());
      kpiFilter = s.filter();
    } else if (kpi instanceof RatioKpi) {
      RatioKpi r = (RatioKpi) kpi;
      source = r.source();
      ms = List.of(r.numerator(), r.denominator());
      kpiFilter = r.filter();
    } else {
      throw new IllegalArgumentException("not a source KPI: " + kpi.id());
    }
    String prefix = "KPI '" + kpi.id() + "' over source '" + source.name() + "': ";
    schema = source.schema();
    lastSchema = schema;
    filter = kpiFilter.map(f -> RowFilter.compile(f, schema)).orElse(RowFilter.none());
    filtered = kpiFilter.isPresent();
    timeIndex = schema.indexOf(source.timeField());
    FieldType timeType = schema.field(timeIndex).type();
    timeKind = timeType == FieldType.DATE ? DATE : timeType == FieldType.TIMESTAMP ? TIMESTAMP : PERIOD;
    finest = kpi.grain();
    zone = request.zone();
    organisation = request.organisation();
    List<String> dims = new ArrayList<>(request.dimensions());
    if (organisation.isPresent()) {
      String f = organisation.get().field();
      orgIndex = schema.indexOf(f);
      if (!isText(schema.field(orgIndex).type())) {
        throw new KpiException(
            prefix + "the organisation unit field '" + f + "' must hold text (a category or"
                + " identifier), not " + schema.field(orgIndex).type().name().toLowerCase(java.util.Locale.ROOT));
      }
      dims.remove(f);
      eraBounds = eraBounds(organisation.get());
    } else {
      orgIndex = -1;
      eraBounds = new long[0];
    }
    dimensionNames = List.copyOf(dims);
    dimIndex = new int[dims.size()];
    dimText = new boolean[dims.size()];
    dimValues = new Dictionary[dims.size()];
    comboLevels = new LongIntMap[Math.max(0, dims.size() - 1)];
    for (int i = 0; i < dims.size(); i++) {
      dimIndex[i] = schema.indexOf(dims.get(i));
      dimText[i] = isText(schema.field(dimIndex[i]).type());
      dimValues[i] = new Dictionary();
    }
    for (int i = 0; i < comboLevels.length; i++) {
      comboLevels[i] = new LongIntMap();
    }
    if (request.personField().isPresent()) {
      String p = request.personField().get();
      personIndex =
          schema
              .findIndex(p)
              .orElseThrow(
                  () ->
                      new KpiException(
                          prefix + "the person field '" + p + "' is not a field of the source;"
                              + " name the field that identifies a person, e.g. a pseudonym"));
      FieldType personType = schema.field(personIndex).type();
      if (personType != FieldType.PSEUDONYM) {
        throw new KpiException(
            prefix + "the person field '" + p + "' is of type "
                + personType.name().toLowerCase(java.util.Locale.ROOT)
                + (personType == FieldType.CPR ? " and holds CPR numbers" : "")
                + ", but persons are counted only by a field of type pseudonym: declare the"
                + " source's CPR numbers as type cpr and pseudonymise them at ingest (the pipeline"
                + " does, or privacy's RecordPseudonymiser), then count persons by that field");
      }
      personText = true;
    } else {
      personIndex = -1;
      personText = false;
    }
    measureDefinitions = ms;
    measures = new MeasureAccumulator[ms.size()];
    for (int i = 0; i < ms.size(); i++) {
      measures[i] = new MeasureAccumulator(ms.get(i), schema);
    }
    if (dimensionNames.isEmpty()) {
      comboTuples.add(new int[0]);
    }
  }

  private static boolean isText(FieldType type) {
    return type == FieldType.TEXT || type == FieldType.CATEGORY || type == FieldType.IDENTIFIER
        || type == FieldType.PSEUDONYM;
  }

  private static long[] eraBounds(OrganisationBreakdown org) {
    TreeSet<Long> days = new TreeSet<>();
    for (OrgUnitId unit : org.tree().units()) {
      for (OrgUnitVersion v : org.tree().history(unit)) {
        days.add(v.validity().from().toEpochDay());
        v.validity().to().ifPresent(to -> {
          days.add(to.toEpochDay());
          days.add(to.toEpochDay() + 1);
        });
      }
    }
    return days.stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * Counts one record.
   *
   * @param row a record of the source's schema
   * @throws KpiException when the record has another schema, or its period is coarser than the KPI's
   *     grain
   */
  public void accept(Record row) {
    read++;
    if (row.schema() != lastSchema) {
      checkSchema(row.schema());
    }
    if (filtered && !filter.test(row)) {
      markCovered(row);
      return;
    }
    int slot = slotOf(row);
    covers.set(slot);
    int unit = -1;
    if (orgIndex >= 0) {
      unit = units.idOf(row.isNull(orgIndex) ? NO_VALUE : row.getText(orgIndex));
    }
    int combo = comboOf(row);
    int first = orgIndex < 0 ? slot : unitSlots.idOf(((long) slot << 32) | unit);
    int cell = cellMap.idOf(((long) first << 32) | combo);
    if (cell == cells) {
      newCell(unit, slot, combo);
    }
    cellRecords[cell]++;
    for (MeasureAccumulator m : measures) {
      m.add(row, cell);
    }
    if (personIndex >= 0 && !row.isNull(personIndex)) {
      Object person = personText ? row.getText(personIndex) : row.value(personIndex).orElseThrow();
      personPairs.add(((long) cell << 32) | persons.idOf(person));
    }
  }

  /**
   * How many records were read.
   *
   * @return the count
   */
  public long recordsRead() {
    return read;
  }

  private void checkSchema(Schema other) {
    if (!other.equals(schema)) {
      throw new KpiException(
          "KPI '" + kpi.id() + "' reads source '" + source.name() + "' with schema " + schema
              + ", but a record has schema " + other
              + ": give each source's records under its own name");
    }
    lastSchema = other;
  }

  private int comboOf(Record row) {
    int n = dimIndex.length;
    if (n == 0) {
      return 0;
    }
    int c = dimValues[0].idOf(dimValue(row, 0));
    if (n == 1) {
      if (c == comboTuples.size()) {
        comboTuples.add(new int[] {c});
      }
      return c;
    }
    int[] ids = null;
    for (int i = 1; i < n; i++) {
      int id = dimValues[i].idOf(dimValue(row, i));
      int before = comboLevels[i - 1].size();
      c = comboLevels[i - 1].idOf(((long) c << 32) | id);
      if (i == n - 1 && c == before) {
        ids = new int[n];
      }
    }
    if (ids != null) {
      for (int i = 0; i < n; i++) {
        ids[i] = dimValues[i].idOf(dimValue(row, i));
      }
      comboTuples.add(ids);
    }
    return c;
  }

  private Object dimValue(Record row, int i) {
    int f = dimIndex[i];
    if (row.isNull(f)) {
      return NO_VALUE;
    }
    return dimText[i] ? row.getText(f) : row.value(f).orElseThrow();
  }

  /** A record the filter left out still shows that the source covered its period. */
  private void markCovered(Record row) {
    if (row.isNull(timeIndex)
        || timeKind == PERIOD && row.getPeriod(timeIndex).grain().isCoarserThan(finest)) {
      return;
    }
    covers.set(slotOf(row));
  }

  private int slotOf(Record row) {
    if (timeKind == DATE) {
      return slotOfDay(row.getEpochDay(timeIndex));
    }
    if (timeKind == TIMESTAMP) {
      return slotOfDay(LocalDate.ofInstant(row.getTimestamp(timeIndex), zone).toEpochDay());
    }
    Period p = row.getPeriod(timeIndex);
    if (p == lastPeriod) {
      return lastPeriodSlot;
    }
    Integer s = periodSlots.get(p);
    if (s == null) {
      Period f;
      if (p.grain() == finest) {
        f = p;
      } else if (p.grain().isCoarserThan(finest)) {
        throw new KpiException(
            "KPI '" + kpi.id() + "' is computed by " + finest + " but a record of source '"
                + source.name() + "' is for the " + p.grain() + " " + p
                + ": a record's period must be " + finest + " or finer");
      } else {
        f = p.to(finest);
      }
      s = slotFor(f, p.end().toEpochDay());
      periodSlots.put(p, s);
    }
    lastPeriod = p;
    lastPeriodSlot = s;
    return s;
  }

  private int slotOfDay(long day) {
    long i = day - dayBase;
    if (i >= 0 && i < dayTable.length) {
      int s = dayTable[(int) i];
      if (s >= 0) {
        return s;
      }
    }
    return newDay(day);
  }

  private int newDay(long day) {
    if (dayTable.length == 0) {
      dayBase = day - 512;
      dayTable = new int[1024];
      Arrays.fill(dayTable, -1);
    } else if (day < dayBase || day >= dayBase + dayTable.length) {
      long from = Math.min(dayBase, day - 256);
      long to = Math.max(dayBase + dayTable.length, day + 256);
      int length = (int) Math.max(to - from, 2L * dayTable.length);
      if (day < dayBase) {
        from = dayBase + dayTable.length - length;
      }
      int[] table = new int[length];
      Arrays.fill(table, -1);
      System.arraycopy(dayTable, 0, table, (int) (dayBase - from), dayTable.length);
      dayTable = table;
      dayBase = from;
    }
    int s = slotFor(Period.of(finest, LocalDate.ofEpochDay(day)), day);
    dayTable[(int) (day - dayBase)] = s;
    return s;
  }

  private int slotFor(Period finestPeriod, long day) {
    int pid = finestPeriods.idOf(finestPeriod);
    int era = eraBounds.length == 0 ? 0 : upperBound(eraBounds, day);
    int before = slotMap.size();
    int slot = slotMap.idOf(((long) pid << 32) | era);
    if (slot == before) {
      if (slot == slotPeriod.length) {
        slotPeriod = Arrays.copyOf(slotPeriod, slot * 2);
        slotDay = Arrays.copyOf(slotDay, slot * 2);
      }
      slotPeriod[slot] = pid;
      slotDay[slot] = day;
    }
    return slot;
  }

  private static int upperBound(long[] sorted, long day) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] <= day) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private void newCell(int unit, int slot, int combo) {
    if (cells == cellRecords.length) {
      int capacity = Math.max(64, cells * 2);
      cellRecords = Arrays.copyOf(cellRecords, capacity);
      cellUnit = Arrays.copyOf(cellUnit, capacity);
      cellSlot = Arrays.copyOf(cellSlot, capacity);
      cellCombo = Arrays.copyOf(cellCombo, capacity);
      for (MeasureAccumulator m : measures) {
        m.grow(capacity);
      }
    }
    cellUnit[cells] = unit;
    cellSlot[cells] = slot;
    cellCombo[cells] = combo;
    cells++;
  }

  /**
   * Stage two: the values per group and period of a grain, optionally accumulated over a window.
   *
   * @param grain the grain asked for, the KPI's or coarser
   * @param window the window of a cumulative KPI, if any
   * @return the values and the span of periods with data
   */
  public Table finish(Grain grain, Optional<Window> window) {
    Dictionary outPeriods = new Dictionary();
    Dictionary targetIds = new Dictionary();
    LongIntMap groups = new LongIntMap();
    List<SeriesKey> groupKeys = new ArrayList<>();
    LongIntMap outMap = new LongIntMap();
    int[] outGroup = new int[64];
    int[] outPeriod = new int[64];
    long[] outRecords = new long[64];
    MeasureAccumulator[] outMeasures = new MeasureAccumulator[measures.length];
    for (int i = 0; i < measures.length; i++) {
      outMeasures[i] = new MeasureAccumulator(measureDefinitions.get(i), schema);
      outMeasures[i].grow(64);
    }
    LongSet covered = new LongSet();
    Map<Long, List<OrgUnitId>> placedCache = new HashMap<>();
    long unplaced = 0;
    Period firstData = null;
    Period lastData = null;
    int[][] cellOuts = new int[cells][];
    for (int c = 0; c < cells; c++) {
      final int unit = cellUnit[c];
      final int slot = cellSlot[c];
      int combo = cellCombo[c];
      Period q = ((Period) finestPeriods.value(slotPeriod[slot])).to(grain);
      List<?> placements;
      if (orgIndex >= 0) {
        placements =
            placedCache.computeIfAbsent(((long) unit << 32) | slot, k -> place(unit, slot));
        if (placements.isEmpty()) {
          unplaced += cellRecords[c];
          cellOuts[c] = new int[0];
          continue;
        }
      } else {
        placements = List.of(NO_VALUE);
      }
      if (firstData == null || q.compareTo(firstData) < 0) {
        firstData = q;
      }
      if (lastData == null || q.compareTo(lastData) > 0) {
        lastData = q;
      }
      List<Period> qs = SourceTable.windowPeriods(q, window);
      int[] outs = new int[placements.size() * qs.size()];
      int k = 0;
      for (Object u : placements) {
        long groupKey =
            orgIndex >= 0
                ? ((long) targetIds.idOf(((OrgUnitId) u).value()) << 32) | combo
                : combo;
        int before = groups.size();
        int g = groups.idOf(groupKey);
        if (g == before) {
          groupKeys.add(keyOf(orgIndex >= 0 ? ((OrgUnitId) u).value() : null, combo));
        }
        for (Period p : qs) {
          int pid = outPeriods.idOf(p);
          int size = outMap.size();
          int o = outMap.idOf(((long) g << 32) | pid);
          if (o == size) {
            if (o == outGroup.length) {
              int capacity = o * 2;
              outGroup = Arrays.copyOf(outGroup, capacity);
              outPeriod = Arrays.copyOf(outPeriod, capacity);
              outRecords = Arrays.copyOf(outRecords, capacity);
              for (MeasureAccumulator m : outMeasures) {
                m.grow(capacity);
              }
            }
            outGroup[o] = g;
            outPeriod[o] = pid;
          }
          outs[k++] = o;
        }
      }
      cellOuts[c] = outs;
      for (int o : outs) {
        outRecords[o] += cellRecords[c];
        for (int i = 0; i < measures.length; i++) {
          outMeasures[i].merge(measures[i], c, o);
        }
        covered.add(((long) o << 32) | slotPeriod[slot]);
      }
    }
    for (int i = 0; i < measures.length; i++) {
      if (measures[i].isDistinct()) {
        for (long pair : measures[i].distinctPairs.toArray()) {
          for (int o : cellOuts[(int) (pair >>> 32)]) {
            if (outMeasures[i].distinctPairs.add(((long) o << 32) | (pair & 0xffffffffL))) {
              outMeasures[i].values[o]++;
            }
          }
        }
      }
    }
    int outs = outMap.size();
    long[] personCount = new long[outs];
    if (personIndex >= 0) {
      LongSet seen = new LongSet();
      for (long pair : personPairs.toArray()) {
        for (int o : cellOuts[(int) (pair >>> 32)]) {
          if (seen.add(((long) o << 32) | (pair & 0xffffffffL))) {
            personCount[o]++;
          }
        }
      }
    }
    List<List<Period>> coveredBy = new ArrayList<>(outs);
    for (int o = 0; o < outs; o++) {
      coveredBy.add(new ArrayList<>());
    }
    for (long pair : covered.toArray()) {
      coveredBy.get((int) (pair >>> 32)).add((Period) finestPeriods.value((int) (pair & 0xffffffffL)));
    }
    SourceTable table = new SourceTable(request);
    for (int o = 0; o < outs; o++) {
      OptionalLong people = personIndex >= 0 ? OptionalLong.of(personCount[o]) : OptionalLong.empty();
      List<SourceTable.MeasureParts> parts = new ArrayList<>(outMeasures.length);
      for (MeasureAccumulator m : outMeasures) {
        parts.add(m.parts(o));
      }
      table.add(groupKeys.get(outGroup[o]), (Period) outPeriods.value(outPeriod[o]), outRecords[o], people,
          coveredBy.get(o), parts);
    }
    for (int slot = covers.nextSetBit(0); slot >= 0; slot = covers.nextSetBit(slot + 1)) {
      table.cover(((Period) finestPeriods.value(slotPeriod[slot])).to(grain));
    }
    return table.finish(window, Optional.ofNullable(firstData), Optional.ofNullable(lastData), read, unplaced);
  }

  /** The percentile of the values, by {@link SourceTable#rank} and {@link SourceTable#interpolate}. */
  static double percentile(double[] values, double p) {
    Arrays.sort(values);
    double h = SourceTable.rank(values.length, p);
    int low = (int) Math.floor(h);
    int high = Math.min(low + 1, values.length - 1);
    return SourceTable.interpolate(values[low], values[high], h);
  }

  private SeriesKey keyOf(String unit, int combo) {
    List<String> values = new ArrayList<>();
    if (unit != null) {
      values.add(unit);
    }
    int[] tuple = comboTuples.get(combo);
    for (int i = 0; i < tuple.length; i++) {
      values.add(label(dimValues[i].value(tuple[i])));
    }
    List<String> names = new ArrayList<>();
    organisation.ifPresent(o -> names.add(o.field()));
    names.addAll(dimensionNames);
    return new SeriesKey(names, values);
  }

  private static String label(Object value) {
    if (value == NO_VALUE) {
      return SeriesKey.NO_VALUE;
    }
    if (value instanceof Period) {
      return ((Period) value).format();
    }
    return value.toString();
  }

  private List<OrgUnitId> place(int unit, int slot) {
    Object u = units.value(unit);
    if (u == NO_VALUE) {
      return List.of();
    }
    OrgUnitId id;
    try {
      id = OrgUnitId.of((String) u);
    } catch (RuntimeException e) {
      return List.of();
    }
    return organisation.get().placements(id, LocalDate.ofEpochDay(slotDay[slot]));
  }
}
