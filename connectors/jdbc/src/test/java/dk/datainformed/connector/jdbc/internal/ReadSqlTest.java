package dk.datainformed.connector.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL the connector sends, as text: no row values, so that SQL Server and others run it too. */
class ReadSqlTest {

  @Test
  void aFirstReadOrdersByTheCursorThenTheKeys() {
    assertThat(ReadSql.read("SELECT * FROM hr.fravaer", List.of("\"opdateret\"", "\"id\""), false))
        .isEqualTo("SELECT * FROM (\nSELECT * FROM hr.fravaer\n) q ORDER BY q.\"opdateret\", q.\"id\"");
  }

  @Test
  void aResumedReadSpellsTheTieBreakOutWithOrAndAnd() {
    assertThat(ReadSql.read("S", List.of("c", "k1", "k2"), true))
        .isEqualTo("SELECT * FROM (\nS\n) q WHERE q.c >= ? AND (q.c > ? OR (q.c = ? AND q.k1 > ?)"
            + " OR (q.c = ? AND q.k1 = ? AND q.k2 > ?)) ORDER BY q.c, q.k1, q.k2");
    assertThat(ReadSql.parameters(3)).containsExactly(0, 0, 0, 1, 0, 1, 2);
  }

  @Test
  void aResumedReadWithoutKeysComparesTheCursorAlone() {
    assertThat(ReadSql.read("S", List.of("c"), true)).isEqualTo("SELECT * FROM (\nS\n) q WHERE q.c > ? ORDER BY q.c");
    assertThat(ReadSql.parameters(1)).containsExactly(0);
  }

  @Test
  void theProbeFetchesNoRowAndACommentAtTheSourcesEndCannotSwallowIt() {
    assertThat(ReadSql.probe("SELECT 1 AS a -- note")).isEqualTo("SELECT * FROM (\nSELECT 1 AS a -- note\n) q WHERE 1 = 0");
  }
}
