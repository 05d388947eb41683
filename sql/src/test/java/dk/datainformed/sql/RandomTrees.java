package dk.datainformed.sql;

import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.org.OrganisationTree;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A municipality of two administrations and five units that start late, with a move and a closing. */
public final class RandomTrees {
  static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);

  private RandomTrees() {}

  static OrganisationTree of(Random random) {
    OrganisationTree.Builder b = OrganisationTree.builder().root(id("k"), "Kommune", FOUNDED)
        .unit(id("a1"), "A1", id("k"), FOUNDED).unit(id("a2"), "A2", id("k"), FOUNDED);
    for (int u = 1; u <= 5; u++) {
      b.unit(id("u" + u), "U" + u, id(random.nextBoolean() ? "a1" : "a2"), FOUNDED.plusDays(random.nextInt(400)));
    }
    b.move(id("u1"), FOUNDED.plusDays(500 + random.nextInt(300)), id(random.nextBoolean() ? "a1" : "a2"));
    b.close(id("u2"), FOUNDED.plusDays(500 + random.nextInt(600)));
    return b.build();
  }

  /** Every unit's id, the root and administrations included. */
  static List<String> units() {
    List<String> units = new ArrayList<>(List.of("k", "a1", "a2"));
    for (int u = 1; u <= 5; u++) {
      units.add("u" + u);
    }
    return units;
  }

  static OrgUnitId id(String s) {
    return OrgUnitId.of(s);
  }
}
