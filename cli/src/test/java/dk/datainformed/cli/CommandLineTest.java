package dk.datainformed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every command shares: help, version, and mistakes in the arguments. */
class CommandLineTest {

  @ParameterizedTest
  @ValueSource(strings = {"validate", "run", "explain", "compute", "chart", "guards"})
  void everyCommandHasHelpWithExamplesAndExitCodes(String command) {
    Invocation h = Invocation.of(command, "--help");

    assertThat(h.code()).isZero();
    assertThat(h.out()).startsWith("Usage: datainformed " + command).contains("Exit codes: 0").contains("--debug");
  }

  @Test
  void theTopLevelHelpListsTheCommands() {
    Invocation h = Invocation.of("--help");

    assertThat(h.code()).isZero();
    assertThat(h.out()).contains("validate").contains("run").contains("explain").contains("compute")
        .contains("chart").contains("guards").contains("3 (guards) a finding blocks");
  }

  @Test
  void theGuardsHelpSaysWhatExitCodeThreeMeans() {
    Invocation h = Invocation.of("guards", "--help");

    assertThat(h.out()).contains("3 a finding blocks (severity BLOCK");
  }

  @Test
  void printsTheVersion() {
    Invocation v = Invocation.of("--version");

    assertThat(v.code()).isZero();
    assertThat(v.out()).startsWith("datainformed 0.");
  }

  @Test
  void noCommandPrintsTheUsageAndIsExitCodeTwo() {
    Invocation n = Invocation.of();

    assertThat(n.code()).isEqualTo(2);
    assertThat(n.err()).startsWith("Usage: datainformed");
  }

  @Test
  void anUnknownOptionIsExitCodeTwoWithItsValueMasked() {
    Invocation u = Invocation.of("explain", "sygefravaer.fravaersprocent", "--" + Invocation.PLANTED).noStackTrace();

    assertThat(u.code()).isEqualTo(2);
    assertThat(u.err()).startsWith("datainformed explain: ").contains("040490-****")
        .contains("See 'datainformed explain --help'");
    assertThat(u.all()).doesNotContain(Invocation.PLANTED);
  }

  @Test
  void anUnknownCommandIsExitCodeTwo() {
    Invocation u = Invocation.of("chart", "x.csv").noStackTrace();

    assertThat(u.code()).isEqualTo(2);
    assertThat(u.err()).contains("chart");
  }
}
