package dk.datainformed.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SuggestionsProperties {

  @Test
  void knownDistances() {
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("denominatr", "denominator")).isEqualTo(1);
  }

  @Test
  void suggestsTheOneCloseName() {
    List<String> fields = List.of("numerator", "denominator", "filters");
    assertThat(Suggestions.didYouMean("denominatr", fields)).contains("denominator");
    assertThat(Suggestions.didYouMean("colour", fields)).isEmpty();
  }

  @Test
  void suggestsNothingOnATie() {
    assertThat(Suggestions.didYouMean("cat", List.of("bat", "hat"))).isEmpty();
  }

  @Test
  void listsTheNearestFirst() {
    assertThat(Suggestions.nearest("Koge", List.of("Kolding", "Køge", "Greve", "Kerteminde"), 2))
        .containsExactly("Køge", "Greve");
  }

  @Property
  void distanceIsASymmetricMetric(
      @ForAll @AlphaChars @StringLength(max = 12) String a,
      @ForAll @AlphaChars @StringLength(max = 12) String b,
      @ForAll @AlphaChars @StringLength(max = 12) String c) {
    assertThat(Suggestions.distance(a, b)).isEqualTo(Suggestions.distance(b, a));
    assertThat(Suggestions.distance(a, b) == 0).isEqualTo(a.equals(b));
    assertThat(Suggestions.distance(a, c))
        .isLessThanOrEqualTo(Suggestions.distance(a, b) + Suggestions.distance(b, c));
    assertThat(Suggestions.distance(a, b)).isLessThanOrEqualTo(Math.max(a.length(), b.length()));
  }
}
