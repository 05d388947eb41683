package dk.datainformed.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Known answers worked by hand with Spiegelhalter's normal approximation. Seven schools, 200 of 800
 * pupils in all: θ0 = 0.25. At 100 pupils the standard error is √(0.25 × 0.75 / 100) = 0.0433013:
 * 95 % limits 0.25 ± 1.959964 × 0.0433013 = [0.165131, 0.334869], 99.8 % limits 0.25 ± 3.090232 ×
 * 0.0433013 = [0.116189, 0.383811]. At 200 pupils the error is 0.0306186 and the 95 % limits
 * [0.189989, 0.310011].
 */
class FunnelPlotTest {
  static {
    FunnelPlotTest.class.getModule().addReads(ModuleLayer.boot().findModule("java.xml").orElseThrow());
  }

  private static final List<FunnelPlot.Unit> SCHOOLS =
      List.of(
          FunnelPlot.Unit.of("A", 30, 100),
          FunnelPlot.Unit.of("B", 20, 100),
          FunnelPlot.Unit.of("C", 50, 200),
          FunnelPlot.Unit.of("D", 5, 100),
          FunnelPlot.Unit.of("E", 45, 100),
          FunnelPlot.Unit.of("F", 13, 100),
          FunnelPlot.Unit.of("G", 37, 100));

  @Test
  void meansHaveNormalLimitsOfTheSpreadPerPersonOverTheRootOfTheSize() {
    // A: mean 4.0 of 100 pupils, B: 3.5 of 400; overall (400 + 1400) / 500 = 3.6; σ = 0.5.
    FunnelPlot plot = FunnelPlot.means(List.of(
        FunnelPlot.Unit.of("A", 400, 100), FunnelPlot.Unit.of("B", 1400, 400)), 0.5).build();

    assertThat(plot.kind()).isEqualTo(FunnelPlot.Kind.MEANS);
    assertThat(plot.target()).isCloseTo(3.6, within(1e-12));
    FunnelPlot.Point a = plot.points().get(0);
    FunnelPlot.Point b = plot.points().get(1);
    assertThat(a.upper95()).isCloseTo(3.6 + FunnelPlot.Z_95 * 0.5 / 10, within(1e-12));
    assertThat(a.upper998()).isCloseTo(3.6 + FunnelPlot.Z_998 * 0.05, within(1e-12));
    assertThat(b.lower998()).isCloseTo(3.6 - FunnelPlot.Z_998 * 0.025, within(1e-12));
    assertThat(a.position()).isEqualTo(FunnelPlot.Position.ABOVE_998);
    assertThat(b.position()).isEqualTo(FunnelPlot.Position.BELOW_998);
    assertThatThrownBy(() -> FunnelPlot.means(List.of(FunnelPlot.Unit.of("A", 4, 1)), 0))
        .isInstanceOf(SpcException.class).hasMessageContaining("spread");
  }

  @Test
  void limitsAroundTheOverallProportion() {
    FunnelPlot plot = FunnelPlot.proportions(SCHOOLS).build();

    assertThat(plot.target()).isEqualTo(0.25);
    FunnelPlot.Point a = plot.points().get(0);
    assertThat(a.lower95()).isCloseTo(0.165131, within(1e-6));
    assertThat(a.upper95()).isCloseTo(0.334869, within(1e-6));
    assertThat(a.lower998()).isCloseTo(0.116189, within(1e-6));
    assertThat(a.upper998()).isCloseTo(0.383811, within(1e-6));
    assertThat(plot.points().get(2).lower95()).isCloseTo(0.189989, within(1e-6));
  }

  @Test
  void saysWhichUnitsLieOutside() {
    FunnelPlot plot = FunnelPlot.proportions(SCHOOLS).build();

    assertThat(plot.points()).extracting(FunnelPlot.Point::position)
        .containsExactly(
            FunnelPlot.Position.INSIDE, FunnelPlot.Position.INSIDE, FunnelPlot.Position.INSIDE,
            FunnelPlot.Position.BELOW_998, FunnelPlot.Position.ABOVE_998,
            FunnelPlot.Position.BELOW_95, FunnelPlot.Position.ABOVE_95);
    assertThat(plot.outside(FunnelPlot.Band.WIDE)).extracting(p -> p.unit().name()).containsExactly("D", "E");
    assertThat(plot.outside(FunnelPlot.Band.NARROW)).extracting(p -> p.unit().name())
        .containsExactly("D", "E", "F", "G");
  }

  @Test
  void ratesUsePoissonLimits() {
    // 30 falls in 2,000 bed days: θ0 = 0.015; at 1,000 days √(0.015 / 1000) = 0.00387298, 95 %
    // limits 0.015 ± 0.00759090.
    FunnelPlot plot =
        FunnelPlot.rates(List.of(FunnelPlot.Unit.of("Nord", 20, 1000), FunnelPlot.Unit.of("Syd", 10, 1000)))
            .build();

    assertThat(plot.points().get(0).lower95()).isCloseTo(0.015 - 0.00759090, within(1e-8));
    assertThat(plot.points().get(0).upper95()).isCloseTo(0.015 + 0.00759090, within(1e-8));
    assertThat(plot.outside(FunnelPlot.Band.NARROW)).isEmpty();
  }

  @Test
  void aGivenTargetAndTheLimitsCutAtZero() {
    FunnelPlot plot =
        FunnelPlot.proportions(List.of(FunnelPlot.Unit.of("Lille", 0, 4), FunnelPlot.Unit.of("Stor", 30, 300)))
            .target(0.1)
            .build();

    assertThat(plot.target()).isEqualTo(0.1);
    assertThat(plot.points().get(0).lower998()).isZero();
    assertThat(plot.points().get(0).position()).isEqualTo(FunnelPlot.Position.INSIDE);
  }

  @Test
  void rejectsWhatIsNotAProportion() {
    assertThatThrownBy(() -> FunnelPlot.proportions(List.of(FunnelPlot.Unit.of("X", 5, 4))).build())
        .isInstanceOf(SpcException.class)
        .hasMessageContaining("use FunnelPlot.rates");
    assertThatThrownBy(() -> FunnelPlot.Unit.of("X", 1, 0))
        .isInstanceOf(SpcException.class)
        .hasMessageContaining("must be above 0");
  }

  @Test
  void drawsTheFunnelAndNamesTheUnitsBeyondIt() throws Exception {
    String svg = SvgFunnel.of(FunnelPlot.proportions(SCHOOLS).build()).title("Trivsel").scale(100, " %").render();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc =
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));

    assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(7);
    assertThat(doc.getElementsByTagName("desc").item(0).getTextContent())
        .isEqualTo("Tragtdiagram over 7 enheder om 25,0 %: 4 uden for 95 %-grænserne, 2 uden for"
            + " 99,8 %-grænserne (D, E).");
    assertThat(svg).contains("class=\"limit-95\"", "class=\"limit-998\"", ">D</text>", ">E</text>",
        "<title>D: 5,0 % (5 / 100)</title>");
  }
}
