package dk.datainformed.spc.internal;

import dk.datainformed.core.text.Language;
import dk.datainformed.core.text.XmlText;
import dk.datainformed.core.time.Period;
import dk.datainformed.spc.Assurance;
import dk.datainformed.spc.ChartNote;
import dk.datainformed.spc.ChartPoint;
import dk.datainformed.spc.Finding;
import dk.datainformed.spc.ProcessBehaviourChart;
import dk.datainformed.spc.Variation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * Writes a chart as SVG text: plain string building, coordinates in a fixed format, numbers on the
 * page in the language's format, all text escaped.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SvgWriter {
  private static final int LEFT = 76;
  private static final int RIGHT = 20;
  private static final int TOP = 60;
  private static final int BOTTOM = 40;
  private static final String[] DANISH_MONTHS = {
    "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"
  };
  private static final String[] ENGLISH_MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  /**
   * How to draw.
   *
   * @param title the title, unescaped
   * @param width canvas width
   * @param height canvas height
   * @param language language of labels, numbers and hover texts
   * @param scale factor from the chart's values to the axis (100 for proportions on a percent
   *     axis)
   * @param unit text after each axis number and value, e.g. " %"; may be empty
   * @param axisLow the lowest value the axis must show, in axis units, if any
   * @param axisHigh the highest value the axis must show, in axis units, if any
   */
  public record Options(
      String title,
      int width,
      int height,
      Language language,
      double scale,
      String unit,
      OptionalDouble axisLow,
      OptionalDouble axisHigh) {}

  private SvgWriter() {}

  /**
   * Writes the document.
   *
   * @param chart the chart
   * @param o how to draw
   * @return the SVG document
   */
  public static String write(ProcessBehaviourChart chart, Options o) {
    boolean da = o.language() == Language.DANISH;
    int width = o.width();
    int height = o.height();
    List<ChartPoint> points = chart.points();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (ChartPoint p : points) {
      double[] candidates = {
        p.value().orElse(Double.NaN),
        p.limits().centre(),
        p.limits().lower().orElse(Double.NaN),
        p.limits().upper().orElse(Double.NaN)
      };
      for (double c : candidates) {
        if (!Double.isNaN(c)) {
          min = Math.min(min, c * o.scale());
          max = Math.max(max, c * o.scale());
        }
      }
    }
    if (chart.target().isPresent()) {
      min = Math.min(min, chart.target().getAsDouble() * o.scale());
      max = Math.max(max, chart.target().getAsDouble() * o.scale());
    }
    if (o.axisLow().isPresent()) {
      min = Math.min(min, o.axisLow().getAsDouble());
      max = Math.max(max, o.axisLow().getAsDouble());
    }
    if (o.axisHigh().isPresent()) {
      min = Math.min(min, o.axisHigh().getAsDouble());
      max = Math.max(max, o.axisHigh().getAsDouble());
    }
    if (Double.isInfinite(min)) {
      min = 0;
      max = 1;
    }
    if (max - min < 1e-9 * Math.max(1, Math.abs(max))) {
      double pad = Math.max(1e-6, Math.abs(max) * 0.1);
      min -= pad;
      max += pad;
    }
    double step = niceStep((max - min) / 5);
    double low = Math.floor(min / step + 1e-9) * step;
    double high = Math.ceil(max / step - 1e-9) * step;
    if (chart.range().isPresent()) {
      ChartRange r = new ChartRange(chart, o.scale());
      low = Math.max(low, r.lowest);
      high = Math.min(high, r.highest);
    }
    int decimals = NumberText.decimalsFor(step);
    double plotWidth = width - LEFT - RIGHT;
    double plotHeight = height - TOP - BOTTOM;
    int n = points.size();
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = n > 1 ? LEFT + i * plotWidth / (n - 1) : LEFT + plotWidth / 2;
    }
    final double top = high;
    final double bottom = low;
    Scale y = v -> TOP + (top - v * o.scale()) / (top - bottom) * plotHeight;

    StringBuilder s = new StringBuilder(8192);
    s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" role=\"img\" aria-label=\"").append(XmlText.escape(o.title()))
        .append("\">\n");
    // The first <title> and <desc> are the image's name and description (SVG-AAM); no ids, so many
    // charts can share one page.
    s.append("<title>").append(XmlText.escape(o.title())).append("</title>\n");
    s.append("<desc>").append(XmlText.escape(description(chart, o, decimals)))
        .append("</desc>\n");
    s.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" fill=\"#ffffff\"/>\n");
    s.append("<text class=\"chart-title\" x=\"").append(LEFT).append("\" y=\"20\" font-family=\"sans-serif\""
        + " font-size=\"14\" fill=\"#000000\">").append(XmlText.escape(o.title())).append("</text>\n");
    List<String> captions = new ArrayList<>();
    if (chart.seasonallyAdjusted()) {
      captions.add(da ? "sæsonjusteret" : "seasonally adjusted");
    }
    if (!chart.hasEnoughData()) {
      captions.add(da ? "for få data til kontrolgrænser" : "not enough data for process limits");
    } else if (chart.type().hasLimits() && chart.segments().stream().anyMatch(seg -> seg.trial())) {
      captions.add(da ? "foreløbige grænser" : "trial limits");
    }
    if (chart.notes().stream().anyMatch(ChartNote.Autocorrelated.class::isInstance)) {
      captions.add(da ? "autokorrelerede data: grænserne er for snævre" : "autocorrelated data: limits too narrow");
    }
    if (!captions.isEmpty()) {
      s.append("<text class=\"caption\" x=\"").append(LEFT).append("\" y=\"38\" font-family=\"sans-serif\""
          + " font-size=\"11\" fill=\"#333333\">").append(XmlText.escape(String.join(" · ", captions)))
          .append("</text>\n");
    }
    icons(s, chart, o, width);

    // Horizontal grid and y-axis labels at round values.
    s.append("<g class=\"y-axis\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#333333\">\n");
    int ticks = (int) Math.round((high - low) / step);
    for (int k = 0; k <= ticks; k++) {
      double v = low + k * step;
      double ty = TOP + (high - v) / (high - low) * plotHeight;
      s.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" y1=\"").append(num(ty))
          .append("\" x2=\"").append(width - RIGHT).append("\" y2=\"").append(num(ty))
          .append("\" stroke=\"#e0e0e0\" stroke-width=\"1\"/>\n");
      s.append("<text class=\"y-tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(num(ty + 4))
          .append("\" text-anchor=\"end\">")
          .append(XmlText.escape(NumberText.format(o.language(), v, decimals) + o.unit()))
          .append("</text>\n");
    }
    s.append("</g>\n");
    periodTicks(s, points, x, o, height);

    for (int seg = 0; seg < chart.segments().size(); seg++) {
      List<Integer> indexes = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (points.get(i).segment() == seg) {
          indexes.add(i);
        }
      }
      line(s, "centre", "#333333", "", indexes, x, i -> y.at(points.get(i).limits().centre()));
      line(s, "upper-limit", "#666666", " stroke-dasharray=\"6 4\"", indexes, x,
          i -> y.at(points.get(i).limits().upper().orElse(Double.NaN)));
      line(s, "lower-limit", "#666666", " stroke-dasharray=\"6 4\"", indexes, x,
          i -> y.at(points.get(i).limits().lower().orElse(Double.NaN)));
    }
    if (chart.target().isPresent()) {
      double ty = y.at(chart.target().getAsDouble());
      s.append("<line class=\"target\" x1=\"").append(LEFT).append("\" y1=\"").append(num(ty))
          .append("\" x2=\"").append(width - RIGHT).append("\" y2=\"").append(num(ty))
          .append("\" stroke=\"#b22222\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\"/>\n");
    }
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(i);
    }
    line(s, "values", "#555555", "", all, x, i -> y.at(points.get(i).value().orElse(Double.NaN)));
    int valueDecimals = Math.min(3, decimals + 1);
    for (int i = 0; i < n; i++) {
      ChartPoint p = points.get(i);
      if (p.isMissing()) {
        continue;
      }
      Variation v = p.variation().orElse(Variation.COMMON_CAUSE);
      boolean special = v.isSpecialCause();
      // Filled for a signal, hollow for noise: the difference survives a black-and-white print.
      s.append("<circle class=\"").append(cssClass(v)).append("\" cx=\"").append(num(x[i]))
          .append("\" cy=\"").append(num(y.at(p.value().getAsDouble())))
          .append("\" r=\"").append(special ? "4.5" : "3.5").append("\" fill=\"")
          .append(special ? colour(v) : "#ffffff").append("\" stroke=\"").append(colour(v))
          .append("\" stroke-width=\"1.5\"><title>")
          .append(XmlText.escape(hover(chart, p, o, valueDecimals))).append("</title></circle>\n");
    }
    for (int seg = 1; seg < chart.segments().size(); seg++) {
      int first = indexOf(points, chart.segments().get(seg).first());
      double cx = first > 0 ? (x[first - 1] + x[first]) / 2 : x[first];
      s.append("<line class=\"change-point\" x1=\"").append(num(cx)).append("\" y1=\"").append(TOP)
          .append("\" x2=\"").append(num(cx)).append("\" y2=\"").append(height - BOTTOM)
          .append("\" stroke=\"#333333\" stroke-width=\"1\"><title>")
          .append(XmlText.escape(chart.segments().get(seg).startedBy().map(c -> c.reason()).orElse("")))
          .append("</title></line>\n");
    }
    s.append("</svg>\n");
    return s.toString();
  }

  /** The chart's declared range in axis units, open ends as infinities. */
  private static final class ChartRange {
    final double lowest;
    final double highest;

    ChartRange(ProcessBehaviourChart chart, double scale) {
      lowest = chart.range().get().lowest().orElse(Double.NEGATIVE_INFINITY) * scale;
      highest = chart.range().get().highest().orElse(Double.POSITIVE_INFINITY) * scale;
    }
  }

  /**
   * 1, 2 or 5 times a power of ten, the nearest to a rough step (Heckbert, "Nice numbers for graph
   * labels", Graphics Gems, 1990).
   *
   * @param rough the rough step, above 0
   * @return the nice step
   */
  public static double niceStep(double rough) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
    double norm = rough / magnitude;
    double nice = norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10;
    return new java.math.BigDecimal(nice * magnitude).round(new java.math.MathContext(6)).doubleValue();
  }

  private static void periodTicks(
      StringBuilder s, List<ChartPoint> points, double[] x, Options o, int height) {
    int n = points.size();
    s.append("<g class=\"x-axis\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#333333\">\n");
    s.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(height - BOTTOM)
        .append("\" x2=\"").append(o.width() - RIGHT).append("\" y2=\"").append(height - BOTTOM)
        .append("\" stroke=\"#333333\" stroke-width=\"1\"/>\n");
    if (n > 0) {
      int[] strides = strides(points.get(0).period(), n);
      for (int stride : strides) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          if (aligned(points.get(i).period(), stride)) {
            at.add(i);
          }
        }
        if (at.isEmpty()) {
          at.add(0);
        }
        double widest = 0;
        for (int i : at) {
          widest = Math.max(widest, label(o.language(), points.get(i).period(), stride).length() * 6.5);
        }
        boolean fits = true;
        for (int k = 1; k < at.size(); k++) {
          fits &= x[at.get(k)] - x[at.get(k - 1)] >= widest + 8;
        }
        if (fits || stride == strides[strides.length - 1]) {
          for (int i : at) {
            s.append("<line class=\"x-tick\" x1=\"").append(num(x[i])).append("\" y1=\"")
                .append(height - BOTTOM).append("\" x2=\"").append(num(x[i])).append("\" y2=\"")
                .append(height - BOTTOM + 4).append("\" stroke=\"#333333\" stroke-width=\"1\"/>\n");
            s.append("<text class=\"x-label\" x=\"").append(num(x[i])).append("\" y=\"")
                .append(height - BOTTOM + 17).append("\" text-anchor=\"middle\">")
                .append(XmlText.escape(label(o.language(), points.get(i).period(), stride)))
                .append("</text>\n");
          }
          break;
        }
      }
    }
    s.append("</g>\n");
  }

  /**
   * Candidate tick strides, in periods of the grain, finest first: months by quarter then year;
   * weeks by quarter then year; quarters, half-years and years by year then longer.
   */
  private static int[] strides(Period first, int n) {
    switch (first.grain()) {
      case DAY:
        return new int[] {7, 30, 365};
      case WEEK:
        return n <= 104 ? new int[] {13, 52, 104} : new int[] {52, 104, 260};
      case MONTH:
        return n <= 36 ? new int[] {3, 12, 24, 60} : new int[] {12, 24, 60, 120};
      case QUARTER:
        return n <= 12 ? new int[] {1, 4, 8, 20} : new int[] {4, 8, 20, 40};
      case HALF_YEAR:
        return new int[] {1, 2, 4, 10};
      default:
        return new int[] {1, 2, 5, 10, 20};
    }
  }

  /** Whether a period starts a tick interval: a quarter, a year, every k years. */
  private static boolean aligned(Period p, int stride) {
    LocalDate start = p.start();
    switch (p.grain()) {
      case DAY:
        return stride == 7 ? start.getDayOfWeek().getValue() == 1
            : stride == 30 ? start.getDayOfMonth() == 1 : start.getDayOfYear() == 1;
      case WEEK:
        int week = ((Period.Week) p).week();
        return stride == 13 ? (week - 1) % 13 == 0 && week < 53
            : week == 1 && ((Period.Week) p).weekYear() % (stride / 52) == 0;
      case MONTH:
        int month = start.getMonthValue();
        return stride == 3 ? (month - 1) % 3 == 0 : month == 1 && start.getYear() % (stride / 12) == 0;
      case QUARTER:
        return stride == 1 || start.getMonthValue() == 1 && start.getYear() % (stride / 4) == 0;
      case HALF_YEAR:
        return stride == 1 || start.getMonthValue() == 1 && start.getYear() % (stride / 2) == 0;
      default:
        return start.getYear() % stride == 0;
    }
  }

  private static String label(Language language, Period p, int stride) {
    boolean da = language == Language.DANISH;
    LocalDate start = p.start();
    switch (p.grain()) {
      case DAY:
        return stride >= 365 ? Integer.toString(start.getYear())
            : start.getDayOfMonth() + (da ? ". " : " ")
                + (da ? DANISH_MONTHS : ENGLISH_MONTHS)[start.getMonthValue() - 1];
      case WEEK:
        return stride >= 52 ? Integer.toString(((Period.Week) p).weekYear()) : FindingText.period(language, p);
      case MONTH:
        return stride >= 12 ? Integer.toString(start.getYear())
            : (da ? DANISH_MONTHS : ENGLISH_MONTHS)[start.getMonthValue() - 1] + " " + start.getYear();
      case QUARTER:
        return stride >= 4 ? Integer.toString(start.getYear()) : FindingText.period(language, p);
      case HALF_YEAR:
        return stride >= 2 ? Integer.toString(start.getYear()) : FindingText.period(language, p);
      default:
        return Integer.toString(start.getYear());
    }
  }

  /** The Making Data Count variation and assurance icons, drawn as shapes with a letter. */
  private static void icons(StringBuilder s, ProcessBehaviourChart chart, Options o, int width) {
    boolean da = o.language() == Language.DANISH;
    Optional<ChartPoint> latest = chart.latest();
    double cy = 30;
    double cx = width - RIGHT - 16;
    Assurance assurance = chart.assurance();
    if (assurance != Assurance.NONE) {
      String colour;
      String letter;
      String text;
      switch (assurance) {
        case CONSISTENTLY_PASSES:
          colour = "#1f77b4";
          letter = "P";
          text = da ? "Når målet hver gang" : "Consistently passes the target";
          break;
        case CONSISTENTLY_FAILS:
          colour = "#e36c0a";
          letter = "F";
          text = da ? "Når aldrig målet" : "Consistently fails the target";
          break;
        default:
          colour = "#7f7f7f";
          letter = "?";
          text = da ? "Når målet nogle gange (hit and miss)" : "Hit and miss against the target";
          break;
      }
      s.append("<g class=\"icon assurance-icon ").append(assurance.name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .append("\" role=\"img\" aria-label=\"").append(XmlText.escape(text)).append("\"><title>")
          .append(XmlText.escape(text)).append("</title>");
      s.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
          .append("\" r=\"14\" fill=\"#ffffff\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\"/>");
      s.append("<line x1=\"").append(num(cx - 9)).append("\" y1=\"").append(num(cy + 5)).append("\" x2=\"")
          .append(num(cx + 9)).append("\" y2=\"").append(num(cy + 5)).append("\" stroke=\"#b22222\""
              + " stroke-width=\"1.2\" stroke-dasharray=\"2 1.5\"/>");
      s.append("<text x=\"").append(num(cx)).append("\" y=\"").append(num(cy + 2))
          .append("\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"13\" font-weight=\"bold\""
              + " fill=\"").append(colour).append("\">").append(letter).append("</text></g>\n");
      cx -= 36;
    }
    if (latest.isEmpty() || latest.get().variation().isEmpty()) {
      return;
    }
    ChartPoint p = latest.get();
    Variation v = p.variation().get();
    boolean high = p.value().getAsDouble() > p.limits().centre();
    String letter = v.isSpecialCause() ? (high ? "H" : "L") : "";
    String text = variationText(v, high, da);
    String colour = colour(v);
    s.append("<g class=\"icon variation-icon ").append(cssClass(v).substring("point ".length()))
        .append("\" role=\"img\" aria-label=\"").append(XmlText.escape(text)).append("\"><title>")
        .append(XmlText.escape(text)).append("</title>");
    s.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
        .append("\" r=\"14\" fill=\"#ffffff\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\"/>");
    // Five dots: level for common cause, ending high or low for a special cause.
    StringBuilder dots = new StringBuilder();
    for (int k = 0; k < 5; k++) {
      double dx = cx - 8 + 4 * k;
      double dy = cy + 6 - (v.isSpecialCause() && k >= 3 ? (high ? 3 * (k - 2) : -3 * (k - 2)) : 0);
      dots.append("<circle cx=\"").append(num(dx)).append("\" cy=\"").append(num(dy))
          .append("\" r=\"1.4\" fill=\"").append(k >= 3 && v.isSpecialCause() ? colour : "#7f7f7f").append("\"/>");
    }
    s.append(dots);
    if (!letter.isEmpty()) {
      s.append("<text x=\"").append(num(cx)).append("\" y=\"").append(num(cy - 1))
          .append("\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"11\" font-weight=\"bold\""
              + " fill=\"").append(colour).append("\">").append(letter).append("</text>");
    }
    s.append("</g>\n");
  }

  private static String variationText(Variation v, boolean high, boolean da) {
    switch (v) {
      case SPECIAL_CAUSE_IMPROVEMENT:
        return da ? "Særlig årsag: forbedring (" + (high ? "høj" : "lav") + ")"
            : "Special cause: improvement (" + (high ? "high" : "low") + ")";
      case SPECIAL_CAUSE_CONCERN:
        return da ? "Særlig årsag: bekymring (" + (high ? "høj" : "lav") + ")"
            : "Special cause: concern (" + (high ? "high" : "low") + ")";
      case SPECIAL_CAUSE_NEUTRAL:
        return da ? "Særlig årsag (" + (high ? "høj" : "lav") + ")"
            : "Special cause (" + (high ? "high" : "low") + ")";
      default:
        return da ? "Almindelig variation" : "Common-cause variation";
    }
  }

  /** What a screen reader says for the whole chart. */
  private static String description(ProcessBehaviourChart chart, Options o, int decimals) {
    boolean da = o.language() == Language.DANISH;
    StringBuilder d = new StringBuilder();
    Optional<ChartPoint> latest = chart.latest();
    if (latest.isPresent()) {
      ChartPoint p = latest.get();
      boolean high = p.value().getAsDouble() > p.limits().centre();
      d.append(da ? "Seneste værdi " : "Latest value ")
          .append(NumberText.format(o.language(), p.value().getAsDouble() * o.scale(), Math.min(3, decimals + 1)))
          .append(o.unit()).append(", ").append(FindingText.period(o.language(), p.period())).append(": ")
          .append(variationText(p.variation().orElse(Variation.COMMON_CAUSE), high, da).toLowerCase(Locale.ROOT))
          .append(". ");
    } else {
      d.append(da ? "Ingen observerede værdier. " : "No observed values. ");
    }
    int signals = chart.findings().size();
    d.append(signals).append(da ? (signals == 1 ? " signal" : " signaler") : (signals == 1 ? " signal" : " signals"))
        .append(da ? " i alt." : " in all.");
    for (Finding f : chart.latestFindings()) {
      d.append(' ').append(f.describe(o.language())).append('.');
    }
    for (ChartNote note : chart.notes()) {
      d.append(' ').append(note.describe(o.language())).append('.');
    }
    return d.toString();
  }

  private static int indexOf(List<ChartPoint> points, Period period) {
    for (int i = 0; i < points.size(); i++) {
      if (points.get(i).period().equals(period)) {
        return i;
      }
    }
    return 0;
  }

  private interface Scale {
    double at(double value);
  }

  private interface IndexToY {
    double at(int index);
  }

  private static void line(
      StringBuilder s,
      String cssClass,
      String colour,
      String extra,
      List<Integer> indexes,
      double[] x,
      IndexToY y) {
    List<String> current = new ArrayList<>();
    for (int i : indexes) {
      double yi = y.at(i);
      if (Double.isNaN(yi)) {
        flush(s, cssClass, colour, extra, current);
        continue;
      }
      current.add(num(x[i]) + "," + num(yi));
    }
    flush(s, cssClass, colour, extra, current);
  }

  private static void flush(
      StringBuilder s, String cssClass, String colour, String extra, List<String> coordinates) {
    if (coordinates.isEmpty()) {
      return;
    }
    if (coordinates.size() == 1) {
      String[] xy = coordinates.get(0).split(",");
      double xx = Double.parseDouble(xy[0]);
      coordinates.add(0, num(xx - 3) + "," + xy[1]);
      coordinates.add(num(xx + 3) + "," + xy[1]);
    }
    s.append("<polyline class=\"").append(cssClass).append("\" fill=\"none\" stroke=\"")
        .append(colour).append("\" stroke-width=\"1.5\"").append(extra).append(" points=\"")
        .append(String.join(" ", coordinates)).append("\"/>\n");
    coordinates.clear();
  }

  private static String hover(ProcessBehaviourChart chart, ChartPoint p, Options o, int decimals) {
    StringBuilder h = new StringBuilder();
    h.append(FindingText.period(o.language(), p.period())).append(": ")
        .append(NumberText.format(o.language(), p.value().getAsDouble() * o.scale(), decimals))
        .append(o.unit());
    for (Finding f : chart.findings()) {
      if (f.flagged().contains(p.period())) {
        h.append("; ").append(f.describe(o.language()));
      }
    }
    return h.toString();
  }

  private static String cssClass(Variation v) {
    switch (v) {
      case SPECIAL_CAUSE_IMPROVEMENT:
        return "point improvement";
      case SPECIAL_CAUSE_CONCERN:
        return "point concern";
      case SPECIAL_CAUSE_NEUTRAL:
        return "point special-cause";
      default:
        return "point common-cause";
    }
  }

  private static String colour(Variation v) {
    switch (v) {
      case SPECIAL_CAUSE_IMPROVEMENT:
        return "#1f77b4";
      case SPECIAL_CAUSE_CONCERN:
        return "#e36c0a";
      case SPECIAL_CAUSE_NEUTRAL:
        return "#7b4fa0";
      default:
        return "#7f7f7f";
    }
  }

  /**
   * Two decimals, a point as decimal separator, whatever the default locale: for coordinates.
   *
   * @param v the coordinate
   * @return the text
   */
  public static String num(double v) {
    String text = String.format(Locale.ROOT, "%.2f", v);
    return "-0.00".equals(text) ? "0.00" : text;
  }
}
