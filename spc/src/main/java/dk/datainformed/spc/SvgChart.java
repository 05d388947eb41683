package dk.datainformed.spc;

import dk.datainformed.core.text.Language;
import dk.datainformed.spc.internal.SvgWriter;
import java.util.Objects;

/**
 * Draws a chart as a standalone SVG image for the cockpit report: values, centre line, process
 * limits, target line and special-cause points in colour. No JavaScript, no external assets, all
 * text escaped; the same chart always gives the same bytes.
 *
 * <p>Colours follow Making Data Count: improvement blue, concern orange, neutral special cause
 * purple, common cause grey. Each point carries a {@code <title>} with its period, value and
 * findings, so a browser shows them on hover without script.
 *
 * <pre>{@code
 * String svg = SvgChart.of(chart).title("Sygefravær, Hjemmeplejen Nord").size(800, 320).render();
 * }</pre>
 */
public final class SvgChart {
  private final ProcessBehaviourChart chart;
  private String title = "";
  private int width = 720;
  private int height = 300;
  private Language language = Language.DANISH;

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
   * The language of the hover texts (findings).
   *
   * @param language Danish by default
   * @return this drawer
   */
  public SvgChart language(Language language) {
    this.language = Objects.requireNonNull(language, "language");
    return this;
  }

  /**
   * Writes the SVG document.
   *
   * @return the SVG, a well-formed XML document with one root {@code <svg>} element
   */
  public String render() {
    return SvgWriter.write(chart, title, width, height, language);
  }
}
