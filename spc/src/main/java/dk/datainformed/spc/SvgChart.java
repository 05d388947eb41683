package dk.datainformed.spc;

import dk.datainformed.core.text.Language;
import dk.datainformed.spc.internal.SvgWriter;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * Draws a chart as a standalone SVG image for the cockpit report: values, centre line, process
 * limits, target line and special-cause points in colour. No JavaScript, no external assets, all
 * text escaped; the same chart always gives the same bytes.
 *
 * <ul>
 *   <li>The y axis has grid lines and labels at round values (1, 2 or 5 × a power of ten), written
 *       as the page's language writes numbers (Danish "6,5", English "6.5"), in the KPI's unit
 *       ({@link #scale(double, String)}: a P′ chart's proportions on a percent axis).
 *   <li>The period axis has ticks every quarter for up to three years of months, every year beyond
 *       (weeks and days alike by their length), thinned until the labels do not overlap.
 *   <li>The Making Data Count icons are drawn as shapes in the top right corner: variation (grey
 *       common cause, orange concern, blue improvement, purple neutral, with H or L for a high or
 *       low special cause) and, with a target and a direction, assurance (P, F or ?).
 *   <li>For screen readers the image has a {@code <title>} and a {@code <desc>} (latest value and
 *       verdict, the latest findings, the chart's notes such as "sæsonjusteret"); each point
 *       carries a {@code <title>} with its period, value and findings, shown on hover.
 *   <li>For print: a white background, dark text, dashed limits and a dotted target, and signals
 *       drawn as filled points where noise is hollow, so nothing depends on colour alone.
 * </ul>
 *
 * <pre>{@code
 * String svg = SvgChart.of(chart).title("Sygefravær, Hjemmeplejen Nord").size(800, 320).render();
 * String percent = SvgChart.of(pPrimeChart).scale(100, " %").render();   // 0.0662 → "6,62 %"
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SvgChart {
  private final ProcessBehaviourChart chart;
  private String title = "";
  private int width = 720;
  private int height = 300;
  private Language language = Language.DANISH;
  private double scale = 1;
  private String unit = "";
  private OptionalDouble axisLow = OptionalDouble.empty();
  private OptionalDouble axisHigh = OptionalDouble.empty();

  private SvgChart(ProcessBehaviourChart chart) {
    this.chart = Objects.requireNonNull(chart, "chart");
  }

  /**
   * Starts drawing a chart.
   *
   * @param chart the chart
   * @return a drawer with a 720 × 300 canvas, no title and Danish hover texts
   */
  public static SvgChart of(ProcessBehaviourChart chart) {
    return new SvgChart(chart);
  }

  /**
   * The title drawn above the chart and announced to screen readers.
   *
   * @param title any text; it is escaped
   * @return this drawer
   */
  public SvgChart title(String title) {
    this.title = Objects.requireNonNull(title, "title");
    return this;
  }

  /**
   * The canvas size in pixels.
   *
   * @param width at least 200
   * @param height at least 120
   * @return this drawer
   * @throws SpcException when smaller
   */
  public SvgChart size(int width, int height) {
    if (width < 200 || height < 120) {
      throw new SpcException(
          "SVG size (" + width + " × " + height + ") must be at least 200 × 120 pixels");
    }
    this.width = width;
    this.height = height;
    return this;
  }

  /**
   * The language of the labels, numbers and hover texts (findings).
   *
   * @param language Danish by default
   * @return this drawer
   */
  public SvgChart language(Language language) {
    this.language = Objects.requireNonNull(language, "language");
    return this;
  }

  /**
   * The unit of the axis: values are multiplied by the factor and written with the unit after
   * them. A P′ chart plots proportions; a KPI stated in percent wants {@code scale(100, " %")}.
   *
   * @param factor from the chart's values to the axis, finite and not 0
   * @param unit written after each number, e.g. {@code " %"} or {@code " dage"}; may be empty
   * @return this drawer
   * @throws SpcException when the factor is 0 or not finite
   */
  public SvgChart scale(double factor, String unit) {
    if (!Double.isFinite(factor) || factor == 0) {
      throw new SpcException("axis scale (" + factor + ") must be a finite number other than 0");
    }
    this.scale = factor;
    this.unit = Objects.requireNonNull(unit, "unit");
    return this;
  }

  /**
   * Values the axis must show, in axis units, such as the whole of a 1–5 rating scale so a change
   * of 0.05 does not fill the chart. The axis never goes beyond the chart's {@link
   * ProcessBehaviourChart#range() range}.
   *
   * @param low the lowest value to show
   * @param high the highest value to show, above {@code low}
   * @return this drawer
   * @throws SpcException when not finite or not in order
   */
  public SvgChart axis(double low, double high) {
    if (!Double.isFinite(low) || !Double.isFinite(high) || !(low < high)) {
      throw new SpcException("axis " + low + "–" + high + " must be two finite numbers, low below high");
    }
    this.axisLow = OptionalDouble.of(low);
    this.axisHigh = OptionalDouble.of(high);
    return this;
  }

  /**
   * Writes the SVG document.
   *
   * @return the SVG, a well-formed XML document with one root {@code <svg>} element
   */
  public String render() {
    return SvgWriter.write(
        chart,
        new SvgWriter.Options(title, width, height, language, scale, unit, axisLow, axisHigh));
  }
}
