package dk.datainformed.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.datainformed.core.InvalidValueException;
import dk.datainformed.core.ParseResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class KleProperties {

  @Provide
  Arbitrary<String> codes() {
    Arbitrary<String> part = Arbitraries.integers().between(0, 99).map(n -> String.format("%02d", n));
    return Combinators.combine(part, part, part, Arbitraries.integers().between(1, 3))
        .as(
            (h, g, e, parts) ->
                parts == 1 ? h : parts == 2 ? h + "." + g : h + "." + g + "." + e);
  }

  @Property
  void writesBackTheCodeItRead(@ForAll("codes") String code) {
    assertThat(Kle.parse(code).code()).isEqualTo(code);
    assertThat(Kle.parse(code)).isEqualTo(Kle.parse(" " + code + " "));
  }

  @Property
  void hasOneAncestorPerCoarserLevelAndLiesWithinEach(@ForAll("codes") String code) {
    Kle kle = Kle.parse(code);

    assertThat(kle.ancestors()).hasSize(kle.level().ordinal());
    assertThat(kle.ancestors()).allSatisfy(a -> assertThat(kle.isWithin(a)).isTrue());
    assertThat(kle.ancestors()).isSorted();
    kle.parent().ifPresent(p -> assertThat(p.level().ordinal()).isEqualTo(kle.level().ordinal() - 1));
  }

  @Property
  void tryParseAgreesWithParse(
      @ForAll @StringLength(max = 9) @CharRange(from = '0', to = '9') @Chars({'.', ' ', 'G'})
          String text) {
    ParseResult<Kle> result = Kle.tryParse(text);
    if (result.isOk()) {
      assertThat(Kle.parse(text)).isEqualTo(result.toOptional().orElseThrow());
    } else {
      InvalidValueException thrown =
          catchThrowableOfType(InvalidValueException.class, () -> Kle.parse(text));
      assertThat(thrown.reason()).isEqualTo(result.failure().orElseThrow());
    }
  }
}
