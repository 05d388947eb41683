package dk.datainformed.connector.csv;

import static dk.datainformed.connector.csv.CsvFixtures.malformed;
import static dk.datainformed.connector.csv.CsvFixtures.open;
import static dk.datainformed.connector.csv.CsvFixtures.readAll;
import static dk.datainformed.connector.csv.CsvFixtures.records;
import static dk.datainformed.connector.csv.CsvFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.core.id.Cpr;
import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.record.FieldType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvCprFieldTest {

  private static final String SCHEMA = "{\"fields\":["
      + "{\"name\":\"cpr\",\"type\":\"cpr\",\"nullable\":true},"
      + "{\"name\":\"timer\",\"type\":\"decimal\",\"nullable\":false}]}";

  @TempDir Path folder;

  @Test
  void readsEveryAcceptedFormIntoACprField() {
    Path file = write(folder, "fravaer.csv",
        "cpr;timer\n"
            + "010190-1234;7,4\n"
            + " 0202902345 ;1\n"
            + "6101901234;2\n"
            + "010101-1AB4;3\n"
            + ";4\n",
        StandardCharsets.UTF_8);

    try (Connector csv = open(file, "schema", SCHEMA)) {
      List<ReadEvent> events = readAll(csv);

      assertThat(records(events).get(0).schema().field(0).type()).isEqualTo(FieldType.CPR);
      assertThat(records(events).subList(0, 4))
          .extracting(r -> r.getCpr(0))
          .containsExactly(
              Cpr.parse("0101901234"), Cpr.parse("0202902345"), Cpr.parse("6101901234"),
              Cpr.parse("0101011AB4"));
      assertThat(records(events).get(4).isNull(0)).isTrue();
    }
  }

  @Test
  void reportsABadCprWithFileAndLineMaskedAndWhy() {
    Path file = write(folder, "fravaer.csv",
        "cpr;timer\n"
            + "010190-1234;7,4\n"
            + "310290-1234;7,4\n"
            + "010190 1234;7,4\n"
            + "abc;7,4\n",
        StandardCharsets.UTF_8);

    try (Connector csv = open(file, "schema", SCHEMA, "on_error", "report")) {
      List<ReadEvent.Malformed> bad = malformed(readAll(csv));

      assertThat(bad).extracting(ReadEvent.Malformed::position)
          .containsExactly("fravaer.csv, line 3", "fravaer.csv, line 4", "fravaer.csv, line 5");
      assertThat(bad).extracting(ReadEvent.Malformed::reason).containsExactly(
          "field 'cpr' (cpr): '310290-****' is not a CPR number: day 31 does not exist in 1990-02",
          "field 'cpr' (cpr): '010190-****' is not a CPR number: in the 11-character form"
              + " DDMMYY-SSSS the 7th character must be '-'",
          "field 'cpr' (cpr): '****' is not a CPR number: expected 10 characters (DDMMYYSSSS) or 11"
              + " (DDMMYY-SSSS), found 3");
      assertThat(bad).allSatisfy(m -> {
        assertThat(CprDetector.containsCprLike(m.reason())).isFalse();
        assertThat(CprDetector.containsCprLike(m.toString())).isFalse();
      });
    }
  }
}
