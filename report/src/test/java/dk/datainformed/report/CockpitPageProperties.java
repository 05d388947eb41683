package dk.datainformed.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.core.text.Language;
import dk.datainformed.pipeline.DisclosedResult;
import dk.datainformed.spc.ProcessBehaviourChart;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotBlank;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Laws of the cockpit page over any text a municipality may put in its names and labels. */
class CockpitPageProperties {
  static final KpiDefinition KPI = CockpitPageTest.absence();
  static final DisclosedResult DISCLOSED = CockpitPageTest.disclosed(KPI, true);
  static final Series SERIES = DISCLOSED.result().series(CockpitPageTest.KEY).orElseThrow();
  static final ProcessBehaviourChart CHART = CockpitPageTest.chart(KPI, SERIES);
  static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

  static String render(String title, String organisation, String label, Language language) {
    return CockpitPage.builder()
        .title(title)
        .organisation(organisation)
        .language(language)
        .generatedAt(LocalDate.of(2026, 11, 23))
        .entry(CockpitEntry.of(DISCLOSED).series(label, CockpitPageTest.KEY, CHART).build())
        .build()
        .render();
  }

  static Document parse(String html) throws Exception {
    CockpitPageProperties.class.getModule()
        .addReads(ModuleLayer.boot().findModule("java.xml").orElseThrow());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
  }

  @Property(tries = 200)
  void anyTextGivesAWellFormedPageThatShowsItAndNoTenDigitRun(
      @ForAll @NotBlank String title,
      @ForAll @NotBlank String organisation,
      @ForAll @NotBlank String label,
      @ForAll Language language)
      throws Exception {
    String html = render(title, organisation, label, language);
    Document doc = parse(html);
    assertThat(doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "h1").item(0)
            .getTextContent())
        .isNotEmpty();
    assertThat(TEN_DIGITS.matcher(html).find()).isFalse();
    assertThat(html.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script");
  }

  @Property(tries = 100)
  void anyLinkLabelGivesAWellFormedPageWithTheLabelAsLinkText(
      @ForAll @NotBlank String label, @ForAll Language language) throws Exception {
    // jqwik's @NotBlank trims only up to U+0020; String.isBlank, which the link checks, also takes
    // the other Unicode white space (an em space) for blank.
    net.jqwik.api.Assume.that(!label.isBlank());
    String html = CockpitPage.builder()
        .title("T")
        .language(language)
        .generatedAt(LocalDate.of(2026, 11, 23))
        .link(label, "units.html")
        .entry(CockpitEntry.of(DISCLOSED).series("a", CockpitPageTest.KEY, CHART).build())
        .build()
        .render();
    org.w3c.dom.Element a = (org.w3c.dom.Element)
        parse(html).getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "a").item(0);
    assertThat(a.getAttribute("href")).isEqualTo("units.html");
    // What XML keeps of the text: characters XML cannot hold are dropped, line ends become \n.
    String kept = dk.datainformed.report.internal.Html.clean(label)
        .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "")
        .replace("\r\n", "\n").replace('\r', '\n');
    assertThat(a.getTextContent()).isEqualTo(kept);
    assertThat(TEN_DIGITS.matcher(html).find()).isFalse();
  }

  @Property(tries = 50)
  void cprInAnyLabelIsMasked(@ForAll("cpr") String cpr, @ForAll Language language) {
    String html = render("Side " + cpr, "Kommune " + cpr, "Enhed " + cpr, language);
    assertThat(html).doesNotContain(cpr).contains(cpr.substring(0, 6) + "-****");
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> cpr() {
    return net.jqwik.api.Arbitraries.strings().numeric().ofLength(10);
  }
}
