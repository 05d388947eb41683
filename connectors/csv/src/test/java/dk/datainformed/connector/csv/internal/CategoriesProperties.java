package dk.datainformed.connector.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Laws of the shared category strings: always an equal string, and one string per value. */
class CategoriesProperties {

  @Property
  void givesAnEqualStringAndTheSameOneForEqualValues(
      @ForAll @Size(max = 200) List<@StringLength(max = 4) String> cells) {
    Categories categories = new Categories();
    Map<String, String> first = new HashMap<>();
    for (String cell : cells) {
      String fresh = new String(cell.toCharArray());

      String got = categories.canonical(fresh);

      assertThat(got).isEqualTo(cell).isSameAs(first.computeIfAbsent(cell, c -> got));
    }
  }

  @Property(tries = 3)
  void beyondItsLimitACellKeepsItsOwnString() {
    Categories categories = new Categories();
    for (int i = 0; i < Categories.MAX_VALUES; i++) {
      categories.canonical("enhed-" + i);
    }
    String late = "enhed-x";

    assertThat(categories.canonical(late)).isSameAs(late);
    assertThat(categories.canonical(new String("enhed-x"))).isEqualTo(late).isNotSameAs(late);
    assertThat(categories.canonical(new String("enhed-7"))).isEqualTo("enhed-7");
  }
}
