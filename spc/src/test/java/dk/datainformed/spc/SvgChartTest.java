package dk.datainformed.spc;

import static dk.datainformed.spc.Series.from2024;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.text.Language;
import dk.datainformed.spc.ImprovementDirection;
import dk.datainformed.spc.SpcException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgChartTest {
  static {
    // Tests run inside the kpi module, which has no need of java.xml outside this check.
    SvgChartTest.class.getModule().addReads(ModuleLayer.boot().findModule("java.xml").orElseThrow());
  }

  private static ProcessBehaviourChart chart() {
    return ProcessBehaviourChart.xmr(from2024(11, 9, 11, 9, 16, Double.NaN, 10, 4))
        .direction(ImprovementDirection.LOWER_IS_BETTER)
        .target(12)
        .fixLimitsAfter(4)
        .build();
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void isWellFormedSvgWithLinesTargetAndColouredPoints() throws Exception {
    String svg = SvgChart.of(chart()).title("Sygefravær").render();
    Document doc = parse(svg);

    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(7);
    assertThat(svg).contains("class=\"centre\"", "class=\"upper-limit\"", "class=\"lower-limit\"",
        "class=\"target\"");
    // May (16) is above 15.32: a concern when lower is better; August (4) below 4.68: improvement.
    assertThat(svg).contains("class=\"point concern\"", "class=\"point improvement\"",
        "2024M05: 16.00; over den øvre kontrolgrænse, maj 2024");
  }

  @Test
  void hasNoScriptAndNoExternalReferences() {
    String svg = SvgChart.of(chart()).title("x").render();

    assertThat(svg).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("href")
        .doesNotContain("url(").doesNotContain("onload").doesNotContain("http://www.w3.org/1999/xlink");
  }

  @Test
  void escapesAllText() throws Exception {
    String title = "Fravær <&> \"Nord\" 'A' \u0001";
    String svg = SvgChart.of(chart()).title(title).render();

    assertThat(svg).contains("Fravær &lt;&amp;&gt; &quot;Nord&quot; &apos;A&apos; ");
    assertThat(parse(svg).getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Fravær <&> \"Nord\" 'A' ");
  }

  @Test
  void isDeterministicWhateverTheDefaultLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    String first = SvgChart.of(chart()).title("t").render();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("da-DK"));
      assertThat(SvgChart.of(chart()).title("t").render()).isEqualTo(first);
    } finally {
      java.util.Locale.setDefault(before);
    }
    assertThat(first).doesNotContain("16,00");
  }

  @Test
  void drawsAConstantSeriesAndARunChart() throws Exception {
    parse(SvgChart.of(ProcessBehaviourChart.xmr(from2024(5, 5, 5)).build()).render());
    String run = SvgChart.of(ProcessBehaviourChart.run(from2024(1, 2, 3)).build()).language(Language.ENGLISH).render();
    assertThat(parse(run).getElementsByTagName("circle").getLength()).isEqualTo(3);
    assertThat(run).doesNotContain("upper-limit");
  }

  @Test
  void marksTrialLimitsAndChangePoints() throws Exception {
    String svg =
        SvgChart.of(
                ProcessBehaviourChart.xmr(from2024(11, 9, 11, 9, 21, 19, 21))
                    .changePoint(ChangePoint.rebase(Series.month(2024, 5), "ny <visitation>"))
                    .build())
            .render();

    parse(svg);
    assertThat(svg).contains("foreløbige grænser", "class=\"change-point\"", "ny &lt;visitation&gt;");
    assertThat(svg.split("class=\"centre\"", -1)).hasSize(3);
  }

  @Test
  void rejectsATinyCanvas() {
    assertThatThrownBy(() -> SvgChart.of(chart()).size(10, 10))
        .isInstanceOf(SpcException.class)
        .hasMessage("SVG size (10 × 10) must be at least 200 × 120 pixels");
  }
}
