package dk.datainformed.spc;

import dk.datainformed.core.text.Language;
import dk.datainformed.spc.internal.FunnelSvgWriter;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Draws a {@link FunnelPlot} as a standalone SVG image: each unit a point at its size and value,
 * the overall value as a line, the 95 % and 99.8 % limits as funnels, units beyond them coloured
 * and those beyond 99.8 % named. Like {@link SvgChart}: no script, escaped text, a {@code <title>}
 * and {@code <desc>}, numbers in the page's language, the same plot always the same bytes.
 *
 * <pre>{@code
 * String svg = SvgFunnel.of(funnel).title("Trivsel, 2024").scale(100, " %").render();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SvgFunnel {
  private final FunnelPlot plot;
  private String title = "";
  private int width = 720;
  private int height = 360;
  private Language language = Language.DANISH;
  private double scale = 1;
  private String unit = "";

  private SvgFunnel(FunnelPlot plot) {
    this.plot = Objects.requireNonNull(plot, "plot");
  }

  /**
   * Starts drawing a funnel plot.
   *
   * @param plot the plot
   * @return a drawer with a 720 × 360 canvas, no title and Danish labels
   */
  public static SvgFunnel of(FunnelPlot plot) {
    return new SvgFunnel(plot);
  }

  /**
   * The title drawn above the plot and announced to screen readers.
   *
   * @param title any text; it is escaped
   * @return this drawer
   */
  public SvgFunnel title(String title) {
    this.title = Objects.requireNonNull(title, "title");
    return this;
  }

  /**
   * The canvas size in pixels.
   *
   * @param width at least 240
   * @param height at least 160
   * @return this drawer
   * @throws SpcException when smaller
   */
  public SvgFunnel size(int width, int height) {
    if (width < 240 || height < 160) {
      throw new SpcException(
          "SVG size (" + width + " × " + height + ") must be at least 240 × 160 pixels");
    }
    this.width = width;
    this.height = height;
    return this;
  }

  /**
   * The language of labels and numbers.
   *
   * @param language Danish by default
   * @return this drawer
   */
  public SvgFunnel language(Language language) {
    this.language = Objects.requireNonNull(language, "language");
    return this;
  }

  /**
   * The unit of the value axis: values are multiplied by the factor and written with the unit.
   *
   * @param factor e.g. 100 for proportions on a percent axis; finite, not 0
   * @param unit written after each number, e.g. {@code " %"}
   * @return this drawer
   * @throws SpcException when the factor is 0 or not finite
   */
  public SvgFunnel scale(double factor, String unit) {
    if (!Double.isFinite(factor) || factor == 0) {
      throw new SpcException("axis scale (" + factor + ") must be a finite number other than 0");
    }
    this.scale = factor;
    this.unit = Objects.requireNonNull(unit, "unit");
    return this;
  }

  /**
   * Writes the SVG document.
   *
   * @return the SVG, a well-formed XML document with one root {@code <svg>} element
   */
  public String render() {
    return FunnelSvgWriter.write(plot, title, width, height, language, scale, unit);
  }
}
