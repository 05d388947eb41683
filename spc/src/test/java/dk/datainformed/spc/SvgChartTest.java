package dk.datainformed.spc;

import static dk.datainformed.spc.Series.from2024;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.text.Language;
import dk.datainformed.spc.ImprovementDirection;
import dk.datainformed.spc.SpcException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
    assertThat(byClass(doc, "circle", "point")).hasSize(7);
    assertThat(svg).contains("class=\"centre\"", "class=\"upper-limit\"", "class=\"lower-limit\"",
        "class=\"target\"");
    // May (16) is above 15.32: a concern when lower is better; August (4) below 4.68: improvement.
    assertThat(svg).contains("class=\"point concern\"", "class=\"point improvement\"",
        "maj 2024: 16,0; over den øvre kontrolgrænse, maj 2024");
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
    assertThat(first).contains("16,0").doesNotContain("16.0;");
  }

  @Test
  void drawsAConstantSeriesAndARunChart() throws Exception {
    parse(SvgChart.of(ProcessBehaviourChart.xmr(from2024(5, 5, 5)).build()).render());
    String run = SvgChart.of(ProcessBehaviourChart.run(from2024(1, 2, 3)).build()).language(Language.ENGLISH).render();
    assertThat(byClass(parse(run), "circle", "point")).hasSize(3);
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
  void labelsTheYAxisAtRoundValuesInTheLanguagesNumberFormat() throws Exception {
    // Values 4–16 and limits 4.68–15.32, target 12: a span of 12, a rough step of 12 / 5 = 2.4,
    // rounded to the nice 2 (Heckbert): 4 to 16 by 2.
    Document da = parse(SvgChart.of(chart()).render());
    Document en = parse(SvgChart.of(chart()).language(Language.ENGLISH).render());

    assertThat(texts(da, "y-tick")).containsExactly("4", "6", "8", "10", "12", "14", "16");
    ProcessBehaviourChart small = ProcessBehaviourChart.xmr(from2024(3.91, 3.95, 3.89, 3.98, 3.93)).build();
    List<String> danish = texts(parse(SvgChart.of(small).render()), "y-tick");
    assertThat(danish).isNotEmpty().allMatch(t -> t.matches("\\d,\\d\\d"));
    assertThat(texts(parse(SvgChart.of(small).language(Language.ENGLISH).render()), "y-tick"))
        .allMatch(t -> t.matches("\\d\\.\\d\\d"));
    assertThat(texts(en, "y-tick")).contains("10");
  }

  @Test
  void aRatingScaleCanBeShownWhole() throws Exception {
    ProcessBehaviourChart small =
        ProcessBehaviourChart.xmr(from2024(3.91, 3.95, 3.89, 3.98, 3.93)).range(1, 5).build();

    assertThat(texts(parse(SvgChart.of(small).axis(1, 5).render()), "y-tick"))
        .containsExactly("1", "2", "3", "4", "5");
  }

  @Test
  void putsProportionsOnAPercentAxis() throws Exception {
    ProcessBehaviourChart p =
        ProcessBehaviourChart.pPrime(
                List.of(
                    Observation.ratio(Series.month(2024, 1), 33, 100),
                    Observation.ratio(Series.month(2024, 2), 35, 100),
                    Observation.ratio(Series.month(2024, 3), 34, 100)))
            .build();
    Document doc = parse(SvgChart.of(p).scale(100, " %").render());

    assertThat(texts(doc, "y-tick")).allMatch(t -> t.endsWith(" %")).anyMatch(t -> t.startsWith("3"));
    assertThat(byClass(doc, "circle", "point").get(0).getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("januar 2024: 33,0 %");
  }

  @Test
  void ticksEveryQuarterForTwoYearsAndEveryYearForFive() throws Exception {
    double[] two = new double[24];
    double[] five = new double[60];
    for (int i = 0; i < five.length; i++) {
      five[i] = 10 + (i % 3);
      if (i < two.length) {
        two[i] = five[i];
      }
    }
    Document quarters =
        parse(SvgChart.of(ProcessBehaviourChart.xmr(from2024(two)).build()).size(900, 300).render());
    Document years =
        parse(SvgChart.of(ProcessBehaviourChart.xmr(from2024(five)).build()).size(900, 300).render());

    assertThat(texts(quarters, "x-label"))
        .containsExactly("jan 2024", "apr 2024", "jul 2024", "okt 2024", "jan 2025", "apr 2025",
            "jul 2025", "okt 2025");
    assertThat(texts(years, "x-label")).containsExactly("2024", "2025", "2026", "2027", "2028");
  }

  @Test
  void narrowChartsThinTheirPeriodTicks() throws Exception {
    double[] two = new double[24];
    for (int i = 0; i < two.length; i++) {
      two[i] = 10 + (i % 3);
    }
    Document narrow = parse(SvgChart.of(ProcessBehaviourChart.xmr(from2024(two)).build()).size(300, 200).render());

    assertThat(texts(narrow, "x-label")).containsExactly("2024", "2025");
  }

  @Test
  void hasATitleADescriptionAndTheMakingDataCountIcons() throws Exception {
    Document doc = parse(SvgChart.of(chart()).title("Sygefravær").render());

    assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Sygefravær");
    String desc = doc.getElementsByTagName("desc").item(0).getTextContent();
    // August's 4 is below the lower limit 4.68 and lower is better: improvement, low.
    assertThat(desc).startsWith("Seneste værdi 4,0, august 2024: særlig årsag: forbedring (lav).")
        .contains("2 signaler i alt.", "under den nedre kontrolgrænse, august 2024.");
    assertThat(byClass(doc, "g", "variation-icon")).singleElement()
        .satisfies(g -> assertThat(g.getAttribute("class")).contains("improvement"));
    // Limits 4.68–15.32 straddle the target 12: hit and miss.
    assertThat(byClass(doc, "g", "assurance-icon")).singleElement()
        .satisfies(g -> assertThat(g.getTextContent()).contains("?"));
    assertThat(doc.getElementsByTagName("image").getLength()).isZero();
  }

  @Test
  void saysSeasonallyAdjustedAndNotEnoughData() throws Exception {
    double[] v = new double[24];
    for (int i = 0; i < 24; i++) {
      int m = i % 12 + 1;
      v[i] = (m == 12 || m <= 2 ? 15 : 10) + (m % 2 == 0 ? 0.5 : -0.5) * (i < 12 ? 1 : -1);
    }
    ProcessBehaviourChart seasonal =
        ProcessBehaviourChart.xmr(Series.months(2023, 1, v)).seasonal(Seasonality.auto()).build();
    ProcessBehaviourChart empty =
        ProcessBehaviourChart.xmr(from2024(Double.NaN, Double.NaN)).build();

    assertThat(texts(parse(SvgChart.of(seasonal).render()), "caption")).containsExactly("sæsonjusteret");
    assertThat(parse(SvgChart.of(seasonal).render()).getElementsByTagName("desc").item(0).getTextContent())
        .contains("Sæsonjusteret: ");
    assertThat(texts(parse(SvgChart.of(empty).language(Language.ENGLISH).render()), "caption"))
        .containsExactly("not enough data for process limits");
  }

  private static List<org.w3c.dom.Element> byClass(Document doc, String tag, String cssClass) {
    List<org.w3c.dom.Element> out = new java.util.ArrayList<>();
    org.w3c.dom.NodeList nodes = doc.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      org.w3c.dom.Element e = (org.w3c.dom.Element) nodes.item(i);
      if (java.util.Arrays.asList(e.getAttribute("class").split(" ")).contains(cssClass)) {
        out.add(e);
      }
    }
    return out;
  }

  private static List<String> texts(Document doc, String cssClass) {
    List<String> out = new java.util.ArrayList<>();
    for (org.w3c.dom.Element e : byClass(doc, "text", cssClass)) {
      out.add(e.getTextContent());
    }
    return out;
  }

  @Test
  void rejectsATinyCanvas() {
    assertThatThrownBy(() -> SvgChart.of(chart()).size(10, 10))
        .isInstanceOf(SpcException.class)
        .hasMessage("SVG size (10 × 10) must be at least 200 × 120 pixels");
  }
}
