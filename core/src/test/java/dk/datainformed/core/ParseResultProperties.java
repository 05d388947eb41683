package dk.datainformed.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Assume;

class ParseResultProperties {

  @Property
  void mapOfOkAppliesTheFunction(@ForAll int value) {
    assertThat(ParseResult.ok(value).map(v -> v + 1).toOptional()).contains(value + 1);
  }

  @Property
  void mapOfFailedKeepsTheReason(@ForAll String reason) {
    // String.isBlank counts every Unicode white space; filter the same way ParseResult does.
    Assume.that(!reason.isBlank());
    ParseResult<Integer> failed = ParseResult.failed(reason);
    ParseResult<String> mapped = failed.map(String::valueOf);
    assertThat(mapped.isOk()).isFalse();
    assertThat(mapped.failure()).contains(reason);
    assertThat(mapped.toOptional()).isEmpty();
  }
}
