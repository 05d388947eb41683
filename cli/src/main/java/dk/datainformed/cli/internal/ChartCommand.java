package dk.datainformed.cli.internal;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.text.Language;
import dk.datainformed.spc.ChartNote;
import dk.datainformed.spc.ChartPoint;
import dk.datainformed.spc.ChartType;
import dk.datainformed.spc.Finding;
import dk.datainformed.spc.ImprovementDirection;
import dk.datainformed.spc.Limits;
import dk.datainformed.spc.Observation;
import dk.datainformed.spc.ProcessBehaviourChart;
import dk.datainformed.spc.SpcException;
import dk.datainformed.spc.SvgChart;
import dk.datainformed.spc.Variation;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code datainformed chart SERIES.csv}: a process behaviour chart of a small series file (see
 * {@link SeriesFile}) drawn as SVG, or as an HTML page with the SVG and its findings and notes in
 * words; the latest point's variation and the findings are printed.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    versionProvider = Commands.Version.class,
    description = {
      "Draw an SPC chart (process behaviour chart) of a series file as SVG or HTML, and say what it shows:"
          + " the latest point's variation and the findings, in words.",
      "The series file is CSV with a header: period;value (or period,value), or period;numerator;denominator"
          + " for a P′ or U′ chart. Periods as Statistics Denmark writes them (2024M01, 2024K1, 2024);"
          + " a decimal comma or point; an empty value is a period without data.",
      "At most " + SeriesFile.MAX_ROWS + " periods and " + SeriesFile.MAX_LINE_CHARS + " characters a line.",
    },
    footerHeading = "%n",
    footer = {
      "Examples:",
      "  datainformed chart fravaer.csv --direction lower --title \"Sygefravær, Hjemmeplejen\" --out fravaer.svg",
      "  datainformed chart andel.csv --type p-prime --baseline 12 --lang da --out andel.html",
      "",
      "Exit codes: 0 drawn; 2 the series file or an option is wrong (the message gives the line);"
          + " 1 an unexpected failure."
    })
