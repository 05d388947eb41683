package dk.datainformed.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.datainformed.core.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationValidationTest {

  private static final OrgUnitId KOMMUNE = OrgUnitId.of("kommune");
  private static final OrgUnitId A = OrgUnitId.of("enhed-a");
  private static final OrgUnitId B = OrgUnitId.of("enhed-b");
  private static final LocalDate START = LocalDate.of(2007, 1, 1);
  private static final LocalDate CHANGE = LocalDate.of(2024, 8, 1);

  private static OrganisationTree.Builder withKommune() {
    return OrganisationTree.builder().root(KOMMUNE, "Kommunen", START);
  }

  private static InvalidOrganisationException buildFails(OrganisationTree.Builder builder) {
    return catchThrowableOfType(InvalidOrganisationException.class, builder::build);
  }

  @Test
  void rejectsOverlappingVersionsOfOneUnit() {
    InvalidOrganisationException e =
        buildFails(
            withKommune()
                .add(OrgUnitVersion.of(A, "A", KOMMUNE, Validity.between(START, CHANGE.plusDays(1))))
                .add(OrgUnitVersion.of(A, "A2", KOMMUNE, Validity.from(CHANGE))));

    assertThat(e.getMessage())
        .contains("enhed-a")
        .contains("overlapping")
        .contains("[2007-01-01, 2024-08-02)")
        .contains("[2024-08-01, ..)");
  }

  @Test
  void rejectsAParentThatIsNotInTheOrganisation() {
    InvalidOrganisationException e =
        buildFails(withKommune().unit(A, "A", OrgUnitId.of("kommunne"), START));

    assertThat(e.getMessage()).contains("enhed-a is under kommunne").contains("not a unit");
  }

  @Test
  void rejectsAParentCreatedAfterItsChild() {
    InvalidOrganisationException e =
        buildFails(withKommune().unit(A, "A", B, START).unit(B, "B", KOMMUNE, CHANGE));

    assertThat(e.getMessage())
        .contains("enhed-a is under enhed-b during [2007-01-01, ..)")
        .contains("enhed-b is not valid during [2007-01-01, 2024-08-01)");
  }

  @Test
  void rejectsAParentClosedBeforeItsChild() {
    InvalidOrganisationException e =
        buildFails(
            withKommune().unit(B, "B", KOMMUNE, START).unit(A, "A", B, START).close(B, CHANGE));

    assertThat(e.problems())
        .containsExactly(
            "unit enhed-a is under enhed-b during [2007-01-01, ..), but enhed-b is not valid during"
                + " [2024-08-01, ..)");
  }

  @Test
  void rejectsAParentWithAGapInItsHistory() {
    InvalidOrganisationException e =
        buildFails(
            withKommune()
                .add(OrgUnitVersion.of(B, "B", KOMMUNE, Validity.between(START, CHANGE)))
                .add(OrgUnitVersion.of(B, "B", KOMMUNE, Validity.from(CHANGE.plusMonths(1))))
                .unit(A, "A", B, START));

    assertThat(e.getMessage()).contains("enhed-b is not valid during [2024-08-01, 2024-09-01)");
  }

  @Test
  void rejectsParentsThatFormACycleOnSomeDays() {
    InvalidOrganisationException e =
        buildFails(
            withKommune()
                .unit(A, "A", B, START)
                .unit(B, "B", KOMMUNE, START)
                .move(B, CHANGE, A));

    assertThat(e.problems())
        .containsExactly(
            "the parents of units enhed-a, enhed-b form a cycle (enhed-a under enhed-b under"
                + " enhed-a) during [2024-08-01, ..)");
  }

  @Test
  void namesEveryPeriodOfARecurringCycle() {
    InvalidOrganisationException e =
        buildFails(
            withKommune()
                .unit(A, "A", B, START)
                .unit(B, "B", KOMMUNE, START)
                .move(B, CHANGE, A)
                .move(B, LocalDate.of(2025, 1, 1), KOMMUNE)
                .move(B, LocalDate.of(2026, 1, 1), A));

    assertThat(e.problems())
        .singleElement()
        .asString()
        .endsWith("during [2024-08-01, 2025-01-01) and [2026-01-01, ..)");
  }

  @Test
  void rejectsAUnitThatIsItsOwnParent() {
    InvalidOrganisationException e = buildFails(withKommune().unit(A, "A", A, START));

    assertThat(e.getMessage()).contains("enhed-a under enhed-a").contains("[2007-01-01, ..)");
  }

  @Test
  void rejectsASuccessionToAUnitThatIsNotInTheOrganisation() {
    InvalidOrganisationException e =
        buildFails(
            withKommune()
                .unit(A, "A", KOMMUNE, START)
                .close(A, CHANGE)
                .succession(A, OrgUnitId.of("ukendt"), CHANGE));

    assertThat(e.getMessage())
        .contains("succession from enhed-a to ukendt on 2024-08-01")
        .contains("ukendt is not a unit of the organisation");
  }

  @Test
  void rejectsASuccessionFromAUnitThatIsNotInTheOrganisation() {
    InvalidOrganisationException e =
        buildFails(
            withKommune().unit(B, "B", KOMMUNE, START).succession(OrgUnitId.of("ukendt"), B, CHANGE));

    assertThat(e.getMessage()).contains("ukendt is not a unit of the organisation");
  }

  @Test
  void rejectsASuccessorThatIsNotValidOnTheDay() {
    InvalidOrganisationException e =
        buildFails(
            withKommune()
                .unit(A, "A", KOMMUNE, START)
                .close(A, CHANGE)
                .unit(B, "B", KOMMUNE, CHANGE.plusDays(1))
                .merge(List.of(A), B, CHANGE));

    assertThat(e.problems())
        .containsExactly(
            "succession from enhed-a to enhed-b on 2024-08-01: enhed-b is not valid on 2024-08-01");
  }

  @Test
  void rejectsASuccessionFromAUnitStillValidOnTheDay() {
    InvalidOrganisationException e =
        buildFails(
            withKommune()
                .unit(A, "A", KOMMUNE, START)
                .unit(B, "B", KOMMUNE, START)
                .split(A, List.of(B), CHANGE));

    assertThat(e.getMessage()).contains("enhed-a is still valid on 2024-08-01");
  }

  @Test
  void rejectsASuccessionFromAUnitCreatedAfterTheDay() {
    InvalidOrganisationException e =
        buildFails(
            withKommune()
                .unit(A, "A", KOMMUNE, CHANGE.plusYears(1))
                .unit(B, "B", KOMMUNE, START)
                .succession(A, B, CHANGE));

    assertThat(e.getMessage()).contains("enhed-a did not exist before 2024-08-01");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    InvalidOrganisationException e =
        buildFails(
            withKommune()
                .unit(A, "A", OrgUnitId.of("mangler"), START)
                .unit(B, "B", B, START)
                .succession(KOMMUNE, A, CHANGE));

    assertThat(e.problems()).hasSize(3);
    assertThat(e.getMessage())
        .startsWith("The organisation is not valid (3 problems):")
        .contains("mangler")
        .contains("enhed-b under enhed-b")
        .contains("kommune is still valid");
  }

  @Test
  void messageListsTheFirstProblemsAndCountsTheRest() {
    OrganisationTree.Builder builder = withKommune();
    for (int i = 0; i < 25; i++) {
      builder.unit(OrgUnitId.of("enhed-" + i), "Enhed " + i, OrgUnitId.of("mangler-" + i), START);
    }

    InvalidOrganisationException e = buildFails(builder);

    assertThat(e.problems()).hasSize(25);
    assertThat(e.getMessage())
        .contains("mangler-0")
        .contains("mangler-19")
        .doesNotContain("mangler-20")
        .endsWith("... and 5 more");
  }

  @Test
  void rejectsAChangeOnADayWithoutAVersion() {
    assertThatThrownBy(() -> withKommune().unit(A, "A", KOMMUNE, CHANGE).rename(A, START, "Ny A"))
        .isInstanceOf(InvalidOrganisationException.class)
        .hasMessageContaining("cannot rename enhed-a on 2007-01-01");
    assertThatThrownBy(() -> withKommune().move(B, CHANGE, KOMMUNE))
        .isInstanceOf(InvalidOrganisationException.class)
        .hasMessageContaining("cannot move enhed-b on 2024-08-01");
  }

  @Test
  void rejectsAValidityThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> Validity.between(CHANGE, CHANGE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("[2024-08-01, 2024-08-01)");
  }

  @Test
  void rejectsABlankIdAndABlankName() {
    assertThatThrownBy(() -> OrgUnitId.of(" "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must not be blank");
    assertThatThrownBy(() -> OrgUnitId.of(" x"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("whitespace");
    assertThatThrownBy(() -> OrgUnitVersion.root(A, "", Validity.from(START)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("enhed-a");
  }
}
