package dk.datainformed.connector.csv;

import static dk.datainformed.connector.csv.CsvFixtures.malformed;
import static dk.datainformed.connector.csv.CsvFixtures.open;
import static dk.datainformed.connector.csv.CsvFixtures.readAll;
import static dk.datainformed.connector.csv.CsvFixtures.records;
import static dk.datainformed.connector.csv.CsvFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.connector.api.Connector;
import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.Schema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReadingTest {

  @TempDir Path folder;

  @Test
  void readsSemicolonSeparatedWindows1252WithDecimalCommaAndDanishLetters() {
    Path file = write(folder, "fravaer.csv",
        "Afdeling;Medarbejder;Fraværstimer;Årsag\r\n"
            + "0042 Skøde;010190-1234;7,4;Egen sygdom\r\n"
            + "0043 Ærø;020290-2345;-3,25;Barns sygdom\r\n",
        CsvFixtures.WINDOWS_1252);

    try (Connector csv = open(file)) {
      Schema schema = csv.discover().get(0).schema();
      List<Record> rows = records(readAll(csv));

      assertThat(schema).isEqualTo(Schema.of(
          Field.nullable("afdeling", FieldType.TEXT),
          Field.nullable("medarbejder", FieldType.IDENTIFIER),
          Field.nullable("fraværstimer", FieldType.DECIMAL),
          Field.nullable("årsag", FieldType.TEXT)));
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0).getText(0)).isEqualTo("0042 Skøde");
      assertThat(rows.get(0).getText(1)).isEqualTo("010190-1234");
      assertThat(rows.get(0).getDouble(2)).isEqualTo(7.4);
      assertThat(rows.get(1).getText(0)).isEqualTo("0043 Ærø");
      assertThat(rows.get(1).getDouble(2)).isEqualTo(-3.25);
    }
  }

  @Test
  void readsUtf8WithByteOrderMarkWithoutTheMarkInTheFirstName() {
    Path file = CsvFixtures.writeWithBom(folder, "enheder.csv", "enhed;timer\nSølyst;12,5\nÅbo;3\n");

    try (Connector csv = open(file)) {
      List<Record> rows = records(readAll(csv));

      assertThat(csv.discover().get(0).schema().field(0).name()).isEqualTo("enhed");
      assertThat(rows).extracting(r -> r.getText(0)).containsExactly("Sølyst", "Åbo");
      assertThat(rows).extracting(r -> r.getDouble(1)).containsExactly(12.5, 3.0);
    }
  }

  @Test
  void detectsUtf8WithoutByteOrderMark() {
    Path file = write(folder, "navne.csv", "navn;antal\nGrønnegården;4\n", StandardCharsets.UTF_8);

    try (Connector csv = open(file)) {
      assertThat(records(readAll(csv))).extracting(r -> r.getText(0)).containsExactly("Grønnegården");
    }
  }

  @Test
  void readsCommaSeparatedWithDecimalPoint() {
    Path file = write(folder, "export.csv", "unit,hours,days\nA,7.5,2\nB,0.25,3\n", StandardCharsets.UTF_8);

    try (Connector csv = open(file)) {
      List<Record> rows = records(readAll(csv));

      assertThat(rows).extracting(r -> r.getDouble(1)).containsExactly(7.5, 0.25);
      assertThat(rows).extracting(r -> r.getLong(2)).containsExactly(2L, 3L);
    }
  }

  @Test
  void readsQuotedValuesWithSeparatorsQuotesAndLineBreaksAndCountsLinesAfterThem() {
    Path file = write(folder, "noter.csv",
        "id;note;timer\n"
            + "1;\"først; så\nnæste linje\";2,5\n"
            + "2;\"han sagde \"\"hej\"\"\";1\n"
            + "3;ok;ikke-et-tal\n",
        StandardCharsets.UTF_8);

    try (Connector csv = open(file, "on_error", "report",
        "schema", "{\"fields\":[{\"name\":\"id\",\"type\":\"integer\",\"nullable\":false},"
            + "{\"name\":\"note\",\"type\":\"text\",\"nullable\":true},"
            + "{\"name\":\"timer\",\"type\":\"decimal\",\"nullable\":true}]}")) {
      var events = readAll(csv);
      List<Record> rows = records(events);

      assertThat(rows).extracting(r -> r.getText(1)).containsExactly("først; så\nnæste linje", "han sagde \"hej\"");
      assertThat(malformed(events)).singleElement().satisfies(m -> {
        assertThat(m.position()).isEqualTo("noter.csv, line 5");
        assertThat(m.raw()).isEqualTo("3;ok;ikke-et-tal");
      });
    }
  }

  @Test
  void readsDatesInDanishDashDanishDotAndIsoForms() {
    Path file = write(folder, "datoer.csv", "dato\n31-12-2024\n31.12.2024\n2024-12-31\n1-2-2024\n",
        StandardCharsets.UTF_8);

    try (Connector csv = open(file, "date_formats", "dd-MM-yyyy, dd.MM.yyyy, yyyy-MM-dd, d-M-yyyy")) {
      assertThat(records(readAll(csv))).extracting(r -> r.getDate(0)).containsExactly(
          LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 31),
          LocalDate.of(2024, 2, 1));
    }
  }

  @Test
  void infersTheNarrowestTypeAndKeepsCodesWithLeadingZerosAsText() {
    Path file = write(folder, "profil.csv",
        "Kommunekode;CPR-nr;Antal;Beløb;Start dato;Aktiv;Bemærkning\n"
            + "0101;0101901234;3;1,5;01-02-2024;ja;\n"
            + "0147;0202902345;12;2;29.02.2024;nej;se sag\n",
        StandardCharsets.UTF_8);

    try (Connector csv = open(file)) {
      assertThat(csv.discover().get(0).schema()).isEqualTo(Schema.of(
          Field.nullable("kommunekode", FieldType.TEXT),
          Field.nullable("cpr_nr", FieldType.IDENTIFIER),
          Field.nullable("antal", FieldType.INTEGER),
          Field.nullable("beløb", FieldType.DECIMAL),
          Field.nullable("start_dato", FieldType.DATE),
          Field.nullable("aktiv", FieldType.BOOLEAN),
          Field.nullable("bemærkning", FieldType.TEXT)));
      List<Record> rows = records(readAll(csv));
      assertThat(rows.get(0).isNull(6)).isTrue();
      assertThat(rows.get(1).getDate(4)).isEqualTo(LocalDate.of(2024, 2, 29));
      assertThat(rows.get(0).getBoolean(5)).isTrue();
    }
  }

  @Test
  void infersOnlyFromTheSampleSize() {
    Path file = write(folder, "sample.csv", "a\n1\n2\nx\n", StandardCharsets.UTF_8);

    try (Connector csv = open(file, "infer_rows", "2", "on_error", "report")) {
      assertThat(csv.discover().get(0).schema().field(0).type()).isEqualTo(FieldType.INTEGER);
      assertThat(malformed(readAll(csv))).extracting(m -> m.position()).containsExactly("sample.csv, line 4");
    }
  }

  @Test
  void mapsHeaderColumnsToADeclaredSchemaByNameInAnyOrder() {
    Path file = write(folder, "loen.csv", "Ekstra;Timer;Enhed\nx;7,5;0042\ny;;0043\n", StandardCharsets.UTF_8);
    String schema = "{\"fields\":[{\"name\":\"enhed\",\"type\":\"category\",\"nullable\":false},"
        + "{\"name\":\"timer\",\"type\":\"decimal\",\"nullable\":true},"
        + "{\"name\":\"kommentar\",\"type\":\"text\",\"nullable\":true}]}";

    try (Connector csv = open(file, "schema", schema)) {
      List<Record> rows = records(readAll(csv));

      assertThat(rows).extracting(r -> r.getText(0)).containsExactly("0042", "0043");
      assertThat(rows.get(0).getDouble(1)).isEqualTo(7.5);
      assertThat(rows.get(1).isNull(1)).isTrue();
      assertThat(rows.get(0).isNull(2)).isTrue();
    }
  }

  @Test
  void readsADeclaredSchemaFromAFile() throws Exception {
    Path file = write(folder, "a.csv", "n\n5\n", StandardCharsets.UTF_8);
    Path schemaFile = write(folder, "schema.json",
        "{\"fields\":[{\"name\":\"n\",\"type\":\"integer\",\"nullable\":false}]}", StandardCharsets.UTF_8);

    try (Connector csv = open(file, "schema", schemaFile.toString())) {
      assertThat(csv.discover().get(0).schema()).isEqualTo(Schema.of(Field.required("n", FieldType.INTEGER)));
      assertThat(records(readAll(csv))).extracting(r -> r.getLong(0)).containsExactly(5L);
    }
  }

  @Test
  void readsTimestampsAndPeriods() {
    Path file = write(folder, "t.csv", "t;p\n2024-01-31T08:30:00Z;2024K1\n2024-07-01T10:00:00;2024M07\n",
        StandardCharsets.UTF_8);
    String schema = "{\"fields\":[{\"name\":\"t\",\"type\":\"timestamp\",\"nullable\":false},"
        + "{\"name\":\"p\",\"type\":\"period\",\"nullable\":false}]}";

    try (Connector csv = open(file, "schema", schema)) {
      List<Record> rows = records(readAll(csv));

      assertThat(rows.get(0).getTimestamp(0)).isEqualTo(java.time.Instant.parse("2024-01-31T08:30:00Z"));
      assertThat(rows.get(1).getTimestamp(0)).isEqualTo(java.time.Instant.parse("2024-07-01T08:00:00Z"));
      assertThat(rows.get(0).getPeriod(1).format()).isEqualTo("2024K1");
    }
  }

  @Test
  void namesTheStreamAfterTheFolderOrTheFileUnlessConfigured() {
    Path file = write(folder, "Fravær 2024.csv", "a\n1\n", StandardCharsets.UTF_8);

    try (Connector byFile = open(file); Connector named = open(file, "stream", "sygefravaer")) {
      assertThat(byFile.discover().get(0).name()).isEqualTo("fravær_2024");
      assertThat(named.discover().get(0).name()).isEqualTo("sygefravaer");
    }
  }

  @Test
  void detectsTabsAndHonoursAnExplicitSeparatorAndDecimalSeparator() {
    Path tabs = write(folder, "tabs.tsv", "a\tb\n1\t2,5\n", StandardCharsets.UTF_8);
    Path mixed = write(folder, "mixed.csv", "a;b,c\n1;2.5,x\n", StandardCharsets.UTF_8);

    try (Connector byTab = open(tabs);
        Connector explicit = open(mixed, "separator", ";", "decimal_separator", ".")) {
      assertThat(records(readAll(byTab))).extracting(r -> r.getDouble(1)).containsExactly(2.5);
      assertThat(explicit.discover().get(0).schema()).isEqualTo(Schema.of(
          Field.nullable("a", FieldType.INTEGER), Field.nullable("b_c", FieldType.TEXT)));
    }
  }
}
