package dk.datainformed.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CprDetectorProperties {

  @Provide
  Arbitrary<CprProperties.Encoded> validCprs() {
    return new CprProperties().validCprs();
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of("", "-", " ", "\u2013", "\u00A0");
  }

  @Provide
  Arbitrary<String> before() {
    return Arbitraries.of("", "CPR ", "(", "nr.: ", "Borger ", "\n", "CPR:");
  }

  @Provide
  Arbitrary<String> after() {
    return Arbitraries.of("", " ringede", ")", ".", ", ", "\n");
  }

  /** Text rich in digits, separators and capitals, so that CPR-like runs occur often. */
  @Provide
  Arbitrary<String> digitRichText() {
    return Arbitraries.strings()
        .withChars("0123456789012345678901234567890123456789-- \u2013\u00A0ABZab.,+*")
        .ofMaxLength(60);
  }

  @Property
  void findsAndMasksEveryValidNumberInEveryWrittenForm(
      @ForAll("validCprs") CprProperties.Encoded cpr,
      @ForAll("separators") String separator,
      @ForAll("before") String before,
      @ForAll("after") String after) {
    String written = cpr.canonical().substring(0, 6) + separator + cpr.canonical().substring(6);
    String text = before + written + after;

    assertThat(CprDetector.find(text))
        .singleElement()
        .satisfies(
            found -> {
              assertThat(found.cpr().canonical()).isEqualTo(cpr.canonical());
              assertThat(found.cpr().kind()).isEqualTo(cpr.kind());
              assertThat(text.substring(found.start(), found.end())).isEqualTo(written);
            });
    assertThat(CprDetector.mask(text))
        .isEqualTo(before + cpr.canonical().substring(0, 6) + "-****" + after);
  }

  @Property
  void aMaskedTextHoldsNothingCprLikeAndMaskingAgainChangesNothing(
      @ForAll("digitRichText") String text) {
    String masked = CprDetector.mask(text);

    assertThat(CprDetector.containsCprLike(masked)).isFalse();
    assertThat(CprDetector.find(masked)).isEmpty();
    assertThat(CprDetector.mask(masked)).isEqualTo(masked);
  }

  @Property
  void masksWhereverItFindsACprNumber(@ForAll("digitRichText") String text) {
    boolean found = !CprDetector.find(text).isEmpty();
    boolean cprLike = CprDetector.containsCprLike(text);

    assertThat(!found || cprLike).as("a found number is CPR-like").isTrue();
    assertThat(CprDetector.mask(text).equals(text)).isEqualTo(!cprLike);
  }
}
