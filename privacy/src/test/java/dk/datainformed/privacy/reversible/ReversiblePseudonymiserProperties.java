package dk.datainformed.privacy.reversible;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class ReversiblePseudonymiserProperties {

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.oneOf(
        Arbitraries.strings().numeric().ofLength(10),
        Arbitraries.strings()
            .all()
            .ofMinLength(1)
            .ofMaxLength(60)
            .filter(s -> s.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)));
  }

  @Property(tries = 300)
  void reidentifyUndoesPseudonymise(@ForAll @Size(64) byte[] key, @ForAll("values") String value) {
    ReversiblePseudonymiser rev = ReversiblePseudonymiser.of(ReversibleKey.fromBytes("rev-1", key), "dk.test");

    String pseudonym = rev.pseudonymise(value);

    assertThat(rev.reidentify(pseudonym)).isEqualTo(value);
    assertThat(pseudonym).matches("[a-z2-7]+");
  }

  @Property(tries = 300)
  void isDeterministicAndInjective(
      @ForAll @Size(64) byte[] key, @ForAll("values") String a, @ForAll("values") String b) {
    ReversiblePseudonymiser rev = ReversiblePseudonymiser.of(ReversibleKey.fromBytes("rev-1", key), "dk.test");

    assertThat(rev.pseudonymise(a)).isEqualTo(rev.pseudonymise(new StringBuilder(a)));
    Assume.that(!a.equals(b));
    assertThat(rev.pseudonymise(a)).isNotEqualTo(rev.pseudonymise(b));
  }
}
