package dk.datainformed.pipeline;

import dk.datainformed.connector.api.ConnectorState;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a pipeline run did: what it read from each source and which rows it could not read (with
 * their positions), what it computed and withheld for each KPI, what the guards said, and which
 * files it wrote.
 *
 * <pre>{@code
 * RunReport report = pipeline.run(Path.of("target/cockpit"));
 * report.sources().get(0).rejected();   // rows with their line numbers and reasons
 * report.kpis().get(0).suppressed();    // values withheld by disclosure control
 * }</pre>
 *
 * <p>It holds no row content: rejected rows are kept for inspection in the rejected-rows folder
 * beside the output ({@link #rejectedRowsFolder()}), never in the published folder.
 *
 * @param pipeline the pipeline's name
 * @param sources what was read, per source
 * @param kpis what was computed, per KPI
 * @param guards what the guards said, when they ran
 * @param files the files written, relative to the output folder, in order
 * @param rejectedRowsFolder where the rows that could not be read were kept, when there were any
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RunReport(
    String pipeline,
    List<SourceRead> sources,
    List<KpiComputed> kpis,
    Optional<GuardSummary> guards,
    List<String> files,
    Optional<String> rejectedRowsFolder) {

  /**
   * Creates the report.
   *
   * @param pipeline the name
   * @param sources per source
   * @param kpis per KPI
   * @param guards the guards' summary
   * @param files the files written
   * @param rejectedRowsFolder the rejected rows' folder
   */
  public RunReport {
    sources = List.copyOf(sources);
    kpis = List.copyOf(kpis);
    files = List.copyOf(files);
  }

  /**
   * What was read from one source.
   *
   * @param source the source's id
   * @param connector the connector's name
   * @param records the records read and passed on
   * @param pseudonymisedFields the fields whose CPR numbers were replaced by pseudonyms
   * @param rejected the rows that could not be read
   * @param state the connector's last checkpoint of each stream the read went through; keep it
   *     with what was done with the records (a results store commits both in one transaction)
   */
  public record SourceRead(
      String source, String connector, long records, List<String> pseudonymisedFields,
      List<RejectedRow> rejected, ConnectorState state) {
    /**
     * Creates the entry.
     *
     * @param source the id
     * @param connector the connector
     * @param records the records
     * @param pseudonymisedFields the pseudonymised fields
     * @param rejected the rejected rows
     * @param state the checkpoints reached
     */
    public SourceRead {
      pseudonymisedFields = List.copyOf(pseudonymisedFields);
      rejected = List.copyOf(rejected);
      if (state == null) {
        throw new PipelineException("A source read needs its connector state (ConnectorState.empty() for none)");
      }
    }
  }

  /**
   * A row that could not be read: where it is and why, never its content.
   *
   * @param position where, e.g. {@code loenfravaer.csv, line 1207}
   * @param reason why, with identifier values masked
   */
  public record RejectedRow(String position, String reason) {}

  /**
   * What was computed for one KPI.
   *
   * @param kpi the KPI's id
   * @param version the definition's version
   * @param series how many series (groups) were computed
   * @param values how many values are published (present and not withheld)
   * @param primary how many values were withheld because too few were behind them
   * @param secondary how many more were withheld so that those cannot be recomputed
   * @param charts how many process behaviour charts were drawn
   * @param signals how many charts show a special cause in the latest period
   */
  public record KpiComputed(
      String kpi, int version, int series, long values, long primary, long secondary, int charts,
      int signals) {

    /**
     * All values withheld by disclosure control.
     *
     * @return primary plus secondary
     */
    public long suppressed() {
      return primary + secondary;
    }
  }

  /**
   * What the guards said.
   *
   * @param findings how many findings
   * @param blocked whether a finding blocks publication under the policy
   */
  public record GuardSummary(int findings, boolean blocked) {}

  /**
   * The report as plain text, for a console or a log: counts and positions, no row content.
   *
   * @return the text
   */
  public String toText() {
    StringBuilder s = new StringBuilder();
    s.append("Pipeline ").append(pipeline).append('\n');
    for (SourceRead r : sources) {
      s.append("  source ").append(r.source()).append(" (").append(r.connector()).append("): ")
          .append(r.records()).append(" records");
      if (!r.pseudonymisedFields().isEmpty()) {
        s.append(", pseudonymised ").append(String.join(", ", r.pseudonymisedFields()));
      }
      s.append(", ").append(r.rejected().size()).append(" rows rejected\n");
      for (RejectedRow row : r.rejected()) {
        s.append("    ").append(row.position()).append(": ").append(row.reason()).append('\n');
      }
    }
    for (KpiComputed k : kpis) {
      s.append("  KPI ").append(k.kpi()).append(" v").append(k.version()).append(": ")
          .append(k.series()).append(" series, ").append(k.values()).append(" values published, ")
          .append(k.primary()).append(" withheld (too few) and ").append(k.secondary())
          .append(" withheld (to protect them), ").append(k.charts()).append(" charts, ")
          .append(k.signals()).append(" with a special cause in the latest period\n");
    }
    guards.ifPresent(
        g -> s.append("  guards: ").append(g.findings()).append(" findings")
            .append(g.blocked() ? ", publication blocked" : "").append('\n'));
    s.append("  wrote ").append(files.size()).append(" files");
    rejectedRowsFolder.ifPresent(f -> s.append("; rejected rows kept in ").append(f));
    s.append('\n');
    return s.toString();
  }
}
