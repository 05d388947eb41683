package dk.datainformed.privacy.generalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;

class AgeBandsProperties {

  /** Any valid set of cut points: 1 to 12 distinct ages from 1 to 150, in order. */
  @Provide
  Arbitrary<AgeBands> ageBands() {
    Arbitrary<Set<Integer>> cuts =
        Arbitraries.integers().between(1, AgeBands.MAX_CUT_POINT).set().ofMinSize(1).ofMaxSize(12);
    return cuts.map(set -> AgeBands.of(new ArrayList<>(new TreeSet<>(set))));
  }

  @Property
  void everyAgeFallsInExactlyOneBand(
      @ForAll("ageBands") AgeBands bands, @ForAll @IntRange(min = 0, max = 200) int age) {
    List<AgeBand> containing = bands.bands().stream().filter(b -> b.contains(age)).toList();

    assertThat(containing).containsExactly(bands.bandOf(age));
  }

  @Property
  void bandsFollowOneAnotherWithoutGapsFromZeroToAnOpenEnd(@ForAll("ageBands") AgeBands bands) {
    List<AgeBand> all = bands.bands();

    assertThat(all).hasSize(bands.cutPoints().size() + 1);
    assertThat(all.get(0).from()).isZero();
    assertThat(all.get(all.size() - 1).isOpen()).isTrue();
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i).from()).isEqualTo(all.get(i - 1).to().getAsInt() + 1);
      assertThat(all.get(i).from()).isEqualTo(bands.cutPoints().get(i - 1));
    }
  }

  @Property
  void bandOfTheAgeEqualsTheBandFromTheBirthDate(
      @ForAll("ageBands") AgeBands bands,
      @ForAll @DateRange(min = "1900-01-01", max = "2030-12-31") LocalDate born,
      @ForAll @IntRange(min = 0, max = 45_000) int daysLater) {
    LocalDate reference = born.plusDays(daysLater);

    assertThat(bands.bandAt(born, reference)).isEqualTo(bands.bandOf(Age.at(born, reference)));
  }
}