public final class ChartCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(index = "0", paramLabel = "SERIES.csv", description = "The series file.")
  private Path series;

  @Option(names = "--type", paramLabel = "TYPE", defaultValue = "xmr",
      description = "xmr (values), p-prime (a proportion: numerator of denominator), u-prime (a rate per"
          + " unit) or run (median and runs only); default ${DEFAULT-VALUE}.")
  private String type;

  @Option(names = "--baseline", paramLabel = "N",
      description = "Fix the limits after the first N observed points and judge later points against them"
          + " (default: all points; fewer than 12 give trial limits).")
  private Integer baseline;

  @Option(names = "--direction", paramLabel = "DIRECTION", defaultValue = "neutral",
      description = "higher or lower (is better), which tells a concern from an improvement, or neutral;"
          + " default ${DEFAULT-VALUE}.")
  private Direction direction;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "da (Danish) or en (English), for the chart's labels and the words; default ${DEFAULT-VALUE}.")
  private ExplainCommand.Language language;

  @Option(names = "--title", paramLabel = "TEXT", description = "The chart's title (default: the file's name).")
  private String title;

  @Option(names = "--out", paramLabel = "FILE",
      description = "FILE.svg for the image, FILE.html for a page with the image and its findings in words"
          + " (default: the series file's name with .svg, beside it).")
  private Path out;

  /**
   * The command, printing to a console.
   *
   * @param console where it prints
   */
  public ChartCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    ChartType chartType = chartType(type);
    Path target = out != null ? out : defaultOut(series);
    boolean html = format(target);
    if (Files.isDirectory(target)) {
      throw new CommandException("--out " + target + " is a folder: give the file to write (FILE.svg or FILE.html)");
    }
    List<Observation> observations =
        SeriesFile.read(series, chartType == ChartType.P_PRIME || chartType == ChartType.U_PRIME);
    ProcessBehaviourChart chart;
    try {
      chart = build(chartType, observations);
    } catch (SpcException e) {
      throw new CommandException(series + ": " + e.getMessage());
    }
    Language lang = language == ExplainCommand.Language.DA ? Language.DANISH : Language.ENGLISH;
    Words words = new Words(lang, chartType == ChartType.P_PRIME);
    String shownTitle = CprDetector.mask(title != null ? title : name(series));
    SvgChart svg = SvgChart.of(chart).title(shownTitle).language(lang);
    if (chartType == ChartType.P_PRIME) {
      svg.scale(100, " %");
    }
    String image = svg.render();
    List<String> summary = summary(chart, words);
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(target, html ? page(shownTitle, image, chart, summary, words) : image, StandardCharsets.UTF_8);
    summary.forEach(console.out()::println);
    console.out().println(words.written() + " " + target.toAbsolutePath().normalize());
    return Commands.OK;
  }

  private ProcessBehaviourChart build(ChartType chartType, List<Observation> observations) {
    ProcessBehaviourChart.Builder builder = switch (chartType) {
      case XMR -> ProcessBehaviourChart.xmr(observations);
      case P_PRIME -> ProcessBehaviourChart.pPrime(observations);
      case U_PRIME -> ProcessBehaviourChart.uPrime(observations);
      case RUN -> ProcessBehaviourChart.run(observations);
    };
    builder.direction(direction.direction);
    if (baseline != null) {
      builder.fixLimitsAfter(baseline);
    }
    return builder.build();
  }

  private static ChartType chartType(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "xmr" -> ChartType.XMR;
      case "p-prime", "p'", "p′" -> ChartType.P_PRIME;
      case "u-prime", "u'", "u′" -> ChartType.U_PRIME;
      case "run" -> ChartType.RUN;
      default -> throw new CommandException("--type '" + Commands.shown(text) + "' is not a chart type; give xmr,"
          + " p-prime, u-prime or run");
    };
  }

  private static Path defaultOut(Path series) {
    String file = String.valueOf(series.getFileName());
    int dot = file.lastIndexOf('.');
    return series.resolveSibling((dot > 0 ? file.substring(0, dot) : file) + ".svg");
  }

  private static String name(Path series) {
    String file = String.valueOf(series.getFileName());
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  /** True for HTML, false for SVG, from the file's extension. */
  private static boolean format(Path target) {
    String file = String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT);
    if (file.endsWith(".html") || file.endsWith(".htm")) {
      return true;
    }
    if (file.endsWith(".svg")) {
      return false;
    }
    throw new CommandException("--out " + target + ": give a file ending in .svg (the image) or .html (a page with"
        + " the image and its findings in words)");
  }

  /** The lines printed: the chart, its latest point, its findings and notes. */
  private static List<String> summary(ProcessBehaviourChart chart, Words words) {
    List<String> lines = new ArrayList<>();
    List<ChartPoint> points = chart.points();
    ChartPoint latest = chart.latest().orElse(points.get(points.size() - 1));
    Limits limits = latest.limits();
    StringBuilder head = new StringBuilder(words.chart(chart.type())).append(", ").append(points.size())
        .append(' ').append(words.points()).append(", ").append(points.get(0).period().format()).append('–')
        .append(points.get(points.size() - 1).period().format()).append(": ")
        .append(chart.type() == ChartType.RUN ? words.median() : words.centre()).append(' ')
        .append(words.number(limits.centre()));
    if (limits.lower().isPresent() || limits.upper().isPresent()) {
      head.append(", ").append(words.limits()).append(' ').append(words.number(limits.lower())).append('–')
          .append(words.number(limits.upper()));
      if (limits.trial()) {
        head.append(" (").append(words.trial()).append(')');
      }
    } else if (chart.type().hasLimits()) {
      head.append(", ").append(words.noLimits());
    }
    lines.add(head.toString());
    lines.add(words.latest() + " " + latest.period().format() + ": " + words.number(latest.value()) + ", "
        + words.variation(latest.variation().orElse(Variation.COMMON_CAUSE)));
    if (chart.findings().isEmpty()) {
      lines.add(words.findings() + ": " + words.none());
    } else {
      lines.add(words.findings() + ":");
      chart.findings().forEach(f -> lines.add("  - " + f.describe(words.language())));
    }
    if (!chart.notes().isEmpty()) {
      lines.add(words.notes() + ":");
      chart.notes().forEach(n -> lines.add("  - " + n.describe(words.language())));
    }
    return lines;
  }

  /** A minimal page: the title, the SVG, and the findings and notes in words; no scripts, nothing fetched. */
  private static String page(String title, String svg, ProcessBehaviourChart chart, List<String> summary, Words words) {
    StringBuilder p = new StringBuilder();
    p.append("<!DOCTYPE html>\n<html lang=\"").append(words.language() == Language.DANISH ? "da" : "en")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(title)).append("</title>\n")
        .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}</style>\n")
        .append("</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n");
    p.append(svg.replaceFirst("^<\\?xml[^>]*\\?>\\s*", "")).append('\n');
    p.append("<p>").append(escape(summary.get(0))).append("</p>\n<p>").append(escape(summary.get(1))).append("</p>\n");
    p.append("<h2>").append(words.findings()).append("</h2>\n");
    if (chart.findings().isEmpty()) {
      p.append("<p>").append(words.none()).append("</p>\n");
    } else {
      p.append("<ul>\n");
      for (Finding f : chart.findings()) {
        p.append("<li>").append(escape(f.describe(words.language()))).append("</li>\n");
      }
      p.append("</ul>\n");
    }
    if (!chart.notes().isEmpty()) {
      p.append("<h2>").append(words.notes()).append("</h2>\n<ul>\n");
      for (ChartNote n : chart.notes()) {
        p.append("<li>").append(escape(n.describe(words.language()))).append("</li>\n");
      }
      p.append("</ul>\n");
    }
    return p.append("</body>\n</html>\n").toString();
  }

  private static String escape(String text) {
    return CprDetector.mask(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** Which way the measure gets better. */
  enum Direction {
    /** Higher is better. */
    HIGHER(ImprovementDirection.HIGHER_IS_BETTER),
    /** Lower is better. */
    LOWER(ImprovementDirection.LOWER_IS_BETTER),
    /** Neither. */
    NEUTRAL(ImprovementDirection.NEUTRAL);

    private final ImprovementDirection direction;

    Direction(ImprovementDirection direction) {
      this.direction = direction;
    }
  }

  /** The words of the summary, in Danish or English; numbers as the language writes them. */
  private record Words(Language language, boolean percent) {
    private boolean da() {
      return language == Language.DANISH;
    }

    String chart(ChartType type) {
      return switch (type) {
        case XMR -> da() ? "XmR-kort" : "XmR chart";
        case P_PRIME -> da() ? "P′-kort" : "P′ chart";
        case U_PRIME -> da() ? "U′-kort" : "U′ chart";
        case RUN -> da() ? "Seriediagram" : "Run chart";
      };
    }

    String points() {
      return da() ? "punkter" : "points";
    }

    String centre() {
      return da() ? "centerlinje" : "centre";
    }

    String median() {
      return da() ? "median" : "median";
    }

    String limits() {
      return da() ? "procesgrænser" : "process limits";
    }

    String noLimits() {
      return da() ? "ingen procesgrænser (for få data)" : "no process limits (too little data)";
    }

    String trial() {
      return da() ? "foreløbige grænser: færre end " + ProcessBehaviourChart.MINIMUM_BASELINE + " punkter"
          : "trial limits: fewer than " + ProcessBehaviourChart.MINIMUM_BASELINE + " points";
    }

    String latest() {
      return da() ? "Seneste punkt" : "Latest point";
    }

    String findings() {
      return da() ? "Fund" : "Findings";
    }

    String notes() {
      return da() ? "Noter" : "Notes";
    }

    String none() {
      return da() ? "ingen" : "none";
    }

    String written() {
      return da() ? "Kortet er skrevet til" : "Chart written to";
    }

    String variation(Variation v) {
      return switch (v) {
        case COMMON_CAUSE -> da() ? "almindelig variation (støj)" : "common cause variation (noise)";
        case SPECIAL_CAUSE_CONCERN -> da() ? "særlig variation, til bekymring" : "special cause, a concern";
        case SPECIAL_CAUSE_IMPROVEMENT -> da() ? "særlig variation, en forbedring" : "special cause, an improvement";
        case SPECIAL_CAUSE_NEUTRAL -> da() ? "særlig variation (neutral)" : "special cause (neutral)";
      };
    }

    String number(OptionalDouble value) {
      return value.isPresent() ? number(value.getAsDouble()) : "–";
    }

    /** Four significant digits, in percent for a P′ chart. */
    String number(double value) {
      double v = percent ? value * 100 : value;
      String text = v == 0 ? "0"
          : new BigDecimal(v).round(new MathContext(4, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
      return (da() ? text.replace('.', ',') : text) + (percent ? " %" : "");
    }
  }
}
