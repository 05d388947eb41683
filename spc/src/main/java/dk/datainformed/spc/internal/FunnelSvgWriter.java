package dk.datainformed.spc.internal;

import dk.datainformed.core.text.Language;
import dk.datainformed.core.text.XmlText;
import dk.datainformed.spc.FunnelPlot;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/** Writes a funnel plot as SVG text, in the manner of {@link SvgWriter}. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class FunnelSvgWriter {
  private static final int LEFT = 76;
  private static final int RIGHT = 24;
  private static final int TOP = 40;
  private static final int BOTTOM = 44;
  private static final int SAMPLES = 80;

  private FunnelSvgWriter() {}

  /**
   * Writes the document.
   *
   * @param plot the plot
   * @param title the title, unescaped
   * @param width canvas width
   * @param height canvas height
   * @param language language of labels and numbers
   * @param scale factor from values to the axis
   * @param unit text after each value
   * @return the SVG document
   */
  public static String write(
      FunnelPlot plot, String title, int width, int height, Language language, double scale, String unit) {
    boolean da = language == Language.DANISH;
    double maxSize = 0;
    double minSize = Double.POSITIVE_INFINITY;
    double low = plot.target();
    double high = plot.target();
    for (FunnelPlot.Point p : plot.points()) {
      maxSize = Math.max(maxSize, p.unit().denominator());
      minSize = Math.min(minSize, p.unit().denominator());
      low = Math.min(low, Math.min(p.unit().value(), p.lower998()));
      high = Math.max(high, Math.max(p.unit().value(), p.upper998()));
    }
    double from = minSize / 2;
    double to = maxSize * 1.05;
    low *= scale;
    high *= scale;
    if (high - low < 1e-12) {
      high = low + 1;
    }
    double yStep = SvgWriter.niceStep((high - low) / 5);
    low = Math.floor(low / yStep + 1e-9) * yStep;
    high = Math.ceil(high / yStep - 1e-9) * yStep;
    if (plot.isProportions()) {
      low = Math.max(low, 0);
      high = Math.min(high, scale);
    } else if (plot.kind() == FunnelPlot.Kind.RATES) {
      low = Math.max(low, 0);
    }
    double xStep = SvgWriter.niceStep(to / 5);
    double xHigh = Math.ceil(to / xStep) * xStep;
    double plotWidth = width - LEFT - RIGHT;
    double plotHeight = height - TOP - BOTTOM;
    final double yLow = low;
    final double yHigh = high;
    Coordinate x = size -> LEFT + size / xHigh * plotWidth;
    Coordinate y = value -> TOP + (yHigh - value * scale) / (yHigh - yLow) * plotHeight;
    int yDecimals = NumberText.decimalsFor(yStep);
    int valueDecimals = Math.min(3, yDecimals + 1);

    StringBuilder s = new StringBuilder(8192);
    s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(XmlText.escape(title)).append("\">\n");
    s.append("<title>").append(XmlText.escape(title)).append("</title>\n");
    int outside = plot.outside(FunnelPlot.Band.WIDE).size();
    int outside95 = plot.outside(FunnelPlot.Band.NARROW).size();
    String desc =
        (da ? "Tragtdiagram over " : "Funnel plot of ") + plot.points().size() + (da ? " enheder om " : " units around ")
            + NumberText.format(language, plot.target() * scale, valueDecimals) + unit + ": " + outside95
            + (da ? " uden for 95 %-grænserne, " : " outside the 95 % limits, ") + outside
            + (da ? " uden for 99,8 %-grænserne" : " outside the 99.8 % limits")
            + names(plot.outside(FunnelPlot.Band.WIDE)) + ".";
    s.append("<desc>").append(XmlText.escape(desc)).append("</desc>\n");
    s.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" fill=\"#ffffff\"/>\n");
    s.append("<text class=\"chart-title\" x=\"").append(LEFT).append("\" y=\"20\" font-family=\"sans-serif\""
        + " font-size=\"14\" fill=\"#000000\">").append(XmlText.escape(title)).append("</text>\n");
    s.append("<g class=\"y-axis\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#333333\">\n");
    for (int k = 0; k <= Math.round((high - low) / yStep); k++) {
      double v = low + k * yStep;
      double ty = TOP + (high - v) / (high - low) * plotHeight;
      s.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" y1=\"").append(SvgWriter.num(ty))
          .append("\" x2=\"").append(width - RIGHT).append("\" y2=\"").append(SvgWriter.num(ty))
          .append("\" stroke=\"#e0e0e0\" stroke-width=\"1\"/>\n");
      s.append("<text class=\"y-tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(SvgWriter.num(ty + 4))
          .append("\" text-anchor=\"end\">").append(XmlText.escape(NumberText.format(language, v, yDecimals) + unit))
          .append("</text>\n");
    }
    s.append("</g>\n<g class=\"x-axis\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#333333\">\n");
    int xDecimals = NumberText.decimalsFor(xStep);
    for (int k = 0; k <= Math.round(xHigh / xStep); k++) {
      double v = k * xStep;
      s.append("<text class=\"x-tick\" x=\"").append(SvgWriter.num(x.at(v))).append("\" y=\"")
          .append(height - BOTTOM + 16).append("\" text-anchor=\"middle\">")
          .append(XmlText.escape(NumberText.format(language, v, xDecimals))).append("</text>\n");
    }
    s.append("<text class=\"x-title\" x=\"").append(SvgWriter.num(LEFT + plotWidth / 2)).append("\" y=\"")
        .append(height - 8).append("\" text-anchor=\"middle\">").append(plot.kind() == FunnelPlot.Kind.MEANS
            ? (da ? "Antal personer" : "Number of persons") : da ? "Antal (nævner)" : "Size (denominator)")
        .append("</text>\n</g>\n");
    double ty = y.at(plot.target());
    s.append("<line class=\"target\" x1=\"").append(LEFT).append("\" y1=\"").append(SvgWriter.num(ty))
        .append("\" x2=\"").append(width - RIGHT).append("\" y2=\"").append(SvgWriter.num(ty))
        .append("\" stroke=\"#333333\" stroke-width=\"1.5\"/>\n");
    for (FunnelPlot.Band band : List.of(FunnelPlot.Band.NARROW, FunnelPlot.Band.WIDE)) {
      String dash = band == FunnelPlot.Band.NARROW ? " stroke-dasharray=\"6 4\"" : "";
      String cls = band == FunnelPlot.Band.NARROW ? "limit-95" : "limit-998";
      List<String> lower = new ArrayList<>();
      List<String> upper = new ArrayList<>();
      for (int k = 0; k <= SAMPLES; k++) {
        double size = from * Math.pow(to / from, (double) k / SAMPLES);
        FunnelPlot.Interval limits = plot.limitsAt(size, band);
        // A limit beyond the axis is left out rather than drawn flat along its edge, where it would
        // read as a limit of that value; the limits narrow with size, so the rest stays one line.
        double ly = y.at(limits.lower());
        double uy = y.at(limits.upper());
        if (ly >= TOP && ly <= TOP + plotHeight) {
          lower.add(SvgWriter.num(x.at(size)) + "," + SvgWriter.num(ly));
        }
        if (uy >= TOP && uy <= TOP + plotHeight) {
          upper.add(SvgWriter.num(x.at(size)) + "," + SvgWriter.num(uy));
        }
      }
      for (List<String> line : List.of(lower, upper)) {
        if (line.size() < 2) {
          continue;
        }
        s.append("<polyline class=\"").append(cls).append("\" fill=\"none\" stroke=\"#666666\" stroke-width=\"1.2\"")
            .append(dash).append(" points=\"").append(String.join(" ", line)).append("\"/>\n");
      }
    }
    for (FunnelPlot.Point p : plot.points()) {
      boolean wide = p.position() == FunnelPlot.Position.ABOVE_998 || p.position() == FunnelPlot.Position.BELOW_998;
      boolean narrow = p.position() != FunnelPlot.Position.INSIDE;
      String colour = wide ? "#e36c0a" : narrow ? "#7b4fa0" : "#7f7f7f";
      double cx = x.at(p.unit().denominator());
      double cy = y.at(p.unit().value());
      s.append("<circle class=\"unit ").append(p.position().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
          .append("\" cx=\"").append(SvgWriter.num(cx)).append("\" cy=\"").append(SvgWriter.num(cy))
          .append("\" r=\"4\" fill=\"").append(narrow ? colour : "#ffffff").append("\" stroke=\"").append(colour)
          .append("\" stroke-width=\"1.5\"><title>")
          .append(XmlText.escape(p.unit().name() + ": " + NumberText.format(language, p.unit().value() * scale, valueDecimals)
              + unit + " (" + NumberText.format(language, p.unit().numerator(), 0) + " / "
              + NumberText.format(language, p.unit().denominator(), 0) + ")"))
          .append("</title></circle>\n");
      if (wide) {
        s.append("<text class=\"unit-label\" x=\"").append(SvgWriter.num(cx + 6)).append("\" y=\"")
            .append(SvgWriter.num(cy - 6)).append("\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#333333\">")
            .append(XmlText.escape(p.unit().name())).append("</text>\n");
      }
    }
    s.append("</svg>\n");
    return s.toString();
  }

  private static String names(List<FunnelPlot.Point> points) {
    if (points.isEmpty()) {
      return "";
    }
    List<String> names = new ArrayList<>();
    for (FunnelPlot.Point p : points) {
      names.add(p.unit().name());
    }
    return " (" + String.join(", ", names) + ")";
  }

  private interface Coordinate {
    double at(double v);
  }
}
