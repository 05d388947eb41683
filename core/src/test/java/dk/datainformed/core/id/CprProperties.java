package dk.datainformed.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.datainformed.core.InvalidValueException;
import dk.datainformed.core.ParseResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class CprProperties {

  /**
   * A number built by the test from a birth date, with what parsing it must give back.
   *
   * @param canonical the ten characters
   * @param kind the kind it was built as
   * @param birthDate the birth date it encodes
   * @param sex the legal sex its last digit encodes
   */
  record Encoded(String canonical, CprKind kind, LocalDate birthDate, LegalSex sex) {
    String formatted() {
      return canonical.substring(0, 6) + "-" + canonical.substring(6);
    }
  }

  /**
   * An input one edit away from a valid number.
   *
   * @param original the valid number's ten characters
   * @param input the edited input
   */
  record NearMiss(String original, String input) {}

  // The published century tables as data (7th digit -> year ranges), independent of the parser's
  // branching: cpr.dk for real and replacement numbers, NSP and MedCom for eCPR.
  private static final Map<Integer, List<int[]>> CPR_CENTURIES =
      IntStream.rangeClosed(0, 9)
          .boxed()
          .collect(
              Collectors.toMap(
                  d -> d,
                  d -> {
                    if (d <= 3) {
                      return List.of(new int[] {1900, 1999});
                    }
                    if (d == 4 || d == 9) {
                      return List.of(new int[] {2000, 2036}, new int[] {1937, 1999});
                    }
                    return List.of(new int[] {2000, 2057}, new int[] {1858, 1899});
                  }));

  private static final Map<Integer, List<int[]>> ECPR_CENTURIES =
      Map.of(
          0, List.of(new int[] {1900, 1999}),
          1, List.of(new int[] {1900, 1999}),
          5, List.of(new int[] {1800, 1899}),
          6, List.of(new int[] {2000, 2099}),
          7, List.of(new int[] {2000, 2099}));

  private static List<Integer> centuryDigitsFor(Map<Integer, List<int[]>> table, int year) {
    return table.entrySet().stream()
        .filter(e -> e.getValue().stream().anyMatch(r -> r[0] <= year && year <= r[1]))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  @Provide
  Arbitrary<Encoded> validCprs() {
    return Arbitraries.of(CprKind.class).flatMap(CprProperties::encoded);
  }

  private static Arbitrary<Encoded> encoded(CprKind kind) {
    boolean eCpr = kind == CprKind.ECPR;
    Map<Integer, List<int[]>> table = eCpr ? ECPR_CENTURIES : CPR_CENTURIES;
    LocalDate first = eCpr ? LocalDate.of(1800, 1, 1) : LocalDate.of(1858, 1, 1);
    LocalDate last = eCpr ? LocalDate.of(2099, 12, 31) : LocalDate.of(2057, 12, 31);
    Arbitrary<Character> middle =
        eCpr ? Arbitraries.chars().range('A', 'Z') : Arbitraries.chars().range('0', '9');
    return Arbitraries.longs()
        .between(first.toEpochDay(), last.toEpochDay())
        .map(LocalDate::ofEpochDay)
        .flatMap(
            date ->
                Combinators.combine(
                        Arbitraries.of(centuryDigitsFor(table, date.getYear())),
                        middle,
                        middle,
                        Arbitraries.integers().between(0, 9))
                    .as(
                        (century, eighth, ninth, lastDigit) -> {
                          int day =
                              date.getDayOfMonth() + (kind == CprKind.REPLACEMENT ? 60 : 0);
                          String canonical =
                              String.format(
                                  "%02d%02d%02d%d%c%c%d",
                                  day,
                                  date.getMonthValue(),
                                  date.getYear() % 100,
                                  century,
                                  eighth,
                                  ninth,
                                  lastDigit);
                          LegalSex sex = lastDigit % 2 == 1 ? LegalSex.MALE : LegalSex.FEMALE;
                          return new Encoded(canonical, kind, date, sex);
                        }));
  }

  @Provide
  Arbitrary<NearMiss> nearMisses() {
    Arbitrary<Character> noise =
        Arbitraries.of('0', '1', '5', '9', 'A', 'z', 'Ø', '-', ' ', '/', '.', '\t', '٣');
    return validCprs()
        .flatMap(
            valid -> {
              String c = valid.canonical();
              return Arbitraries.of(c, valid.formatted())
                  .flatMap(
                      written -> {
                        int n = written.length();
                        Arbitrary<String> deleted =
                            Arbitraries.integers()
                                .between(0, n - 1)
                                .map(i -> written.substring(0, i) + written.substring(i + 1));
                        Arbitrary<String> inserted =
                            Combinators.combine(Arbitraries.integers().between(0, n), noise)
                                .as((i, ch) -> written.substring(0, i) + ch + written.substring(i));
                        Arbitrary<String> replaced =
                            Combinators.combine(Arbitraries.integers().between(0, n - 1), noise)
                                .as(
                                    (i, ch) ->
                                        written.substring(0, i) + ch + written.substring(i + 1));
                        Arbitrary<String> other =
                            Arbitraries.of(
                                written.toLowerCase(Locale.ROOT),
                                c.substring(0, 6) + " " + c.substring(6),
                                c + c,
                                "CPR: " + written,
                                written + ";",
                                c.substring(6) + c.substring(0, 6));
                        return Arbitraries.oneOf(deleted, inserted, replaced, other)
                            .map(input -> new NearMiss(c, input));
                      });
            });
  }

  @Property
  void bothWrittenFormsGiveEqualNumbersThatWriteThemBack(@ForAll("validCprs") Encoded valid) {
    Cpr fromCanonical = Cpr.parse(valid.canonical());
    Cpr fromFormatted = Cpr.parse(valid.formatted());

    assertThat(fromCanonical).isEqualTo(fromFormatted).hasSameHashCodeAs(fromFormatted);
    assertThat(fromFormatted.canonical()).isEqualTo(valid.canonical());
    assertThat(fromCanonical.formatted()).isEqualTo(valid.formatted());
    assertThat(Cpr.parse(" " + fromCanonical.formatted() + " ")).isEqualTo(fromCanonical);
  }

  @Property
  void readsBackTheBirthDateSexAndKindItWasBuiltFrom(@ForAll("validCprs") Encoded valid) {
    Cpr cpr = Cpr.parse(valid.formatted());

    assertThat(cpr.kind()).isEqualTo(valid.kind());
    assertThat(cpr.birthDate()).isEqualTo(valid.birthDate());
    assertThat(cpr.legalSex()).isEqualTo(valid.sex());
  }

  @Property
  void toStringShowsOnlyTheMaskedBirthDatePart(@ForAll("validCprs") Encoded valid) {
    String shown = Cpr.parse(valid.canonical()).toString();

    assertThat(shown).isEqualTo(valid.canonical().substring(0, 6) + "-****");
    assertThat(shown).doesNotContain(valid.canonical()).doesNotContain(valid.formatted());
  }

  @Property
  void noMessageOrStringOfANearMissContainsTheNumber(@ForAll("nearMisses") NearMiss miss) {
    ParseResult<Cpr> result = Cpr.tryParse(miss.input());
    String shown;
    if (result.isOk()) {
      shown = result.toOptional().orElseThrow().toString();
    } else {
      InvalidValueException thrown =
          catchThrowableOfType(InvalidValueException.class, () -> Cpr.parse(miss.input()));
      shown = result.failure().orElseThrow() + "\n" + thrown.getMessage() + "\n" + thrown;
    }
    String original = miss.original();
    assertThat(shown)
        .doesNotContain(original)
        .doesNotContain(original.substring(0, 6) + "-" + original.substring(6))
        .doesNotContain(miss.input().strip());
  }

  @Property
  void tryParseAgreesWithParseOnNearMisses(@ForAll("nearMisses") NearMiss miss) {
    assertAgreement(miss.input());
  }

  @Property
  void tryParseAgreesWithParseOnArbitraryText(
      @ForAll @StringLength(min = 0, max = 13) @CharRange(from = '0', to = '9') @CharRange(from = 'A', to = 'C')
          @Chars({'-', ' ', 'a'})
          String text) {
    assertAgreement(text);
  }

  private static void assertAgreement(String text) {
    ParseResult<Cpr> result = Cpr.tryParse(text);
    if (result.isOk()) {
      assertThat(Cpr.parse(text)).isEqualTo(result.toOptional().orElseThrow());
    } else {
      InvalidValueException thrown =
          catchThrowableOfType(InvalidValueException.class, () -> Cpr.parse(text));
      assertThat(thrown).isNotNull();
      assertThat(thrown.reason()).isEqualTo(result.failure().orElseThrow());
      assertThat(thrown.getMessage())
          .isEqualTo("Invalid CPR number '" + IdentifierMask.mask(text) + "': " + thrown.reason());
    }
  }
}
