package dk.datainformed.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganisationTreeTest {

  private static final OrgUnitId KOMMUNE = OrgUnitId.of("kommune");
  private static final OrgUnitId SKOLE = OrgUnitId.of("skole");
  private static final OrgUnitId DAGTILBUD = OrgUnitId.of("dagtilbud");
  private static final OrgUnitId NORD = OrgUnitId.of("nord");
  private static final OrgUnitId TEAM = OrgUnitId.of("team-nord-1");

  private static final LocalDate START = LocalDate.of(2007, 1, 1);
  private static final LocalDate CHANGE = LocalDate.of(2024, 8, 1);
  private static final LocalDate BEFORE = CHANGE.minusDays(1);

  /** The example of the class Javadoc, with a team below the unit that moves. */
  private static OrganisationTree moveExample() {
    return OrganisationTree.builder()
        .root(KOMMUNE, "Kommunen", START)
        .unit(SKOLE, "Skoleafdelingen", KOMMUNE, START)
        .unit(DAGTILBUD, "Dagtilbud", KOMMUNE, START)
        .unit(NORD, "Område Nord", SKOLE, LocalDate.of(2020, 1, 1))
        .unit(TEAM, "Team 1", NORD, LocalDate.of(2021, 1, 1))
        .move(NORD, CHANGE, DAGTILBUD)
        .build();
  }

  @Test
  void aUnitDoesNotExistBeforeItIsCreated() {
    OrganisationTree tree = moveExample();

    assertThat(tree.isValid(NORD, LocalDate.of(2019, 12, 31))).isFalse();
    assertThat(tree.asOf(LocalDate.of(2019, 12, 31)).units())
        .containsExactly(KOMMUNE, SKOLE, DAGTILBUD);
    assertThat(tree.asOf(LocalDate.of(2020, 1, 1)).units())
        .containsExactly(KOMMUNE, SKOLE, DAGTILBUD, NORD);
    assertThat(tree.ancestorsOrSelf(NORD, LocalDate.of(2019, 12, 31))).isEmpty();
    assertThat(tree.asOf(START.minusDays(1)).roots()).isEmpty();
  }

  @Test
  void snapshotShowsRootsChildrenParentsAndNames() {
    OrganisationSnapshot snapshot = moveExample().asOf(BEFORE);

    assertThat(snapshot.date()).isEqualTo(BEFORE);
    assertThat(snapshot.roots()).containsExactly(KOMMUNE);
    assertThat(snapshot.children(KOMMUNE)).containsExactly(SKOLE, DAGTILBUD);
    assertThat(snapshot.children(SKOLE)).containsExactly(NORD);
    assertThat(snapshot.children(TEAM)).isEmpty();
    assertThat(snapshot.parent(NORD)).contains(SKOLE);
    assertThat(snapshot.parent(KOMMUNE)).isEmpty();
    assertThat(snapshot.name(NORD)).contains("Område Nord");
    assertThat(snapshot.contains(OrgUnitId.of("ukendt"))).isFalse();
  }

  @Test
  void moveChangesAncestorsFromTheMoveDate() {
    OrganisationTree tree = moveExample();

    assertThat(tree.ancestors(NORD, BEFORE)).containsExactly(SKOLE, KOMMUNE);
    assertThat(tree.ancestors(NORD, CHANGE)).containsExactly(DAGTILBUD, KOMMUNE);
    assertThat(tree.isUnder(NORD, SKOLE, BEFORE)).isTrue();
    assertThat(tree.isUnder(NORD, SKOLE, CHANGE)).isFalse();
    assertThat(tree.asOf(BEFORE).children(DAGTILBUD)).isEmpty();
    assertThat(tree.asOf(CHANGE).children(DAGTILBUD)).containsExactly(NORD);
    assertThat(tree.asOf(CHANGE).children(SKOLE)).isEmpty();
  }

  @Test
  void moveOfAUnitMovesItsDescendantsWithIt() {
    OrganisationTree tree = moveExample();

    assertThat(tree.ancestorsOrSelf(TEAM, BEFORE)).containsExactly(TEAM, NORD, SKOLE, KOMMUNE);
    assertThat(tree.ancestorsOrSelf(TEAM, CHANGE)).containsExactly(TEAM, NORD, DAGTILBUD, KOMMUNE);
    assertThat(tree.history(TEAM)).hasSize(1);
  }

  @Test
  void moveSplitsTheHistoryIntoTwoVersions() {
    List<OrgUnitVersion> history = moveExample().history(NORD);

    assertThat(history)
        .extracting(OrgUnitVersion::validity)
        .containsExactly(
            Validity.between(LocalDate.of(2020, 1, 1), CHANGE), Validity.from(CHANGE));
    assertThat(history).extracting(OrgUnitVersion::parent)
        .containsExactly(Optional.of(SKOLE), Optional.of(DAGTILBUD));
  }

  @Test
  void renameKeepsTheUnitAndItsPlaceAndChangesItsName() {
    OrganisationTree tree =
        OrganisationTree.builder()
            .root(KOMMUNE, "Kommunen", START)
            .unit(SKOLE, "Skoleafdelingen", KOMMUNE, START)
            .rename(SKOLE, CHANGE, "Skole og Uddannelse")
            .build();

    assertThat(tree.asOf(BEFORE).name(SKOLE)).contains("Skoleafdelingen");
    assertThat(tree.asOf(CHANGE).name(SKOLE)).contains("Skole og Uddannelse");
    assertThat(tree.ancestors(SKOLE, BEFORE)).isEqualTo(tree.ancestors(SKOLE, CHANGE));
    assertThat(tree.version(SKOLE, CHANGE).map(OrgUnitVersion::name))
        .contains("Skole og Uddannelse");
  }

  @Test
  void changeOnTheFirstDayOfAVersionReplacesIt() {
    OrganisationTree tree =
        OrganisationTree.builder()
            .root(KOMMUNE, "Kommunen", START)
            .unit(SKOLE, "Skole", KOMMUNE, CHANGE)
            .rename(SKOLE, CHANGE, "Skoleafdelingen")
            .build();

    assertThat(tree.history(SKOLE))
        .containsExactly(OrgUnitVersion.of(SKOLE, "Skoleafdelingen", KOMMUNE, Validity.from(CHANGE)));
  }

  @Test
  void closedUnitLeavesLaterSnapshotsAndHasNoSuccessor() {
    OrganisationTree tree =
        OrganisationTree.builder()
            .root(KOMMUNE, "Kommunen", START)
            .unit(SKOLE, "Skoleafdelingen", KOMMUNE, START)
            .close(SKOLE, CHANGE)
            .build();

    assertThat(tree.asOf(BEFORE).units()).containsExactly(KOMMUNE, SKOLE);
    assertThat(tree.asOf(CHANGE).units()).containsExactly(KOMMUNE);
    assertThat(tree.asOf(CHANGE).children(KOMMUNE)).isEmpty();
    assertThat(tree.successors(SKOLE, BEFORE)).containsExactly(SKOLE);
    assertThat(tree.successors(SKOLE, CHANGE)).isEmpty();
    assertThat(tree.history(SKOLE))
        .extracting(OrgUnitVersion::validity)
        .containsExactly(Validity.between(START, CHANGE));
  }

  @Test
  void mergedUnitsHaveTheNewUnitAsSuccessor() {
    OrgUnitId a = OrgUnitId.of("skole-a");
    OrgUnitId b = OrgUnitId.of("skole-b");
    OrgUnitId ab = OrgUnitId.of("skole-ab");
    OrganisationTree tree =
        OrganisationTree.builder()
            .root(KOMMUNE, "Kommunen", START)
            .unit(a, "Skole A", KOMMUNE, START)
            .unit(b, "Skole B", KOMMUNE, START)
            .close(a, CHANGE)
            .close(b, CHANGE)
            .unit(ab, "Skole AB", KOMMUNE, CHANGE)
            .merge(List.of(a, b), ab, CHANGE)
            .build();

    assertThat(tree.asOf(BEFORE).children(KOMMUNE)).containsExactly(a, b);
    assertThat(tree.asOf(CHANGE).children(KOMMUNE)).containsExactly(ab);
    assertThat(tree.successors(a, BEFORE)).containsExactly(a);
    assertThat(tree.successors(a, CHANGE)).containsExactly(ab);
    assertThat(tree.successors(b, LocalDate.of(2030, 1, 1))).containsExactly(ab);
    assertThat(tree.successors(ab, BEFORE)).isEmpty();
    assertThat(tree.successions())
        .containsExactly(new Succession(a, ab, CHANGE), new Succession(b, ab, CHANGE));
  }

  @Test
  void splitUnitHasEverySuccessor() {
    OrgUnitId north = OrgUnitId.of("nord-1");
    OrgUnitId south = OrgUnitId.of("syd-1");
    OrganisationTree tree =
        OrganisationTree.builder()
            .root(KOMMUNE, "Kommunen", START)
            .unit(SKOLE, "Skoleafdelingen", KOMMUNE, START)
            .close(SKOLE, CHANGE)
            .unit(north, "Skoler Nord", KOMMUNE, CHANGE)
            .unit(south, "Skoler Syd", KOMMUNE, CHANGE)
            .split(SKOLE, List.of(north, south), CHANGE)
            .build();

    assertThat(tree.successors(SKOLE, BEFORE)).containsExactly(SKOLE);
    assertThat(tree.successors(SKOLE, CHANGE)).containsExactly(north, south);
  }

  @Test
  void successorsAreFollowedTransitivelyToTheUnitsValidOnTheDay() {
    OrgUnitId a = OrgUnitId.of("a");
    OrgUnitId b = OrgUnitId.of("b");
    OrgUnitId c = OrgUnitId.of("c");
    OrgUnitId d = OrgUnitId.of("d");
    OrgUnitId e = OrgUnitId.of("e");
    LocalDate first = LocalDate.of(2020, 1, 1);
    LocalDate second = LocalDate.of(2022, 1, 1);
    OrganisationTree tree =
        OrganisationTree.builder()
            .root(KOMMUNE, "Kommunen", START)
            .unit(a, "A", KOMMUNE, START)
            .unit(b, "B", KOMMUNE, START)
            .close(a, first)
            .close(b, first)
            .unit(c, "C", KOMMUNE, first)
            .merge(List.of(a, b), c, first)
            .close(c, second)
            .unit(d, "D", KOMMUNE, second)
            .unit(e, "E", KOMMUNE, second)
            .split(c, List.of(d, e), second)
            .build();

    assertThat(tree.successors(a, first.minusDays(1))).containsExactly(a);
    assertThat(tree.successors(a, first)).containsExactly(c);
    assertThat(tree.successors(a, second.minusDays(1))).containsExactly(c);
    assertThat(tree.successors(a, second)).containsExactly(d, e);
    assertThat(tree.successors(b, second)).containsExactly(d, e);
  }

  @Test
  void unitClosedBeforeItsSuccessorIsCreatedHasNoSuccessorInTheGap() {
    OrgUnitId old = OrgUnitId.of("gammel");
    OrgUnitId replacement = OrgUnitId.of("ny");
    LocalDate closed = LocalDate.of(2023, 1, 1);
    OrganisationTree tree =
        OrganisationTree.builder()
            .root(KOMMUNE, "Kommunen", START)
            .unit(old, "Gammel", KOMMUNE, START)
            .close(old, closed)
            .unit(replacement, "Ny", KOMMUNE, CHANGE)
            .succession(old, replacement, CHANGE)
            .build();

    assertThat(tree.successors(old, closed)).isEmpty();
    assertThat(tree.successors(old, CHANGE)).containsExactly(replacement);
  }

  @Test
  void unitsCanSwapPlacesOverTimeWithoutACycle() {
    OrgUnitId a = OrgUnitId.of("a");
    OrgUnitId b = OrgUnitId.of("b");
    OrganisationTree tree =
        OrganisationTree.builder()
            .root(KOMMUNE, "Kommunen", START)
            .unit(a, "A", b, START)
            .unit(b, "B", KOMMUNE, START)
            .move(a, CHANGE, KOMMUNE)
            .move(b, CHANGE, a)
            .build();

    assertThat(tree.ancestorsOrSelf(a, BEFORE)).containsExactly(a, b, KOMMUNE);
    assertThat(tree.ancestorsOrSelf(b, CHANGE)).containsExactly(b, a, KOMMUNE);
  }

  @Test
  void rollUpSendsDataToTheNearestTargetAsTheTreeStoodThatDay() {
    OrganisationTree tree = moveExample();
    RollUp departments = tree.rollUp(List.of(SKOLE, DAGTILBUD));

    assertThat(departments.targetOf(TEAM, BEFORE)).contains(SKOLE);
    assertThat(departments.targetOf(TEAM, CHANGE)).contains(DAGTILBUD);
    assertThat(departments.targetOf(SKOLE, CHANGE)).contains(SKOLE);
    assertThat(departments.targetOf(KOMMUNE, CHANGE)).isEmpty();
    assertThat(departments.targetOf(TEAM, LocalDate.of(2020, 6, 1))).isEmpty();
    assertThat(departments.targetOf(OrgUnitId.of("ukendt"), CHANGE)).isEmpty();
    assertThat(departments.targets()).containsExactly(SKOLE, DAGTILBUD);
  }

  @Test
  void rollUpPrefersTheNearerOfTwoTargets() {
    RollUp rollUp = moveExample().rollUp(List.of(KOMMUNE, NORD));

    assertThat(rollUp.targetOf(TEAM, CHANGE)).contains(NORD);
    assertThat(rollUp.targetOf(DAGTILBUD, CHANGE)).contains(KOMMUNE);
  }

  @Test
  void rollsUpToIncludesTheUnitItselfWhileIsUnderDoesNot() {
    OrganisationTree tree = moveExample();

    assertThat(tree.rollsUpTo(NORD, NORD, CHANGE)).isTrue();
    assertThat(tree.isUnder(NORD, NORD, CHANGE)).isFalse();
    assertThat(tree.rollsUpTo(NORD, KOMMUNE, CHANGE)).isTrue();
    assertThat(tree.rollsUpTo(KOMMUNE, NORD, CHANGE)).isFalse();
  }

  @Test
  void rollUpRejectsATargetThatIsNotInTheTree() {
    assertThatThrownBy(() -> moveExample().rollUp(List.of(SKOLE, OrgUnitId.of("skolle"))))
        .isInstanceOf(InvalidOrganisationException.class)
        .hasMessageContaining("skolle");
  }

  @Test
  void unknownUnitsAreValidOnNoDay() {
    OrganisationTree tree = moveExample();
    OrgUnitId unknown = OrgUnitId.of("ukendt");

    assertThat(tree.isValid(unknown, CHANGE)).isFalse();
    assertThat(tree.version(unknown, CHANGE)).isEmpty();
    assertThat(tree.history(unknown)).isEmpty();
    assertThat(tree.ancestors(unknown, CHANGE)).isEmpty();
    assertThat(tree.isUnder(unknown, KOMMUNE, CHANGE)).isFalse();
    assertThat(tree.successors(unknown, CHANGE)).isEmpty();
  }

  @Test
  void treeAcceptsVersionsAsReadFromASourceSystemInAnyOrder() {
    OrganisationTree tree =
        OrganisationTree.builder()
            .add(OrgUnitVersion.of(SKOLE, "Skole og Uddannelse", KOMMUNE, Validity.from(CHANGE)))
            .add(
                OrgUnitVersion.of(
                    SKOLE, "Skoleafdelingen", KOMMUNE, Validity.between(START, CHANGE)))
            .add(OrgUnitVersion.root(KOMMUNE, "Kommunen", Validity.from(START)))
            .build();

    assertThat(tree.units()).containsExactly(SKOLE, KOMMUNE);
    assertThat(tree.history(SKOLE)).extracting(OrgUnitVersion::name)
        .containsExactly("Skoleafdelingen", "Skole og Uddannelse");
    assertThat(tree.asOf(CHANGE).roots()).containsExactly(KOMMUNE);
  }
}
