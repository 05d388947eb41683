package dk.datainformed.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.catalog.StarterCatalog;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.KpiId;
import dk.datainformed.kpi.definition.LocalizedText;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.engine.KpiEngine;
import dk.datainformed.kpi.engine.KpiRequest;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.Point;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.kpi.guard.GuardContext;
import dk.datainformed.kpi.guard.GuardFinding;
import dk.datainformed.kpi.guard.GuardSubject;
import dk.datainformed.kpi.guard.GuardPolicy;
import dk.datainformed.kpi.guard.GuardReport;
import dk.datainformed.kpi.guard.Guards;
import dk.datainformed.kpi.guard.Severity;
import dk.datainformed.kpi.guard.Usage;
import dk.datainformed.core.text.Language;
import dk.datainformed.pipeline.DisclosedResult;
import dk.datainformed.pipeline.ResultDisclosure;
import dk.datainformed.privacy.disclosure.DisclosurePolicy;
import dk.datainformed.spc.ProcessBehaviourChart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The cockpit page built from hand-made records computed by the engine over the starter catalog. */
class CockpitPageTest {
  static final KpiCatalog CATALOG = StarterCatalog.load();
  static final String ABSENCE = "sygefravaer.fravaersprocent";
  static final Path GUARD_DOCS = Path.of("..", "docs", "guards");
  static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  static KpiDefinition absence() {
    return CATALOG.find(ABSENCE).orElseThrow();
  }

  static final SeriesKey KEY = SeriesKey.of("organisation_unit", "a");

  /**
   * Monthly payroll rows for one unit, disclosed: 18 months, own illness 3..6 days of 100, then a
   * jump. To have the last month withheld, every other month gets a second, empty record, and the
   * policy asks for 2 records.
   */
  static DisclosedResult disclosed(KpiDefinition kpi, boolean suppressLast) {
    Schema schema = ((RatioKpi) absence()).source().schema();
    double[] ill = {4, 5, 4, 6, 5, 4, 5, 6, 4, 5, 4, 5, 6, 5, 4, 5, 12, 5};
    List<Record> rows = new ArrayList<>();
    Period p = Period.month(2024, 1);
    for (int i = 0; i < ill.length; i++) {
      rows.add(Record.of(schema, p, "a", "30-39", "pædagog", 100 - ill[i], ill[i], 0.0, 1.0, 1.0, 1L));
      if (suppressLast && i < ill.length - 1) {
        rows.add(Record.of(schema, p, "a", "30-39", "pædagog", 0.0, 0.0, 0.0, 0.0, 0.0, 0L));
      }
      p = p.next();
    }
    KpiResult result =
        KpiEngine.withCatalog(CATALOG).compute(KpiRequest.of(kpi).by("organisation_unit").build(), rows);
    return ResultDisclosure.with(DisclosurePolicy.builder().minimumCount(suppressLast ? 2 : 1).build())
        .protect(result);
  }

  static Series series(KpiDefinition kpi, boolean suppressLast) {
    return disclosed(kpi, suppressLast).result().series(KEY).orElseThrow();
  }

  /** A hand-changed series of the KPI as a result, disclosed under a minimum of 1 (nothing withheld). */
  static DisclosedResult disclose(KpiDefinition kpi, Series s) {
    List<Period> periods = new ArrayList<>();
    s.points().forEach(point -> periods.add(point.period()));
    return ResultDisclosure.with(DisclosurePolicy.builder().minimumCount(1).build())
        .protect(new KpiResult(kpi, s.grain(), List.of("organisation_unit"), periods, List.of(s), 0, 0));
  }

  static ProcessBehaviourChart chart(KpiDefinition kpi, Series s) {
    return ProcessBehaviourChart.xmr(s.toObservations()).direction(kpi.direction()).build();
  }

