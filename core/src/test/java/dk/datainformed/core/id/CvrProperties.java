package dk.datainformed.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.datainformed.core.InvalidValueException;
import dk.datainformed.core.ParseResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class CvrProperties {

  private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

  /** Seven digits, the first not 0, completed with the one last digit that makes the sum divisible by 11. */
  @Provide
  Arbitrary<String> validCvrs() {
    return Arbitraries.integers()
        .between(1_000_000, 9_999_999)
        .map(String::valueOf)
        .map(
            seven -> {
              int sum = 0;
              for (int i = 0; i < 7; i++) {
                sum += (seven.charAt(i) - '0') * WEIGHTS[i];
              }
              int last = (11 - sum % 11) % 11;
              return last == 10 ? "" : seven + last;
            })
        .filter(cvr -> !cvr.isEmpty());
  }

  @Property
  void acceptsEveryNumberWhoseWeightedSumIsDivisibleByEleven(@ForAll("validCvrs") String valid) {
    assertThat(Cvr.parse(valid).value()).isEqualTo(valid);
  }

  @Property
  void changingAnySingleDigitBreaksTheCheck(
      @ForAll("validCvrs") String valid,
      @ForAll @IntRange(min = 0, max = 7) int position,
      @ForAll @IntRange(min = 0, max = 9) int digit) {
    Assume.that(valid.charAt(position) - '0' != digit);
    String changed = valid.substring(0, position) + digit + valid.substring(position + 1);

    assertThat(Cvr.tryParse(changed).isOk()).as("changed CVR %s", changed).isFalse();
  }

  @Property
  void tryParseAgreesWithParse(@ForAll @NumericChars @StringLength(min = 7, max = 9) String text) {
    ParseResult<Cvr> result = Cvr.tryParse(text);
    if (result.isOk()) {
      assertThat(Cvr.parse(text)).isEqualTo(result.toOptional().orElseThrow());
    } else {
      InvalidValueException thrown =
          catchThrowableOfType(InvalidValueException.class, () -> Cvr.parse(text));
      assertThat(thrown.reason()).isEqualTo(result.failure().orElseThrow());
    }
  }
}
