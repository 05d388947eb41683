package dk.datainformed.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParseResultTest {

  @Test
  void failedResultThrowsWithWhatValueAndReason() {
    ParseResult<Integer> failed = ParseResult.failed("the modulus 11 check fails");

    assertThatThrownBy(() -> failed.orElseThrow("CVR number", "12345678"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid CVR number '12345678': the modulus 11 check fails")
        .extracting(e -> ((InvalidValueException) e).reason())
        .isEqualTo("the modulus 11 check fails");
  }

  @Test
  void failedResultNeedsAReason() {
    assertThatThrownBy(() -> ParseResult.failed(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a reason");
  }

  @Test
  void okResultRejectsNull() {
    assertThatThrownBy(() -> ParseResult.ok(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void okResultHasNoFailure() {
    ParseResult<String> ok = ParseResult.ok("x");
    assertThat(ok.isOk()).isTrue();
    assertThat(ok.failure()).isEmpty();
    assertThat(ok.orElseThrow("anything", "x")).isEqualTo("x");
  }
}
