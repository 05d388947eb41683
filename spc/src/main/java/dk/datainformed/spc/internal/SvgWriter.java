package dk.datainformed.spc.internal;

import dk.datainformed.core.text.XmlText;
import dk.datainformed.spc.ChartPoint;
import dk.datainformed.spc.Finding;
import dk.datainformed.core.text.Language;
import dk.datainformed.spc.ProcessBehaviourChart;
import dk.datainformed.spc.Variation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Writes a chart as SVG text: plain string building, fixed number format, escaped text. */
public final class SvgWriter {
  private static final int LEFT = 64;
  private static final int RIGHT = 16;
  private static final int TOP = 32;
  private static final int BOTTOM = 36;

  private SvgWriter() {}

  /**
   * Writes the document.
   *
   * @param chart the chart
   * @param title the title, unescaped
   * @param width canvas width
   * @param height canvas height
   * @param language language of hover texts
   * @return the SVG document
   */
  public static String write(
      ProcessBehaviourChart chart, String title, int width, int height, Language language) {
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
          min = Math.min(min, c);
          max = Math.max(max, c);
        }
      }
    }
    if (chart.target().isPresent()) {
      min = Math.min(min, chart.target().getAsDouble());
      max = Math.max(max, chart.target().getAsDouble());
    }
    if (max - min < 1e-9 * Math.max(1, Math.abs(max))) {
      min -= 1;
      max += 1;
    }
    double pad = (max - min) * 0.05;
    double low = min - pad;
    double high = max + pad;
    double plotWidth = width - LEFT - RIGHT;
    double plotHeight = height - TOP - BOTTOM;
    int n = points.size();
    double step = n > 1 ? plotWidth / (n - 1) : 0;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = n > 1 ? LEFT + i * step : LEFT + plotWidth / 2;
    }
    ToDoubleFunction<Double> y = v -> TOP + (high - v) / (high - low) * plotHeight;

    StringBuilder s = new StringBuilder(4096);
    s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" role=\"img\" aria-label=\"").append(XmlText.escape(title)).append("\">\n");
    s.append("<title>").append(XmlText.escape(title)).append("</title>\n");
    s.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" fill=\"#ffffff\"/>\n");
    s.append("<text x=\"").append(LEFT).append("\" y=\"20\" font-family=\"sans-serif\" font-size=\"14\">")
        .append(XmlText.escape(title)).append("</text>\n");

    // Centre and limits, one polyline per segment (and per stretch of known limits).
    for (int seg = 0; seg < chart.segments().size(); seg++) {
      List<Integer> indexes = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (points.get(i).segment() == seg) {
          indexes.add(i);
        }
      }
      line(s, "centre", "#333333", "", indexes, x, i -> y.applyAsDouble(points.get(i).limits().centre()));
      line(s, "upper-limit", "#888888", " stroke-dasharray=\"6 4\"", indexes, x,
          i -> y.applyAsDouble(points.get(i).limits().upper().orElse(Double.NaN)));
      line(s, "lower-limit", "#888888", " stroke-dasharray=\"6 4\"", indexes, x,
          i -> y.applyAsDouble(points.get(i).limits().lower().orElse(Double.NaN)));
    }
    if (chart.target().isPresent()) {
      double ty = y.applyAsDouble(chart.target().getAsDouble());
      s.append("<line class=\"target\" x1=\"").append(LEFT).append("\" y1=\"").append(num(ty))
          .append("\" x2=\"").append(width - RIGHT).append("\" y2=\"").append(num(ty))
          .append("\" stroke=\"#d62728\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\"/>\n");
    }
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(i);
    }
    line(s, "values", "#555555", "", all, x,
        i -> y.applyAsDouble(points.get(i).value().orElse(Double.NaN)));

    for (int i = 0; i < n; i++) {
      ChartPoint p = points.get(i);
      if (p.isMissing()) {
        continue;
      }
      Variation v = p.variation().orElse(Variation.COMMON_CAUSE);
      s.append("<circle class=\"").append(cssClass(v)).append("\" cx=\"").append(num(x[i]))
          .append("\" cy=\"").append(num(y.applyAsDouble(p.value().getAsDouble())))
          .append("\" r=\"4\" fill=\"").append(colour(v)).append("\"><title>")
          .append(XmlText.escape(hover(chart, p, language))).append("</title></circle>\n");
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
    s.append("<g font-family=\"sans-serif\" font-size=\"11\" fill=\"#333333\">\n");
    if (chart.type().hasLimits() && chart.segments().stream().anyMatch(seg -> seg.trial())) {
      label(s, width - RIGHT, 20, "end",
          language == Language.DANISH ? "foreløbige grænser" : "trial limits");
    }
    label(s, LEFT - 6, y.applyAsDouble(high - pad) + 4, "end", num(high - pad));
    label(s, LEFT - 6, y.applyAsDouble(low + pad) + 4, "end", num(low + pad));
    if (n > 0) {
      label(s, x[0], height - 12, "start", points.get(0).period().format());
      if (n > 1) {
        label(s, x[n - 1], height - 12, "end", points.get(n - 1).period().format());
      }
    }
    s.append("</g>\n");
    s.append("</svg>\n");
    return s.toString();
  }

  private static int indexOf(List<ChartPoint> points, dk.datainformed.core.time.Period period) {
    for (int i = 0; i < points.size(); i++) {
      if (points.get(i).period().equals(period)) {
        return i;
      }
    }
    return 0;
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

  private static void label(StringBuilder s, double x, double y, String anchor, String text) {
    s.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
        .append("\" text-anchor=\"").append(anchor).append("\">").append(XmlText.escape(text))
        .append("</text>\n");
  }

  private static String hover(ProcessBehaviourChart chart, ChartPoint p, Language language) {
    StringBuilder h = new StringBuilder();
    h.append(p.period().format()).append(": ").append(num(p.value().getAsDouble()));
    for (Finding f : chart.findings()) {
      if (f.flagged().contains(p.period())) {
        h.append("; ").append(f.describe(language));
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
        return "#ff7f0e";
      case SPECIAL_CAUSE_NEUTRAL:
        return "#9467bd";
      default:
        return "#a0a0a0";
    }
  }

  /** Two decimals, a point as decimal separator, whatever the default locale. */
  static String num(double v) {
    String text = String.format(Locale.ROOT, "%.2f", v);
    return "-0.00".equals(text) ? "0.00" : text;
  }
}
