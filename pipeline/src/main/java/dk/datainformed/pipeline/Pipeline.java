package dk.datainformed.pipeline;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.org.OrganisationSnapshot;
import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.definition.DataBreak;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.definition.SimpleKpi;
import dk.datainformed.kpi.definition.SourceDataset;
import dk.datainformed.kpi.engine.KpiEngine;
import dk.datainformed.kpi.engine.KpiRequest;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.KpiValue;
import dk.datainformed.kpi.engine.OrganisationBreakdown;
import dk.datainformed.kpi.engine.Point;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.kpi.guard.GuardContext;
import dk.datainformed.kpi.guard.GuardReport;
import dk.datainformed.kpi.guard.Guards;
import dk.datainformed.kpi.guard.Usage;
import dk.datainformed.pipeline.internal.AtomicFolder;
import dk.datainformed.pipeline.internal.Ingest;
import dk.datainformed.pipeline.internal.OutputScan;
import dk.datainformed.pipeline.internal.RejectedRows;
import dk.datainformed.privacy.pseudonym.Pseudonymiser;
import dk.datainformed.spc.ChangePoint;
import dk.datainformed.spc.ChartPoint;
import dk.datainformed.spc.FrozenBaseline;
import dk.datainformed.spc.ProcessBehaviourChart;
import dk.datainformed.spc.Seasonality;
import dk.datainformed.spc.Variation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Runs a declared flow: reads every source through its connector, pseudonymises person fields as it
 * reads, computes each KPI (by every level of the organisation, counting persons), applies
 * disclosure control to each whole result, draws a process behaviour chart for each series with
 * enough values, runs the guards, and hands the publication to every output's writer. The outputs
 * appear together or not at all.
 *
 * <pre>{@code
 * PipelineDefinition definition = PipelineFile.load(Path.of("sygefravaer.pipeline.yaml"));
 * RunReport report = Pipeline.of(definition).run(Path.of("target/cockpit"));
 * System.out.print(report.toText());
 * }</pre>
 *
 * <p>Every output's format is checked against the writers found before any source is read. The
 * run report is written as {@code run-report.txt} beside the outputs. Before anything is
 * published, every file the writers wrote is scanned for CPR numbers ({@link
 * dk.datainformed.core.id.CprDetector#find(CharSequence)}); one found fails the run and publishes
 * nothing, so that a writer of the municipality's own that forgot to mask a label cannot leak. Rows that could not be read
 * are kept, raw, in a folder beside the output folder (never inside it, as they may hold personal
 * data); the report lists their positions and reasons.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Pipeline {
  private final PipelineDefinition definition;
  /** The day a made one-level organisation's units are valid from: before any record. */
  private static final LocalDate ALWAYS = LocalDate.of(1900, 1, 1);

  private final Map<String, PublicationWriter> writers;

  private Pipeline(PipelineDefinition definition, Map<String, PublicationWriter> writers) {
    this.definition = definition;
    this.writers = writers;
  }

  /**
   * A pipeline with the writers that {@link ServiceLoader} finds.
   *
   * @param definition what to run
   * @return the pipeline
   * @throws PipelineException when an output names a format no writer has, or a setting the
   *     writer does not take
   */
  public static Pipeline of(PipelineDefinition definition) {
    Map<String, PublicationWriter> found = new LinkedHashMap<>();
    for (PublicationWriter w : ServiceLoader.load(PublicationWriter.class)) {
      found.putIfAbsent(w.format(), w);
    }
    return of(definition, found.values());
  }

  /**
   * A pipeline with the given writers only.
   *
   * @param definition what to run
   * @param publicationWriters the writers, by their format
   * @return the pipeline
   * @throws PipelineException when an output names a format none of the writers has, or a setting
   *     the writer does not take
   */
  public static Pipeline of(PipelineDefinition definition, Iterable<PublicationWriter> publicationWriters) {
    if (definition == null || publicationWriters == null) {
      throw new PipelineException("A pipeline needs its definition and writers (not null)");
    }
    Map<String, PublicationWriter> byFormat = new LinkedHashMap<>();
    for (PublicationWriter w : publicationWriters) {
      byFormat.putIfAbsent(w.format(), w);
    }
    for (OutputDeclaration out : definition.outputs()) {
      PublicationWriter w = byFormat.get(out.format());
      if (w == null) {
        throw new PipelineException(
            "Pipeline '" + definition.name() + "' has an output of format '" + out.format()
                + "', but the writers found are " + new TreeSet<>(byFormat.keySet())
                + ": put the module that writes it (e.g. datainformed-report) on the path");
      }
      for (String key : out.settings().keySet()) {
        if (!w.settings().contains(key)) {
          throw new PipelineException(
              "Output '" + out.format() + "' of pipeline '" + definition.name() + "' takes the settings "
                  + new TreeSet<>(w.settings()) + ", not '" + CprDetector.mask(key) + "'");
        }
      }
    }
    return new Pipeline(definition, Map.copyOf(byFormat));
  }

  /**
   * Runs the pipeline and writes every output into a folder, replacing what it held.
   *
   * @param outputFolder the folder; it appears with every output or, when the run fails, is left
   *     as it was
   * @return what the run did
   * @throws PipelineException when a source cannot be read, a KPI cannot be computed, or an output
   *     cannot be written
   */
  public RunReport run(Path outputFolder) {
    return run(outputFolder, NO_STORE);
  }

  /** A store that keeps nothing: each run's charts fix their own baselines. */
  private static final PublicationStore NO_STORE = new PublicationStore() {
    @Override
    public List<FrozenBaseline> baselines(KpiDefinition kpi, SeriesKey series) {
      return List.of();
    }

    @Override
    public void record(Publication publication) {}
  };

  /**
   * Runs the pipeline with a store: each chart takes the baselines an earlier run froze for its
   * series, and the publication is kept in the store before the output folder is committed.
   *
   * @param outputFolder the folder; it appears with every output or, when the run or the store
   *     fails, is left as it was
   * @param store where runs and baselines are kept
   * @return what the run did
   * @throws PipelineException when a source cannot be read, a KPI cannot be computed, or an output
   *     cannot be written; the store's own exception when it cannot keep the run
   */
  public RunReport run(Path outputFolder, PublicationStore store) {
    if (outputFolder == null || store == null) {
      throw new PipelineException("run needs an output folder and a store (not null)");
    }
    Map<String, Schema> datasets = datasets();
    Map<String, List<Record>> recordsByDataset = new LinkedHashMap<>();
    Map<String, String> personsByDataset = new HashMap<>();
    List<RunReport.SourceRead> reads = new ArrayList<>();
    RejectedRows rejected = new RejectedRows(outputFolder);
    for (SourceDeclaration source : definition.sources()) {
      Schema dataset = datasets.get(source.dataset());
      if (dataset == null) {
        throw new PipelineException(
            "Source '" + source.id() + "' feeds dataset '" + source.dataset() + "', which no KPI of the"
                + " pipeline reads; the KPIs read " + new TreeSet<>(datasets.keySet()));
      }
      Optional<Pseudonymiser> pseudonymiser =
          source.pseudonymDomain()
              .map(domain -> Pseudonymiser.of(definition.pseudonymKey().orElseThrow(), domain));
      Ingest.Result read = Ingest.read(source, dataset, pseudonymiser);
      recordsByDataset.computeIfAbsent(source.dataset(), d -> new ArrayList<>()).addAll(read.records());
      if (source.persons().isPresent()) {
        String p = source.persons().get();
        if (dataset.findIndex(p).isEmpty()) {
          throw new PipelineException(
              source.origin().map(o -> o + ": ").orElse("") + "source '" + source.id() + "' counts persons"
                  + " by '" + p + "', which is not a field of dataset '" + source.dataset() + "'");
        }
        personsByDataset.put(source.dataset(), p);
      }
      reads.add(read.read());
      rejected.add(source.id(), read.rejectedRows());
    }

    Optional<OrganisationTree> tree =
        definition.organisation().or(() -> definition.flatOrganisationRoot().map(root -> flatTree(root, recordsByDataset)));
    KpiEngine engine = KpiEngine.withCatalog(definition.catalog());
    ResultDisclosure disclosure = ResultDisclosure.with(definition.disclosure());
    List<PublishedKpi> published = new ArrayList<>();
    List<RunReport.KpiComputed> computed = new ArrayList<>();
    Set<KnownChange> usedChanges = new HashSet<>();
    for (KpiDefinition kpi : definition.kpis()) {
      KpiRequest.Builder request = KpiRequest.of(kpi);
      Optional<OrganisationBreakdown> breakdown =
          tree.map(t -> OrganisationBreakdown.everyLevel(definition.unitField(), t));
      breakdown.ifPresent(request::organisation);
      if (!definition.breakdown().isEmpty()) {
        request.by(definition.breakdown().toArray(String[]::new));
      }
      sourceOf(kpi).flatMap(s -> Optional.ofNullable(personsByDataset.get(s.name()))).ifPresent(request::persons);
      KpiResult raw = engine.compute(request.build(), recordsByDataset);
      DisclosedResult shown =
          breakdown.isPresent() ? disclosure.protect(raw, breakdown.get()) : disclosure.protect(raw);
      Map<SeriesKey, ProcessBehaviourChart> charts =
          charts(shown.result(), kpi, breakdown.isPresent() ? tree : Optional.empty(), usedChanges, store);
      published.add(new PublishedKpi(shown, charts));
      computed.add(summary(kpi, shown, charts));
    }

    for (KnownChange c : definition.changes()) {
      if (!usedChanges.contains(c)) {
        throw new PipelineException(
            "The " + c + " of pipeline '" + definition.name() + "' falls on no chart: no series it names"
                + " has that period after its first; check its period and its 'where' values");
      }
    }
    LocalDate asOf = asOf(published);
    Optional<GuardReport> guards = definition.usage().map(u -> guards(u, published, asOf, tree));
    Map<String, GuardReport> otherGuards = new LinkedHashMap<>();
    definition.otherUses().forEach((name, use) -> otherGuards.put(name, guards(use, published, asOf, tree)));
    Optional<String> rejectedFolder = rejected.write();
    RunReport before =
        new RunReport(
            definition.name(), reads, computed,
            guards.map(g -> new RunReport.GuardSummary(g.findings().size(), g.blocked())),
            List.of(), rejectedFolder);
    Publication publication =
        new Publication(
            definition.name(), definition.title(), asOf, published, guards, tree, before, otherGuards);
    AtomicFolder folder = AtomicFolder.begin(outputFolder);
    try {
      OutputScan scan = new OutputScan(folder.staging());
      for (OutputDeclaration out : definition.outputs()) {
        writers.get(out.format()).write(publication, out.settings(), folder.staging());
        scan.check(out.format());
      }
      RunReport report =
          new RunReport(
              before.pipeline(), before.sources(), before.kpis(), before.guards(),
              filesIn(folder.staging()), before.rejectedRowsFolder());
      Files.writeString(folder.staging().resolve("run-report.txt"), report.toText());
      scan.check("run report");
      store.record(new Publication(
          publication.pipeline(), publication.title(), publication.asOf(), publication.kpis(),
          publication.guards(), publication.organisation(), report, publication.otherGuards()));
      folder.commit();
      return report;
    } catch (IOException e) {
      folder.abandon();
      throw new PipelineException("Could not write the outputs of pipeline '" + definition.name() + "'", e);
    } catch (RuntimeException e) {
      folder.abandon();
      throw e;
    }
  }

  /**
   * The one-level organisation of {@link PipelineDefinition#flatOrganisationRoot()}: every value of
   * the unit field in the records, a unit named by its value under the root.
   */
  private OrganisationTree flatTree(String rootName, Map<String, List<Record>> recordsByDataset) {
    OrgUnitId root = OrgUnitId.of(rootName);
    Set<String> units = new TreeSet<>();
    for (List<Record> records : recordsByDataset.values()) {
      for (Record r : records) {
        OptionalInt field = r.schema().findIndex(definition.unitField());
        if (field.isPresent()) {
          r.value(field.getAsInt()).map(Object::toString).ifPresent(units::add);
        }
      }
    }
    if (units.contains(rootName)) {
      throw new PipelineException(
          "The organisation root of pipeline '" + definition.name() + "' is named '" + rootName
              + "', as a value of field '" + definition.unitField() + "' is: give the root another name");
    }
    OrganisationTree.Builder b = OrganisationTree.builder().root(root, rootName, ALWAYS);
    for (String unit : units) {
      b.unit(OrgUnitId.of(unit), unit, root, ALWAYS);
    }
    return b.build();
  }

  /** The schema of every KPI source dataset the pipeline's KPIs read, with their operands'. */
  private Map<String, Schema> datasets() {
    Map<String, Schema> out = new LinkedHashMap<>();
    for (KpiDefinition d : definition.catalog().definitions()) {
      sourceOf(d).ifPresent(s -> out.putIfAbsent(s.name(), s.schema()));
    }
    return out;
  }

  private static Optional<SourceDataset> sourceOf(KpiDefinition kpi) {
    if (kpi instanceof SimpleKpi simple) {
      return Optional.of(simple.source());
    }
    if (kpi instanceof RatioKpi ratio) {
      return Optional.of(ratio.source());
    }
    return Optional.empty();
  }

  /**
   * An XmR chart on the values as published, in the KPI's unit and clamped to its range, for each
   * series with two adjacent values; seasonal when the baseline shows a season and the pipeline
   * asks for it ({@code spc.seasonal: auto}, the default), or, for a unit without a season of its
   * own, when its nearest ancestor's chart shows one (a borrowed season).
   */
  private Map<SeriesKey, ProcessBehaviourChart> charts(
      KpiResult result, KpiDefinition kpi, Optional<OrganisationTree> tree, Set<KnownChange> used,
      PublicationStore store) {
    Map<SeriesKey, ProcessBehaviourChart> charts = new LinkedHashMap<>();
    for (Series s : result.series()) {
      boolean adjacent = false;
      boolean previous = false;
      for (Point p : s.points()) {
        boolean present = p.value().isPresent();
        adjacent |= present && previous;
        previous = present;
      }
      if (adjacent) {
        charts.put(s.key(), chart(s, kpi, definition.seasonal() ? Seasonality.auto() : Seasonality.none(), used,
            store.baselines(kpi, s.key())));
      }
    }
    if (definition.seasonal() && tree.isPresent()) {
      borrowSeasons(result, kpi, tree.get(), charts, used, store);
    }
    return charts;
  }

  private ProcessBehaviourChart chart(
      Series s, KpiDefinition kpi, Seasonality season, Set<KnownChange> used, List<FrozenBaseline> frozen) {
    ProcessBehaviourChart.Builder chart =
        ProcessBehaviourChart.xmr(s.toValueObservations())
            .direction(kpi.profile().direction())
            .range(kpi.range())
            .seasonal(season)
            .fixLimitsAfter(definition.baselinePeriods());
    List<ChangePoint> changes = changePoints(kpi, s, used);
    changes.forEach(chart::changePoint);
    // A change point inside a frozen baseline ends it: its segments' limits are computed afresh.
    for (FrozenBaseline b : frozen) {
      if (changes.stream().noneMatch(c -> c.period().start().isAfter(b.first().start())
          && !c.period().start().isAfter(b.last().start()))) {
        chart.frozenBaseline(b);
      }
    }
    return chart.build();
  }

  /**
   * A unit's chart that shows no season of its own takes the season of its nearest ancestor whose
   * chart shows one ({@link Seasonality#borrowedFrom}): a small unit's two years cannot prove the
   * winter peak its staff share with the rest of the municipality, and charted without it, every
   * winter is a false alarm. Series with other dimensions besides the unit borrow from the
   * ancestor's series with the same other values.
   */
  private void borrowSeasons(KpiResult result, KpiDefinition kpi, OrganisationTree tree,
      Map<SeriesKey, ProcessBehaviourChart> charts, Set<KnownChange> used, PublicationStore store) {
    String field = definition.unitField();
    Map<SeriesKey, ProcessBehaviourChart> own = new LinkedHashMap<>(charts);
    for (Series s : result.series()) {
      ProcessBehaviourChart chart = own.get(s.key());
      int unitAt = s.key().dimensions().indexOf(field);
      if (chart == null || chart.seasonallyAdjusted() || unitAt < 0) {
        continue;
      }
      LocalDate day = lastObserved(s);
      for (OrgUnitId ancestor : tree.ancestors(OrgUnitId.of(s.key().values().get(unitAt)), day)) {
        List<String> values = new ArrayList<>(s.key().values());
        values.set(unitAt, ancestor.value());
        ProcessBehaviourChart lender = own.get(new SeriesKey(s.key().dimensions(), values));
        String name = tree.history(ancestor).isEmpty() ? ancestor.value()
            : tree.history(ancestor).get(tree.history(ancestor).size() - 1).name();
        Optional<Seasonality> season = lender == null ? Optional.empty() : Seasonality.borrowedFrom(lender, name);
        if (season.isPresent()) {
          charts.put(s.key(), chart(s, kpi, season.get(), used, store.baselines(kpi, s.key())));
          break;
        }
      }
    }
  }

  /** The start of a series' last period with a value. */
  private static LocalDate lastObserved(Series s) {
    LocalDate day = s.points().get(0).period().start();
    for (Point p : s.points()) {
      if (p.value().isPresent()) {
        day = p.period().start();
      }
    }
    return day;
  }

  /**
   * The change points of a series' chart: the KPI's data breaks, then the known changes that apply
   * to it, each at the first period of the chart's grain that starts on or after it; one per
   * period, and only those after the series' first period and within it. The known changes used
   * are added to {@code used}.
   */
  private List<ChangePoint> changePoints(KpiDefinition kpi, Series s, Set<KnownChange> used) {
    List<Period> periods = s.points().stream().map(Point::period).toList();
    Map<Period, ChangePoint> at = new LinkedHashMap<>();
    for (DataBreak b : kpi.profile().dataBreaks()) {
      Period p = KnownChange.firstFrom(kpi.grain(), b.date());
      if (periods.indexOf(p) > 0) {
        at.putIfAbsent(p, ChangePoint.dataBreak(p, b.reason()));
      }
    }
    for (KnownChange c : definition.changes()) {
      Period p = c.in(kpi.grain());
      if (c.appliesTo(s.key()) && periods.indexOf(p) > 0) {
        at.putIfAbsent(p, ChangePoint.rebase(p, c.reason()));
        used.add(c);
      }
    }
    return List.copyOf(at.values());
  }

  private static RunReport.KpiComputed summary(
      KpiDefinition kpi, DisclosedResult shown, Map<SeriesKey, ProcessBehaviourChart> charts) {
    long values = 0;
    for (Series s : shown.result().series()) {
      for (Point p : s.points()) {
        values += p.value().isPresent() ? 1 : 0;
      }
    }
    long primary = 0;
    long secondary = 0;
    for (Suppression withheld : shown.suppressions()) {
      if (withheld.reason().isPrimary()) {
        primary++;
      } else {
        secondary++;
      }
    }
    int signals = 0;
    for (ProcessBehaviourChart c : charts.values()) {
      signals += c.latest().flatMap(ChartPoint::variation).filter(Variation::isSpecialCause).isPresent() ? 1 : 0;
    }
    return new RunReport.KpiComputed(
        kpi.id().value(), kpi.version(), shown.result().series().size(), values,
        primary, secondary, charts.size(), signals);
  }

  private static LocalDate asOf(List<PublishedKpi> published) {
    LocalDate last = LocalDate.MIN;
    for (PublishedKpi k : published) {
      List<Period> periods = k.disclosed().result().periods();
      if (!periods.isEmpty() && periods.get(periods.size() - 1).end().isAfter(last)) {
        last = periods.get(periods.size() - 1).end();
      }
    }
    if (last.equals(LocalDate.MIN)) {
      throw new PipelineException("The pipeline computed no period: its sources gave no records");
    }
    return last;
  }

  /**
   * The guards on one use: each KPI's latest data, the chart of the organisation's
   * root, and the latest values of the organisation's leaf units.
   */
  private GuardReport guards(
      Usage usage, List<PublishedKpi> published, LocalDate asOf, Optional<OrganisationTree> tree) {
    GuardContext.Builder context =
        GuardContext.builder(definition.catalog(), usage)
            .policy(definition.guardPolicy())
            .asOf(asOf);
    for (PublishedKpi k : published) {
      String id = k.definition().id().value();
      KpiResult result = k.disclosed().result();
      Period last = result.periods().get(result.periods().size() - 1);
      context.latestData(id, last.end());
      Optional<OrganisationSnapshot> snapshot = tree.map(t -> t.asOf(last.end()));
      List<Double> leafValues = new ArrayList<>();
      for (Series s : result.series()) {
        Optional<OrgUnitId> unit = s.key().value(definition.unitField()).map(OrgUnitId::of);
        if (snapshot.isPresent() && unit.isPresent() && snapshot.get().contains(unit.get())) {
          if (snapshot.get().parent(unit.get()).isEmpty()) {
            k.chart(s.key()).ifPresent(c -> context.chart(id, c));
          } else if (snapshot.get().children(unit.get()).isEmpty()) {
            s.at(last).filter(KpiValue::isPresent).ifPresent(v -> leafValues.add(v.value().getAsDouble()));
          }
        } else if (snapshot.isEmpty() && s.key().dimensions().isEmpty()) {
          k.chart(s.key()).ifPresent(c -> context.chart(id, c));
        }
      }
      if (snapshot.isPresent()) {
        context.unitValues(id, leafValues);
      }
    }
    return Guards.builtIn().check(context.build());
  }

  private static List<String> filesIn(Path folder) throws IOException {
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(Files::isRegularFile)
          .map(p -> folder.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .forEach(files::add);
    }
    files.add("run-report.txt");
    return List.copyOf(new TreeSet<>(files));
  }

  /**
   * The definition this pipeline runs.
   *
   * @return the definition
   */
  public PipelineDefinition definition() {
    return definition;
  }

  /**
   * The formats this pipeline can write.
   *
   * @return the formats of its writers
   */
  public Set<String> formats() {
    return writers.keySet();
  }
}
