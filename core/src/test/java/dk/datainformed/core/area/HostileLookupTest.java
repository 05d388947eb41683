package dk.datainformed.core.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.InvalidValueException;
import dk.datainformed.core.ParseResult;
import org.junit.jupiter.api.Test;

/** Look-ups given what a hostile or broken file gives: null, and names far longer than any name. */
class HostileLookupTest {

  @Test
  void tryByNameOfNullIsAFailedResultLikeCprTryParse() {
    ParseResult<Municipality> result = Municipalities.tryByName(null);

    assertThat(result.isOk()).isFalse();
    assertThat(result.failure()).contains("no value was given");
  }

  @Test
  void tryByCodeOfNullIsAFailedResult() {
    assertThat(Municipalities.tryByCode((String) null).failure()).contains("no value was given");
  }

  @Test
  void areaTryParseOfNullIsAFailedResult() {
    assertThat(Area.tryParse(null).failure()).contains("no value was given");
  }

  @Test
  void aNameLongerThanTheCapIsRefusedAtOnceNamingTheLimit() {
    String megabyte = "københavn".repeat(120_000);

    assertThat(Municipalities.tryByName(megabyte).failure().orElseThrow())
        .contains("at most " + Codes.MAX_NAME_LENGTH + " characters")
        .hasSizeLessThan(200);
    assertThatThrownBy(() -> Municipalities.byName(megabyte))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at most " + Codes.MAX_NAME_LENGTH + " characters");
  }

  @Test
  void aNameAtTheCapIsStillLookedUp() {
    String padded = "Aarhus" + " ".repeat(Codes.MAX_NAME_LENGTH - "Aarhus".length());

    assertThat(Municipalities.tryByName(padded).toOptional()).map(Municipality::code).contains(751);
  }
}