  static GuardReport guards(ProcessBehaviourChart chart) {
    Usage usage = Usage.load(GUARD_DOCS.resolve("usage.yaml"), CATALOG);
    GuardPolicy policy = GuardPolicy.load(GUARD_DOCS.resolve("policy.yaml"));
    return Guards.builtIn()
        .check(
            GuardContext.builder(CATALOG, usage)
                .policy(policy)
                .asOf(LocalDate.of(2026, 11, 1))
                .chart(ABSENCE, chart)
                .build());
  }

  static CockpitPage page(KpiDefinition kpi, Language language, GuardFinding... extra) {
    DisclosedResult disclosed = disclosed(kpi, true);
    ProcessBehaviourChart chart = chart(kpi, disclosed.result().series(KEY).orElseThrow());
    CockpitEntry.Builder entry = CockpitEntry.of(disclosed).series("Hjemmeplejen Nord", KEY, chart);
    for (GuardFinding f : extra) {
      entry.finding(f);
    }
    return CockpitPage.builder()
        .title("Sygefravær i Eksempel Kommune")
        .organisation("Eksempel Kommune")
        .language(language)
        .generatedAt(DAY)
        .entry(entry.build())
        .guards(guards(chart))
        .build();
  }

  static Document parse(String html) throws Exception {
    // On the module path the KPI module does not read java.xml; the test may add the edge for itself.
    CockpitPageTest.class.getModule()
        .addReads(ModuleLayer.boot().findModule("java.xml").orElseThrow());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void sameInputGivesIdenticalBytes() {
    String first = page(absence(), Language.DANISH).render();
    String second = page(absence(), Language.DANISH).render();
    assertThat(second.getBytes(StandardCharsets.UTF_8))
        .isEqualTo(first.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void isWellFormedXhtmlWithUtf8Meta() throws Exception {
    String html = page(absence(), Language.DANISH).render();
    Document doc = parse(html);
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("html");
    assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("da");
    assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength())
        .isEqualTo(1);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"UTF-8\"/>");
    assertThat(parse(page(absence(), Language.ENGLISH).render()).getDocumentElement()
            .getAttribute("lang"))
        .isEqualTo("en");
  }

  @Test
  void hasNoScriptAndNoNetworkReference() throws Exception {
    for (Language language : Language.values()) {
      String html = page(absence(), language).render();
      assertThat(html.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script");
      Matcher m = Pattern.compile("(?i)\\b(src|href)\\s*=\\s*\"([^\"]*)\"").matcher(html);
      while (m.find()) {
        assertThat(m.group(2)).doesNotContain("http://").doesNotContain("https://");
      }
      assertThat(html).doesNotContain("@import").doesNotContain("url(");
    }
  }

  @Test
  void escapesKpiNameWithMarkupCharacters() throws Exception {
    KpiDefinition odd =
        absence().toBuilder().name("Fravær <b>&amp; \"top\" 'x'", "Absence <b>& \"top\" 'x'").build();
    String html = page(odd, Language.DANISH).render();
    assertThat(html)
        .contains("Fravær &lt;b&gt;&amp;amp; &quot;top&quot; &apos;x&apos;")
        .doesNotContain("<b>");
    Document doc = parse(html);
    assertThat(doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "h2").item(2)
            .getTextContent())
        .isEqualTo("Fravær <b>&amp; \"top\" 'x'");
  }

  @Test
  void speaksDanishByDefaultAndEnglishByOption() {
    String danish =
        CockpitPage.builder()
            .title("T")
            .generatedAt(DAY)
            .entry(CockpitEntry.of(disclosed(absence(), false)).series("a", KEY,
                chart(absence(), series(absence(), false))).build())
            .build()
            .render();
    assertThat(danish).contains("Sådan læser du siden", "Overblik", "Seneste værdi",
        "23. november 2026", "Spørgsmål", "reager ikke", "≈ Almindelig variation",
        "Intet mål at vurdere mod",
        "Hvor stiger eller falder sygefraværet, og hvad kan vi lære af arbejdsforholdene dér?",
        "Ansatte, der får løn gennem kommunens lønsystem")
        .doesNotContain("Where is sickness absence rising", "Employees paid through");
    String english = page(absence(), Language.ENGLISH).render();
    assertThat(english).contains("How to read this page", "Summary", "Latest value",
        "23 November 2026", "Question", "don&apos;t react", "Special cause: concern",
        "No target to judge against", "Where is sickness absence rising or falling",
        "Employees paid through the municipality").doesNotContain("Sådan læser du siden",
        "Hvor stiger eller falder");
  }

  @Test
  void showsLatestValueWithDecimalCommaInDanishAndPointInEnglish() {
    KpiDefinition kpi = absence();
    Series s = series(kpi, false);
    // 2025M06: own illness 5 of 100 days = 5 %; 2025M05: 12 of 100 = 12 %
    CockpitEntry entry = CockpitEntry.of(disclose(kpi, s)).series("a", KEY, chart(kpi, s)).build();
    CockpitPage.Builder b = CockpitPage.builder().title("T").generatedAt(DAY).entry(entry);
    assertThat(b.build().render()).contains("Seneste værdi (juni 2025): ")
        .contains("<span class=\"value\">5 %</span>");
    List<Point> points = new ArrayList<>(s.points());
    Point last = points.remove(points.size() - 1);
    points.add(new Point(last.period(),
        dk.datainformed.kpi.engine.KpiValue.of(1234.5, last.value().parts())));
    Series big = new Series(s.kpi(), s.key(), s.grain(), s.ratio(), points);
    CockpitEntry bigEntry = CockpitEntry.of(disclose(kpi, big)).series("a", KEY, chart(kpi, big)).build();
    assertThat(CockpitPage.builder().title("T").generatedAt(DAY).entry(bigEntry).build().render())
        .contains("1.234,5 %");
    assertThat(CockpitPage.builder().title("T").generatedAt(DAY).entry(bigEntry)
            .language(Language.ENGLISH).build().render())
        .contains("1,234.5 %");
  }

  @Test
  void showsTargetAndAssuranceInWords() {
    KpiDefinition kpi =
        absence().toBuilder()
            .target(dk.datainformed.kpi.definition.Target.of(
                5.5, "Landsgennemsnittet", LocalDate.of(2027, 6, 1)))
            .build();
    Series s = series(kpi, false);
    // The chart is on the proportion scale: 5.5 % is 0.055. Limits around 4-6 % straddle it.
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.xmr(s.toObservations()).direction(kpi.direction()).target(0.055).build();
    CockpitEntry entry = CockpitEntry.of(disclose(kpi, s)).series("a", KEY, chart).build();
    String danish = CockpitPage.builder().title("T").generatedAt(DAY).entry(entry).build().render();
    assertThat(danish).contains("<dt>Mål</dt><dd>5,5 % (Landsgennemsnittet)</dd>")
        .contains("↕ Når målet nogle gange (tilfældigt)");
    String english = CockpitPage.builder().title("T").generatedAt(DAY).entry(entry)
        .language(Language.ENGLISH).build().render();
    assertThat(english).contains("<dt>Target</dt><dd>5.5 % (Landsgennemsnittet)</dd>")
        .contains("↕ Hit and miss");
  }

  @Test
  void marksSuppressedValueAsSuppressedWithReason() {
    String danish = page(absence(), Language.DANISH).render();
    assertThat(danish).contains("skjult (diskretionering)")
        .contains("for få personer bag tallet")
        .contains("Skjult (diskretionering) i juni 2025")
        .contains("(seneste målte periode: maj 2025)");
    String english = page(absence(), Language.ENGLISH).render();
    assertThat(english).contains("suppressed (disclosure control)")
        .contains("Suppressed (disclosure control) in June 2025");
  }

  @Test
  void matchesFindingsToTheirKpiByTheTypedIdNotByTheText() {
    KpiId absence = KpiId.of(ABSENCE);
    GuardFinding onCockpit = new GuardFinding("own.guard", Severity.WARN,
        new GuardSubject.CockpitKpi("direktion", absence), LocalizedText.of("a", "a"),
        LocalizedText.of("b", "b"), List.of());
    GuardFinding namedLikeIt = new GuardFinding("own.guard", Severity.WARN,
        new GuardSubject.Decision("KPI '" + ABSENCE + "'"), LocalizedText.of("a", "a"),
        LocalizedText.of("b", "b"), List.of());

    assertThat(CockpitEntry.concerns(onCockpit, absence)).isTrue();
    assertThat(CockpitEntry.concerns(namedLikeIt, absence)).isFalse();
  }

  @Test
  void showsGuardFindingsBesideTheirKpiAndMasksCprInFreeText() {
    GuardFinding finding =
        new GuardFinding("own.guard", Severity.WARN, new GuardSubject.Kpi(KpiId.of(ABSENCE)),
            LocalizedText.of("Medarbejder 010190-1234 og 0101901234 står i en note",
                "Employee 010190-1234 and 0101901234 are in a note"),
            LocalizedText.of("Fjern noten", "Remove the note"), List.of());
    String html = page(absence(), Language.DANISH, finding).render();
    assertThat(html).contains("Vagternes fund om dette nøgletal", "⚠ Advarsel",
        "Medarbejder 010190-**** og 010190-****", "Gør i stedet: Fjern noten");
    assertThat(Pattern.compile("\\d{10}").matcher(html.replaceAll("[-.]", "")).find()).isFalse();
  }

  @Test
  void placesReportFindingsBesideTheirKpiAndTheRestInTheirOwnSection() {
    Series s = series(absence(), true);
    GuardReport report = guards(chart(absence(), s));
    String html = page(absence(), Language.ENGLISH).render();
    int others = html.indexOf("Other findings of the guards");
    assertThat(others).isPositive();
    int concerning = 0;
    for (GuardFinding f : report.findings()) {
      String message = dk.datainformed.report.internal.Html.text(f.message().en());
      if (CockpitEntry.concerns(f, absence().id())) {
        concerning++;
        assertThat(html.indexOf(message)).isBetween(0, others);
      } else {
        assertThat(html.indexOf(message, others)).isPositive();
      }
    }
    assertThat(concerning).isPositive();
    for (dk.datainformed.kpi.guard.GuardResult r : report.results()) {
      assertThat(html).contains(
          "<strong>" + dk.datainformed.report.internal.Html.text(r.name().en()) + "</strong>: ");
    }
  }

  @Test
  void summarisesKpisSpecialCausesAndGuardVerdicts() {
    String html = page(absence(), Language.DANISH).render();
    assertThat(html).contains("1 nøgletal i 1 serie").contains("Vagter: ")
        .containsPattern("\\d+ af 1 serier viser en særlig årsag");
  }

  @Test
  void rejectsAGroupTheDisclosedResultHasNoSeriesFor() {
    Series s = series(absence(), false);
    assertThatThrownBy(() -> CockpitEntry.of(disclosed(absence(), false))
            .series("b", SeriesKey.of("organisation_unit", "b"), chart(absence(), s)))
        .isInstanceOf(KpiException.class)
        .hasMessageContaining("has no series for organisation_unit=b");
  }

  @Test
  void refusesPageWithoutDate() {
    assertThatThrownBy(() -> CockpitPage.builder().title("T").build())
        .isInstanceOf(KpiException.class)
        .hasMessageContaining("generatedAt");
  }

  @Test
  void writesTheSameBytesToAFile(@TempDir Path dir) throws Exception {
    CockpitPage page = page(absence(), Language.ENGLISH);
    Path file = dir.resolve("cockpit.html");
    page.writeTo(file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(page.render());
  }

  static CockpitPage pageWithLinks(String label) {
    Series s = series(absence(), false);
    return CockpitPage.builder()
        .title("T")
        .generatedAt(DAY)
        .link(label, "units.html")
        .link("Vagternes fund", "guards.da.txt")
        .link("Enhed <a&b>", "enheder/nord.html?vis=alle#top")
        .entry(CockpitEntry.of(disclose(absence(), s)).series("a", KEY, chart(absence(), s)).build())
        .build();
  }

  @Test
  void showsRelatedPagesAsEscapedRelativeLinksAtTheTop() throws Exception {
    String html = pageWithLinks("Alle \"enheder\" <b>").render();
    assertThat(html)
        .contains("<li><a href=\"units.html\">Alle &quot;enheder&quot; &lt;b&gt;</a></li>")
        .contains("<a href=\"guards.da.txt\">Vagternes fund</a>")
        .contains("<a href=\"enheder/nord.html?vis=alle#top\">Enhed &lt;a&amp;b&gt;</a>")
        .doesNotContain("<b>");
    assertThat(html.indexOf("<nav class=\"links\"")).isPositive()
        .isLessThan(html.indexOf("class=\"box summary\""));
    org.w3c.dom.NodeList anchors =
        parse(html).getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "a");
    assertThat(anchors.getLength()).isEqualTo(3);
    assertThat(anchors.item(0).getTextContent()).isEqualTo("Alle \"enheder\" <b>");
    assertThat(((org.w3c.dom.Element) anchors.item(2)).getAttribute("href"))
        .isEqualTo("enheder/nord.html?vis=alle#top");
    assertThat(pageWithLinks("x").links()).extracting(CockpitLink::target)
        .containsExactly("units.html", "guards.da.txt", "enheder/nord.html?vis=alle#top");
  }

  @Test
  void pageWithLinksIsDeterministicAndHasNoNetworkReference() {
    String first = pageWithLinks("Alle enheder").render();
    assertThat(pageWithLinks("Alle enheder").render().getBytes(StandardCharsets.UTF_8))
        .isEqualTo(first.getBytes(StandardCharsets.UTF_8));
    Matcher m = Pattern.compile("(?i)\\b(src|href)\\s*=\\s*\"([^\"]*)\"").matcher(first);
    int links = 0;
    while (m.find()) {
      links++;
      assertThat(m.group(2)).doesNotContain(":").doesNotStartWith("/");
    }
    assertThat(links).isEqualTo(3);
  }

  @Test
  void pageWithoutLinksHasNoLinkSection() {
    assertThat(page(absence(), Language.DANISH).render()).doesNotContain("<nav").doesNotContain("<a ");
  }

  @Test
  void rejectsLinksThatLeaveTheFolderOrReachTheNetwork() {
    List<String> forbidden = List.of(
        "http://example.dk/units.html", "https://example.dk/", "HTTPS://example.dk/", "file:///etc/passwd",
        "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "mailto:a@b.dk",
        "/units.html", "//example.dk/units.html", "\\\\example.dk\\units.html", "a\\b.html",
        " javascript:alert(1)", "java\tscript:alert(1)", "units.html\n", "../units.html",
        "a/../../units.html", "x:y.html", "");
    for (String target : forbidden) {
      assertThatThrownBy(() -> CockpitPage.builder().link("Alle enheder", target))
          .as(target)
          .isInstanceOf(KpiException.class)
          .hasMessageContaining("only relative links to files beside it are allowed");
    }
    assertThatThrownBy(() -> CockpitLink.of("x", "https://example.dk/"))
        .hasMessageContaining("has a scheme ('https:')");
    assertThatThrownBy(() -> CockpitLink.of("x", "//example.dk/"))
        .hasMessageContaining("starts with '/'");
    assertThatThrownBy(() -> CockpitLink.of("x", "../a.html")).hasMessageContaining("'..'");
  }

  @Test
  void rejectsBlankLabelDuplicateTargetAndCprInTarget() {
    assertThatThrownBy(() -> CockpitLink.of(" ", "units.html"))
        .isInstanceOf(KpiException.class).hasMessageContaining("must not be blank");
    assertThatThrownBy(() -> CockpitPage.builder().link("a", "units.html").link("b", "units.html"))
        .isInstanceOf(KpiException.class).hasMessageContaining("already linked");
    assertThatThrownBy(() -> CockpitLink.of("x", "0101901234.html"))
        .isInstanceOf(KpiException.class)
        .hasMessageContaining("CPR")
        .hasMessageNotContaining("0101901234");
  }
}
