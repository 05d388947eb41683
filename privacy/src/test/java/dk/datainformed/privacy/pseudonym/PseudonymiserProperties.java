package dk.datainformed.privacy.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.datainformed.core.id.Cpr;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import dk.datainformed.privacy.PrivacyException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PseudonymiserProperties {

  @Provide
  Arbitrary<byte[]> keys() {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(32).ofMaxSize(130);
  }

  @Provide
  Arbitrary<String> domains() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars('.', '-', 'æ', 'ø', 'å')
        .ofMinLength(1)
        .ofMaxLength(100);
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.oneOf(
        Arbitraries.strings().numeric().ofLength(10),
        Arbitraries.strings().all().ofMinLength(1).ofMaxLength(80).filter(PseudonymiserProperties::validUnicode));
  }

  private static boolean validUnicode(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static byte[] hmacBlock(byte[] key) {
    try {
      byte[] k = key.length > 64 ? java.security.MessageDigest.getInstance("SHA-256").digest(key) : key;
      return Arrays.copyOf(k, 64);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Property
  void fastPathEqualsThePlainJavaxCryptoMacPath(
      @ForAll("keys") byte[] key, @ForAll("domains") String domain, @ForAll("values") String value) {
    Pseudonymiser pseudonymiser = Pseudonymiser.of(PseudonymKey.fromBytes("k", key), domain);

    assertThat(pseudonymiser.pseudonymise(value)).isEqualTo(ReferenceHmac.pseudonym(key, domain, value));
  }

  @Property
  void isDeterministicAcrossCallsAndInstances(
      @ForAll("keys") byte[] key, @ForAll("domains") String domain, @ForAll("values") String value) {
    Pseudonymiser first = Pseudonymiser.of(PseudonymKey.fromBytes("k", key), domain);
    Pseudonymiser second = Pseudonymiser.of(PseudonymKey.fromBytes("k", key), domain);

    String pseudonym = first.pseudonymise(value);

    assertThat(first.pseudonymise(value)).isEqualTo(pseudonym);
    assertThat(second.pseudonymise(new StringBuilder(value))).isEqualTo(pseudonym);
    assertThat(pseudonym).hasSize(Pseudonymiser.PSEUDONYM_LENGTH).matches("[a-z2-7]{32}");
  }

  @Property
  void differentDomainsGiveDifferentPseudonyms(
      @ForAll("keys") byte[] key,
      @ForAll("domains") String domainA,
      @ForAll("domains") String domainB,
      @ForAll("values") String value) {
    Assume.that(!domainA.equals(domainB));
    PseudonymKey k = PseudonymKey.fromBytes("k", key);

    assertThat(Pseudonymiser.of(k, domainA).pseudonymise(value))
        .isNotEqualTo(Pseudonymiser.of(k, domainB).pseudonymise(value));
  }

  @Property
  void theSeparatorKeepsDomainAndValueApart(
      @ForAll("keys") byte[] key, @ForAll("domains") String domain, @ForAll("domains") String tail) {
    Assume.that(domain.length() + tail.length() <= PseudonymDomain.MAXIMUM_NAME_LENGTH);
    PseudonymKey k = PseudonymKey.fromBytes("k", key);

    // "ab" + "c" and "a" + "bc" must not collide.
    assertThat(Pseudonymiser.of(k, domain + tail).pseudonymise("x"))
        .isNotEqualTo(Pseudonymiser.of(k, domain).pseudonymise(tail + "x"));
  }

  @Property
  void differentKeysGiveDifferentPseudonyms(
      @ForAll("keys") byte[] keyA,
      @ForAll("keys") byte[] keyB,
      @ForAll("domains") String domain,
      @ForAll("values") String value) {
    // HMAC pads short keys with zero bytes and hashes long ones, so K and K || 00 are the same key.
    Assume.that(!Arrays.equals(hmacBlock(keyA), hmacBlock(keyB)));

    assertThat(Pseudonymiser.of(PseudonymKey.fromBytes("a", keyA), domain).pseudonymise(value))
        .isNotEqualTo(Pseudonymiser.of(PseudonymKey.fromBytes("b", keyB), domain).pseudonymise(value));
  }

  @Property
  void differentValuesGiveDifferentPseudonyms(
      @ForAll("keys") byte[] key,
      @ForAll("values") String valueA,
      @ForAll("values") String valueB) {
    Assume.that(!valueA.equals(valueB));
    Pseudonymiser pseudonymiser = Pseudonymiser.of(PseudonymKey.fromBytes("k", key), "dk.test");

    assertThat(pseudonymiser.pseudonymise(valueA)).isNotEqualTo(pseudonymiser.pseudonymise(valueB));
  }

  @Property
  void aCprNumberGetsOnePseudonymWhicheverWayItWasWritten(
      @ForAll("keys") byte[] key,
      @ForAll @IntRange(min = 0, max = 36_524) int daysAfter1900,
      @ForAll @IntRange(min = 0, max = 3999) int serial) {
    LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(daysAfter1900);
    String digits = birth.format(DateTimeFormatter.ofPattern("ddMMyy")) + String.format("%04d", serial);
    Pseudonymiser pseudonymiser = Pseudonymiser.of(PseudonymKey.fromBytes("k", key), "dk.test");

    String fromFormatted = pseudonymiser.pseudonymise(Cpr.parse(digits.substring(0, 6) + "-" + digits.substring(6)));

    assertThat(fromFormatted)
        .isEqualTo(pseudonymiser.pseudonymise(Cpr.parse(digits)))
        .isEqualTo(pseudonymiser.pseudonymise(digits));
  }

  @Property(tries = 200)
  void aShortKeyIsRefusedWithoutShowingItsBytes(@ForAll @Size(min = 4, max = 31) byte[] key) {
    PrivacyException refused = catchThrowableOfType(PrivacyException.class, () -> PseudonymKey.fromBytes("psn-1", key));

    assertThat(refused.getMessage())
        .startsWith("key 'psn-1' has " + key.length + " bytes, at least 32 needed")
        .doesNotContain(HexFormat.of().formatHex(key))
        .doesNotContain(Base64.getEncoder().withoutPadding().encodeToString(key));
    assertThat(refused).hasNoCause();
  }

  @Property(tries = 200)
  void neitherKeyNorPseudonymiserShowsKeyBytes(@ForAll @Size(min = 32, max = 64) byte[] key) {
    PseudonymKey k = PseudonymKey.fromBytes("psn-1", key);
    String shown = k + " " + Pseudonymiser.of(k, "dk.test");

    assertThat(shown).isEqualTo("PseudonymKey[id=psn-1] Pseudonymiser[name=dk.test, keyId=psn-1]");
  }
}
