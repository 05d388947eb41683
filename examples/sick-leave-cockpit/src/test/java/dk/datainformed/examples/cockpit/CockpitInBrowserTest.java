package dk.datainformed.examples.cockpit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the cockpit in a real headless browser (Debian's Chromium): the page renders, its charts are
 * present, the browser logs no console message, and a screenshot is saved to
 * {@code target/cockpit-screenshot.png} for people to look at.
 *
 * <p>When Chromium is missing, the test installs Debian's package if it runs as root with apt-get
 * (as on CI); elsewhere it is skipped with a message saying how to install it, except under CI, where a
 * missing browser fails the build.
 */
class CockpitInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SCREENSHOT = Path.of("target", "cockpit-screenshot.png");

  @TempDir static Path folder;

  private static Path page;
  private static int kpis;

  @BeforeAll
  static void writeTheCockpit() throws IOException {
    Path out = folder.resolve("cockpit");
    SickLeaveCockpitTest.Run run =
        SickLeaveCockpitTest.cockpit(SickLeaveCockpitTest.keyEnvironment(), "--out", out.toString(), "--size", "small");
    assertEquals(0, run.code(), run.err());
    page = out.resolve("cockpit.html");
    String html = Files.readString(page, StandardCharsets.UTF_8);
    kpis = count(html, "<svg");
    assertTrue(kpis > 0, "the cockpit has no charts");
  }

  @Test
  void rendersWithItsChartsAndNoConsoleMessages() throws Exception {
    ensureChromium();
    Result dom = chromium("--dump-dom", page.toUri().toString());
    assertEquals(0, dom.code, "chromium failed: " + dom.err);
    assertEquals(kpis, count(dom.out, "<svg"), "the rendered page lost charts");
    assertTrue(dom.out.contains("</html>"), "the page did not render to the end");
    assertTrue(dom.out.contains("href=\"units.html\""), "the rendered page lost its link to the unit table");
    assertTrue(Files.isRegularFile(page.resolveSibling("units.html")), "the linked unit table is missing");
    List<String> console = dom.err.lines().filter(l -> l.contains(":CONSOLE")).collect(Collectors.toList());
    assertEquals(List.of(), console, "the browser console is not empty");

    Files.createDirectories(SCREENSHOT.getParent());
    Files.deleteIfExists(SCREENSHOT);
    Result shot = chromium("--screenshot=" + SCREENSHOT.toAbsolutePath(), "--window-size=1280,3000", page.toUri().toString());
    assertEquals(0, shot.code, "chromium failed: " + shot.err);
    assertTrue(Files.size(SCREENSHOT) > 10_000, "the screenshot is (nearly) empty");
  }

  /**
   * The script the overlap check adds to a copy of a page: for each chart, the boxes of its texts as
   * the browser laid them out, and every pair of texts whose boxes overlap by more than half a
   * pixel, written into the page for {@code --dump-dom} to return.
   */
  private static final String OVERLAPS = "<script>\n"
      + "const found = []; let texts = 0;\n"
      + "document.querySelectorAll('svg').forEach((svg, n) => {\n"
      + "  const boxes = [...svg.querySelectorAll('text')].map(t => ({text: t.textContent, r: t.getBoundingClientRect()}))\n"
      + "      .filter(b => b.r.width > 0 && b.r.height > 0);\n"
      + "  texts += boxes.length;\n"
      + "  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {\n"
      + "    const a = boxes[i].r, b = boxes[j].r;\n"
      + "    if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)\n"
      + "      found.push('chart ' + n + ': \\'' + boxes[i].text + '\\' and \\'' + boxes[j].text + '\\'');\n"
      + "  }\n"
      + "});\n"
      + "const out = document.createElement('pre'); out.id = 'overlaps';\n"
      + "out.textContent = 'TEXTS ' + texts + ' OVERLAPS [' + found.join('; ') + ']';\n"
      + "document.body.appendChild(out);\n"
      + "</script>\n";

  @Test
  void noTextOfAChartOverlapsAnother() throws Exception {
    ensureChromium();
    // The check itself finds an overlap: two labels drawn at the same place.
    Path known = folder.resolve("overlap-known.html");
    Files.writeString(known, "<!DOCTYPE html><html><body><svg width=\"200\" height=\"100\">"
        + "<text x=\"10\" y=\"50\">2024</text><text x=\"14\" y=\"52\">2025</text></svg></body></html>");
    assertEquals(List.of("2", "chart 0: '2024' and '2025'"), overlaps(known));

    for (String name : List.of("cockpit.html", "units.html")) {
      String html = Files.readString(page.resolveSibling(name), StandardCharsets.UTF_8);
      List<String> found = overlaps(page.resolveSibling(name));
      assertTrue(html.contains("<svg") == Integer.parseInt(found.get(0)) > 0, "the texts of " + name + " were measured");
      assertEquals(List.of(), found.subList(1, found.size()), "texts that overlap in " + name);
    }
  }

  /** The number of chart texts laid out in a page, then every overlapping pair, as the browser laid them out. */
  private static List<String> overlaps(Path file) throws Exception {
    String html = Files.readString(file, StandardCharsets.UTF_8);
    Path check = file.resolveSibling("checked-" + file.getFileName());
    Files.writeString(check, html.replace("</body>", OVERLAPS + "</body>"), StandardCharsets.UTF_8);
    Result dom = chromium("--window-size=1280,4000", "--dump-dom", check.toUri().toString());
    assertEquals(0, dom.code, "chromium failed: " + dom.err);
    Matcher m = Pattern.compile("TEXTS (\\d+) OVERLAPS \\[(.*?)]</pre>", Pattern.DOTALL).matcher(dom.out);
    assertTrue(m.find(), "the check ran in " + file.getFileName());
    List<String> result = new ArrayList<>(List.of(m.group(1)));
    if (!m.group(2).isEmpty()) {
      result.addAll(List.of(m.group(2).split("; ")));
    }
    return result;
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static void ensureChromium() throws Exception {
    if (Files.isExecutable(CHROMIUM)) {
      return;
    }
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    boolean canInstall = "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/apt-get"));
    if (canInstall) {
      Result update = run(List.of("apt-get", "update", "-qq"), 600);
      Result install = run(List.of("apt-get", "install", "-y", "-qq", "chromium"), 900);
      if (install.code != 0) {
        fail("could not install chromium: " + update.err + install.err);
      }
      return;
    }
    if (ci) {
      fail("Chromium is needed at " + CHROMIUM + " and cannot be installed here (not root, or no apt-get)");
    }
    // Skipped, not failed, on a developer's machine without the browser; the message says how to get it.
    assumeTrue(Files.isExecutable(CHROMIUM),
        "Chromium is not installed: on Debian or Ubuntu run 'sudo apt-get install chromium' to run this test");
  }

  private static Result chromium(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + folder.resolve("chromium-profile"), "--enable-logging=stderr", "--v=0"));
    command.addAll(List.of(args));
    return run(command, 120);
  }

  private static Result run(List<String> command, int seconds) throws Exception {
    Path out = Files.createTempFile(folder, "out", ".txt");
    Path err = Files.createTempFile(folder, "err", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(command.get(0) + " did not finish in " + seconds + " s");
    }
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  private record Result(int code, String out, String err) {}
}
