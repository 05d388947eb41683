package dk.datainformed.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code datainformed chart}: a series file to an SPC chart, with the findings in words. */
class ChartCommandTest {
  /** Twelve months alternating 10 and 12, then a thirteenth month of 20. */
  private static final double[] VALUES = {10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 20};

  @TempDir Path folder;

  private String series(String name, double[] values) {
    StringBuilder s = new StringBuilder("period;value\n");
    for (int i = 0; i < values.length; i++) {
      s.append(2024 + i / 12).append('M').append(String.format("%02d", i % 12 + 1)).append(';')
          .append(String.valueOf(values[i]).replace('.', ',')).append('\n');
    }
    return Invocation.write(folder.resolve(name), s.toString());
  }

  @Test
  void anXmrChartHasTheLimitsComputedByHandAndFlagsThePointBeyondThem() throws IOException {
    // By hand: mean = (6 × 10 + 6 × 12 + 20) / 13 = 152 / 13 = 11.6923; eleven moving ranges of 2 and
    // one of |20 − 12| = 8, so the mean moving range is (22 + 8) / 12 = 2.5; limits = mean ± 2.66 × 2.5.
    double mean = 0;
    for (double v : VALUES) {
      mean += v / VALUES.length;
    }
    double movingRange = IntStream.range(1, VALUES.length).mapToDouble(i -> Math.abs(VALUES[i] - VALUES[i - 1]))
        .sum() / (VALUES.length - 1);
    assertThat(mean).isCloseTo(152.0 / 13, within(1e-12));
    assertThat(movingRange).isCloseTo(2.5, within(1e-12));
    assertThat(mean - 2.66 * movingRange).isCloseTo(5.0423, within(1e-4));
    assertThat(mean + 2.66 * movingRange).isCloseTo(18.3423, within(1e-4));

    String file = series("fravaer.csv", VALUES);
    Invocation c = Invocation.of("chart", file, "--direction", "lower");

    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out()).startsWith("XmR chart, 13 points, 2024M01–2025M01: centre 11.69, process limits 5.042–18.34\n"
        + "Latest point 2025M01: 20, special cause, a concern\n"
        + "Findings:\n"
        + "  - above the upper process limit, January 2025\n"
        + "Chart written to ");
    assertThat(c.err()).isEmpty();
    String svg = Files.readString(folder.resolve("fravaer.svg"), StandardCharsets.UTF_8);
    assertThat(svg).startsWith("<?xml").contains("<svg ").contains("<title>fravaer</title>")
        .contains("above the upper process limit, January 2025").endsWith("</svg>\n");
  }

  @Test
  void aBaselineFixesTheLimitsOnItsPointsAndDanishWritesDecimalCommas() {
    // The first twelve points alone: mean 11, every moving range 2, limits 11 ± 2.66 × 2 = 5.68 and 16.32.
    String file = series("fravaer.csv", VALUES);
    Invocation c = Invocation.of("chart", file, "--baseline", "12", "--direction", "higher", "--lang", "da",
        "--out", folder.resolve("ud").resolve("fravaer.svg").toString());

    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out()).startsWith("XmR-kort, 13 punkter, 2024M01–2025M01: centerlinje 11, procesgrænser 5,68–16,32\n"
        + "Seneste punkt 2025M01: 20, særlig variation, en forbedring\n"
        + "Fund:\n"
        + "  - over den øvre kontrolgrænse, januar 2025\n");
    assertThat(folder.resolve("ud").resolve("fravaer.svg")).exists();
  }

  @Test
  void aPPrimeChartReadsNumeratorsAndDenominatorsAndIsInPercent() throws IOException {
    // Twelve months of 20 or 24 in 200, then 60 in 200; centre = 324 / 2600 = 12.46 %.
    StringBuilder s = new StringBuilder("period;numerator;denominator\n");
    for (int m = 1; m <= 12; m++) {
      s.append("2024M").append(String.format("%02d", m)).append(';').append(m % 2 == 1 ? 20 : 24).append(";200\n");
    }
    s.append("2025M01;60;200\n");
    String file = Invocation.write(folder.resolve("andel.csv"), s.toString());
    Invocation c = Invocation.of("chart", file, "--type", "p-prime", "--direction", "higher",
        "--out", folder.resolve("andel.svg").toString());

    assertThat(324.0 / 2600).isCloseTo(0.124615, within(1e-6));
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out()).startsWith("P′ chart, 13 points, 2024M01–2025M01: centre 12.46 %, process limits ")
        .contains("Latest point 2025M01: 30 %, special cause, an improvement\n")
        .contains("  - above the upper process limit, January 2025\n");
    assertThat(Files.readString(folder.resolve("andel.svg"), StandardCharsets.UTF_8)).contains(" %</text>");
  }

  @Test
  void aPPrimeChartWithoutItsPartsSaysWhichColumnsItNeeds() {
    String file = series("fravaer.csv", VALUES);
    Invocation c = Invocation.of("chart", file, "--type", "p-prime").noStackTrace();

    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).startsWith("datainformed chart: " + Invocation.shown(file) + ", line 1: no columns"
        + " 'numerator' and 'denominator', which a P′ or U′ chart needs");
  }

  @Test
  void anHtmlPageHoldsTheChartAndItsFindingsInWordsWithTheTitleEscapedAndMasked() throws IOException {
    String file = series("fravaer.csv", VALUES);
    Path html = folder.resolve("fravaer.html");
    Invocation c = Invocation.of("chart", file, "--title", "Nord <team> & " + Invocation.PLANTED,
        "--out", html.toString());

    assertThat(c.code()).as(c.err()).isZero();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("<h1>Nord &lt;team&gt; &amp; 040490-****</h1>")
        .contains("<svg ").contains("</svg>").doesNotContain("<?xml")
        .contains("<p>Latest point 2025M01: 20, special cause (neutral)</p>")
        .contains("<h2>Findings</h2>\n<ul>\n<li>above the upper process limit, January 2025</li>\n</ul>")
        .doesNotContain("<script").doesNotContain(Invocation.PLANTED).endsWith("</html>\n");
    assertThat(c.all()).doesNotContain(Invocation.PLANTED);
  }

  @Test
  void aShortSeriesHasTrialLimitsAndAGapIsAMissingPeriod() {
    String file = Invocation.write(folder.resolve("kort.csv"),
        "period,value\n2024K1,5.5\n2024K2,\n2024K3,6.5\n2024K4,6\n");
    Invocation c = Invocation.of("chart", file);

    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out()).startsWith("XmR chart, 4 points, 2024K1–2024K4: centre 6, process limits ")
        .contains("(trial limits: fewer than 12 points)").contains("Latest point 2024K4: 6, common cause")
        .contains("Findings: none");
  }

  @Test
  void aRowWithTooManyColumnsNamesItsLine() {
    String file = Invocation.write(folder.resolve("s.csv"), "period;value\n2024M01;5,5\n2024M02;6;7\n");
    Invocation c = Invocation.of("chart", file).noStackTrace();

    assertThat(c.code()).isEqualTo(2);
    assertThat(c.out()).isEmpty();
    assertThat(c.err()).isEqualTo("datainformed chart: " + Invocation.shown(file)
        + ", line 3: 3 columns where the header has 2; give each line the header's columns\n");
    assertThat(folder.resolve("s.svg")).doesNotExist();
  }

  @Test
  void aDecimalCommaBetweenCommasSaysToWriteAPoint() {
    String file = Invocation.write(folder.resolve("s.csv"), "period,value\n2024M01,5,5\n");
    Invocation c = Invocation.of("chart", file).noStackTrace();

    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains(", line 2: 3 columns where the header has 2; with ',' between the columns write"
        + " decimals with a point (5.8)");
  }

  @Test
  void aValueThatIsNotANumberNamesItsLineAndColumn() {
    String file = Invocation.write(folder.resolve("s.csv"), "period;value\n2024M01;5,5\n2024M02;6\n2024M03;mange\n");
    Invocation c = Invocation.of("chart", file).noStackTrace();

    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).startsWith("datainformed chart: " + Invocation.shown(file)
        + ", line 4: value 'mange' is not a number; write it with a decimal comma or point and no thousands"
        + " separators");
  }

  @Test
  void aCprNumberInAValueIsMaskedInTheMessage() {
    String file = Invocation.write(folder.resolve("s.csv"), "period;value\n2024M01;" + Invocation.PLANTED + "\n");
    Invocation c = Invocation.of("chart", file).noStackTrace();

    assertThat(c.code()).isEqualTo(2);
    assertThat(c.all()).doesNotContain(Invocation.PLANTED).contains("line 2: value '040490-****' is not a number");
  }

  @Test
  void aPeriodThatIsNotOneOrOutOfOrderOrMissingNamesItsLine() {
    Invocation wrong = Invocation.of("chart",
        Invocation.write(folder.resolve("a.csv"), "period;value\n2024M01;5\n2024M13;6\n")).noStackTrace();
    Invocation order = Invocation.of("chart",
        Invocation.write(folder.resolve("b.csv"), "period;value\n2024M02;5\n2024M01;6\n")).noStackTrace();
    Invocation gap = Invocation.of("chart",
        Invocation.write(folder.resolve("c.csv"), "period;value\n2024M01;5\n2024M02;6\n2024M04;6\n")).noStackTrace();

    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.err()).contains("a.csv, line 3: '2024M13' is not a period (")
        .contains("write it as Statistics Denmark does, e.g. 2024M01");
    assertThat(order.err()).contains("b.csv, line 3: the period 2024M01 does not come after 2024M02");
    assertThat(gap.err()).contains("c.csv, line 4: the period 2024M04 follows 2024M02, but 2024M03 is missing;"
        + " add a line for each period between them");
  }

  @Test
  void anEmptyFileAndAHeaderWithoutPeriodsAreExitCodeTwo() {
    Invocation empty = Invocation.of("chart", Invocation.write(folder.resolve("tom.csv"), "")).noStackTrace();
    Invocation header = Invocation.of("chart", Invocation.write(folder.resolve("h.csv"), "period;value\n\n"))
        .noStackTrace();
    Invocation column = Invocation.of("chart", Invocation.write(folder.resolve("k.csv"), "period;valu\n"))
        .noStackTrace();

    assertThat(empty.code()).isEqualTo(2);
    assertThat(empty.err()).contains("tom.csv is empty: give a header line (period;value) and one line per period");
    assertThat(header.code()).isEqualTo(2);
    assertThat(header.err()).contains("h.csv has a header but no periods");
    assertThat(column.code()).isEqualTo(2);
    assertThat(column.err()).contains("k.csv, line 1: unknown column 'valu' (did you mean 'value'?)");
  }

  @Test
  void aFileOfMoreRowsOrLongerLinesThanTheLimitsIsRefusedAtTheLineThatPassesThem() {
    StringBuilder many = new StringBuilder("period;value\n");
    for (int d = 0; d <= 10_000; d++) {
      many.append(java.time.LocalDate.of(2000, 1, 1).plusDays(d)).append(";1\n");
    }
    Invocation rows = Invocation.of("chart", Invocation.write(folder.resolve("mange.csv"), many.toString()))
        .noStackTrace();
    Invocation line = Invocation.of("chart",
        Invocation.write(folder.resolve("lang.csv"), "period;value\n2024M01;" + "1".repeat(1_000) + "\n"))
        .noStackTrace();

    assertThat(rows.code()).isEqualTo(2);
    assertThat(rows.err()).contains("mange.csv, line 10002: one period more than a series file may hold (10000)");
    assertThat(line.code()).isEqualTo(2);
    assertThat(line.err()).contains("lang.csv, line 2: 1008 characters, more than a line of a series file may have"
        + " (1000)");
  }

  @Test
  void anOutputThatIsNeitherSvgNorHtmlAndAnUnknownTypeAreExitCodeTwo() {
    String file = series("fravaer.csv", VALUES);
    Invocation png = Invocation.of("chart", file, "--out", folder.resolve("x.png").toString()).noStackTrace();
    Invocation type = Invocation.of("chart", file, "--type", "xbar").noStackTrace();

    assertThat(png.code()).isEqualTo(2);
    assertThat(png.err()).contains("give a file ending in .svg (the image) or .html");
    assertThat(type.code()).isEqualTo(2);
    assertThat(type.err()).contains("--type 'xbar' is not a chart type; give xmr, p-prime, u-prime or run");
  }
}
