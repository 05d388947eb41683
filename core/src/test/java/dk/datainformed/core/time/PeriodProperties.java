package dk.datainformed.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PeriodProperties {

  /** Dates a few years inside the supported range, so that neighbours and short spans exist. */
  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1003, 1, 1).toEpochDay(), LocalDate.of(9996, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay)
        .edgeCases(c -> c.add(LocalDate.of(2020, 12, 31), LocalDate.of(2024, 2, 29)));
  }

  @Provide
  Arbitrary<Period> periods() {
    return Combinators.combine(Arbitraries.of(Grain.class), dates()).as(Period::of);
  }

  @Property
  void canonicalFormReadsBackAsTheSamePeriod(@ForAll("periods") Period period) {
    assertThat(Period.parse(period.format())).isEqualTo(period);
  }

  @Property
  void isoStyleFormReadsBackAsTheSamePeriod(@ForAll("periods") Period period) {
    assertThat(Period.parse(period.formatIso())).isEqualTo(period);
  }

  @Property
  void nextThenPreviousIsIdentity(@ForAll("periods") Period period) {
    assertThat(period.next().previous()).isEqualTo(period);
    assertThat(period.previous().next()).isEqualTo(period);
  }

  @Property
  void consecutivePeriodsAreAdjacent(@ForAll("periods") Period period) {
    Period next = period.next();
    assertThat(next.grain()).isEqualTo(period.grain());
    assertThat(next.start()).isEqualTo(period.end().plusDays(1));
    assertThat(period.start()).isBeforeOrEqualTo(period.end());
  }

  @Property
  void aDateIsInExactlyOnePeriodOfEachGrain(
      @ForAll Grain grain, @ForAll("dates") LocalDate date, @ForAll("dates") LocalDate other) {
    Period home = Period.of(grain, date);
    assertThat(home.contains(date)).isTrue();
    assertThat(home.previous().contains(date)).isFalse();
    assertThat(home.next().contains(date)).isFalse();
    Period elsewhere = Period.of(grain, other);
    assertThat(elsewhere.contains(date)).isEqualTo(elsewhere.equals(home));
  }

  @Property
  void aDateIsInExactlyOnePeriodOfANearbyRun(@ForAll Grain grain, @ForAll("dates") LocalDate date) {
    List<Period> run =
        Period.between(grain, Period.day(date.minusDays(200)), Period.day(date.plusDays(200)));
    assertThat(run.stream().filter(p -> p.contains(date)).count()).isEqualTo(1);
  }

  @Property
  void coarseningANestingPeriodContainsIt(@ForAll("periods") Period period, @ForAll Grain coarser) {
    Assume.that(coarser.compareTo(period.grain()) >= 0);
    Period coarse = period.to(coarser);
    assertThat(coarse.grain()).isEqualTo(coarser);
    if (period.grain() == Grain.WEEK && coarser != Grain.WEEK) {
      assertThat(coarse.contains(period.start().plusDays(3))).isTrue();
    } else {
      assertThat(coarse.contains(period)).isTrue();
    }
  }

  /** Going through WEEK is excluded: a day's week may belong to the neighbouring month. */
  @Property
  void coarseningIsTransitive(
      @ForAll("periods") Period period, @ForAll Grain middle, @ForAll Grain coarsest) {
    Assume.that(middle.compareTo(period.grain()) >= 0 && coarsest.compareTo(middle) >= 0);
    Assume.that(middle != Grain.WEEK || period.grain() == Grain.WEEK);
    assertThat(period.to(middle).to(coarsest)).isEqualTo(period.to(coarsest));
  }

  @Property
  void orderIsConsistentWithEquals(@ForAll("periods") Period a, @ForAll("periods") Period b) {
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    assertThat(a.compareTo(a.next())).isNegative();
  }

  @Property
  void listedPeriodsAreConsecutiveAndCoverTheSpan(
      @ForAll Grain grain, @ForAll("dates") LocalDate date, @ForAll("smallSpans") int days) {
    Period first = Period.day(date);
    Period last = Period.day(date.plusDays(days));
    List<Period> listed = Period.between(grain, first, last);
    assertThat(listed.get(0).contains(first.start())).isTrue();
    assertThat(listed.get(listed.size() - 1).contains(last.end())).isTrue();
    for (int i = 1; i < listed.size(); i++) {
      assertThat(listed.get(i)).isEqualTo(listed.get(i - 1).next());
    }
    assertThat(listed).allMatch(p -> p.grain() == grain);
  }

  @Provide
  Arbitrary<Integer> smallSpans() {
    return Arbitraries.integers().between(0, 800);
  }
}
