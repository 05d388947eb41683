package dk.datainformed.core.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class MunicipalitiesProperties {

  @Provide
  Arbitrary<Municipality> municipalities() {
    return Arbitraries.of(Municipalities.all());
  }

  @Provide
  Arbitrary<Area> areas() {
    return Arbitraries.oneOf(
        Arbitraries.just(Area.DENMARK),
        Arbitraries.of(Region.values()),
        Arbitraries.of(Municipalities.all()));
  }

  @Property
  void officialNameInAnyCaseFindsItsMunicipality(
      @ForAll("municipalities") Municipality m, @ForAll long seed) {
    assertThat(Municipalities.byName(randomCase(m.officialName(), seed))).isSameAs(m);
  }

  @Property
  void officialNameWithoutDanishLettersInAnyCaseFindsItsMunicipality(
      @ForAll("municipalities") Municipality m, @ForAll long seed) {
    String ascii = Spelling.withoutDanishLetters(m.officialName());
    assertThat(Municipalities.byName(randomCase(ascii, seed))).isSameAs(m);
  }

  @Property
  void shortNameInAnyCaseAndSpellingFindsItsMunicipality(
      @ForAll("municipalities") Municipality m, @ForAll boolean ascii, @ForAll long seed) {
    String name = ascii ? Spelling.withoutDanishLetters(m.shortName()) : m.shortName();
    assertThat(Municipalities.byName(" " + randomCase(name, seed) + "  ")).isSameAs(m);
  }

  @Property
  void codeRoundTripsThroughItsThreeAndFourDigitForms(@ForAll("municipalities") Municipality m) {
    assertThat(m.threeDigitCode()).hasSize(3);
    assertThat(m.fourDigitCode()).hasSize(4).startsWith("0").endsWith(m.threeDigitCode());
    assertThat(Municipalities.byCode(m.threeDigitCode())).isSameAs(m);
    assertThat(Municipalities.byCode(m.fourDigitCode())).isSameAs(m);
    assertThat(Municipalities.byCode(m.code())).isSameAs(m);
  }

  @Property
  void areaRoundTripsThroughItsDstCode(@ForAll("areas") Area area) {
    assertThat(area.dstCode()).hasSize(3);
    assertThat(Area.parse(area.dstCode())).isSameAs(area);
  }

  @Property
  void areaRoundTripsThroughItsFourDigitForms(@ForAll("areas") Area area) {
    if (area instanceof Municipality m) {
      assertThat(Area.parse(m.fourDigitCode())).isSameAs(m);
    } else if (area instanceof Region r) {
      assertThat(Area.parse(String.valueOf(r.code()))).isSameAs(r);
    } else {
      assertThat(area.level()).isEqualTo(Area.Level.COUNTRY);
    }
  }

  @Property
  void everyCodeIsAnAreaOrARejectionWithAReason(@ForAll @IntRange(min = 0, max = 9999) int n) {
    for (String code : new String[] {String.format("%03d", n), String.format("%04d", n)}) {
      var result = Area.tryParse(code);
      assertThat(result.isOk() || !result.failure().orElseThrow().isBlank()).isTrue();
      result.toOptional().ifPresent(a -> assertThat(a.municipalities()).isNotEmpty());
    }
  }

  @Property
  void lookupNeverThrowsOnArbitraryNames(@ForAll @StringLength(max = 40) String name) {
    var result = Municipalities.tryByName(name);
    assertThat(result.isOk() || result.failure().isPresent()).isTrue();
  }

  private static String randomCase(String s, long seed) {
    Random random = new Random(seed);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      String c = s.substring(i, i + 1);
      b.append(random.nextBoolean() ? c.toUpperCase(Locale.ROOT) : c.toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }
}
