package dk.datainformed.report;

import static dk.datainformed.report.Absence.row;
import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.core.record.Record;
import dk.datainformed.kpi.engine.KpiEngine;
import dk.datainformed.kpi.engine.KpiRequest;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.KpiValue;
import dk.datainformed.kpi.engine.MissingReason;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.pipeline.DisclosedResult;
import dk.datainformed.pipeline.ResultDisclosure;
import dk.datainformed.privacy.disclosure.DisclosurePolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The writers' exact output on a small result. */
class WritersTest {
  static final List<Record> ROWS =
      List.of(
          row("2024-01-10", "Skole; Nord", "p1", 1.5, 18.5),
          row("2024-01-20", "Skole; Nord", "p2", 0, 20),
          row("2024-02-15", "Dagtilbud \"Æblet\"", "p3", 5, 15),
          row("2024-02-16", "Dagtilbud \"Æblet\"", "p3", 0, 0));

  static final KpiResult COMPUTED =
      KpiEngine.create()
          .compute(KpiRequest.of(Absence.PERCENT).by("organisation_unit").persons("person").build(), ROWS);

  /** Disclosed under a minimum of 1 person: nothing is withheld. */
  static final DisclosedResult RESULT =
      ResultDisclosure.with(DisclosurePolicy.builder().minimumCount(1).build()).protect(COMPUTED);

  @Test
  void writesDanishCsvWithByteOrderMarkSemicolonsDecimalCommaAndQuotes() {
    byte[] bytes = DanishCsvWriter.toBytes(RESULT);

    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    // Skole; Nord, January: 1.5 of 18.5 + 1.5 + 20 = 40 days: 3.75 %
    String expected =
        "kpi;version;organisation_unit;period;value;numerator;denominator;records;persons;missing\r\n"
            + "test.fravaersprocent;1;\"Dagtilbud \"\"Æblet\"\"\";2024M01;;;;0;;no_records\r\n"
            + "test.fravaersprocent;1;\"Dagtilbud \"\"Æblet\"\"\";2024M02;25;5;20;2;1;\r\n"
            + "test.fravaersprocent;1;\"Skole; Nord\";2024M01;3,75;1,5;40;2;2;\r\n"
            + "test.fravaersprocent;1;\"Skole; Nord\";2024M02;;;;0;;no_records\r\n";
    assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @Test
  void quotesOnlyWhatNeedsIt() {
    assertThat(DanishCsvWriter.field("Område Nord")).isEqualTo("Område Nord");
    assertThat(DanishCsvWriter.field(" kant")).isEqualTo("\" kant\"");
    assertThat(DanishCsvWriter.field("to\nlinjer")).isEqualTo("\"to\nlinjer\"");
    // Cells that a spreadsheet would run as a formula are written as text (CSV injection).
    assertThat(DanishCsvWriter.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(DanishCsvWriter.field("+45 1234")).isEqualTo("'+45 1234");
    assertThat(DanishCsvWriter.field("-2")).isEqualTo("'-2");
    assertThat(DanishCsvWriter.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(DanishCsvWriter.field("Område=Nord")).isEqualTo("Område=Nord");
    assertThat(DanishCsvWriter.number(java.util.OptionalDouble.of(-1234567.125))).isEqualTo("-1234567,125");
    assertThat(DanishCsvWriter.number(java.util.OptionalDouble.of(1e-7))).isEqualTo("0,0000001");
  }

  @Test
  void writesJsonWithPartsAndReasons() {
    String json = JsonWriter.write(RESULT);

    assertThat(json)
        .isEqualTo(
            "{\"kpi\":\"test.fravaersprocent\",\"version\":1,\"grain\":\"month\","
                + "\"dimensions\":[\"organisation_unit\"],\"periods\":[\"2024M01\",\"2024M02\"],"
                + "\"series\":["
                + "{\"key\":{\"organisation_unit\":\"Dagtilbud \\\"Æblet\\\"\"},\"points\":["
                + "{\"period\":\"2024M01\",\"missing\":\"no_records\",\"records\":0,\"periodsCovered\":[]},"
                + "{\"period\":\"2024M02\",\"value\":25.0,\"numerator\":5.0,\"denominator\":20.0,\"records\":2,"
                + "\"persons\":1,\"periodsCovered\":[\"2024M02\"]}]},"
                + "{\"key\":{\"organisation_unit\":\"Skole; Nord\"},\"points\":["
                + "{\"period\":\"2024M01\",\"value\":3.75,\"numerator\":1.5,\"denominator\":40.0,\"records\":2,"
                + "\"persons\":2,\"periodsCovered\":[\"2024M01\"]},"
                + "{\"period\":\"2024M02\",\"missing\":\"no_records\",\"records\":0,\"periodsCovered\":[]}]}]}");
  }

  @Test
  void writesJsonStatTwoPointZeroRowMajorWithNullsForMissing() {
    JsonNode stat = JsonMapper.builder().build().readTree(JsonStatWriter.write(RESULT));

    assertThat(stat.get("version").asString()).isEqualTo("2.0");
    assertThat(stat.get("class").asString()).isEqualTo("dataset");
    assertThat(stat.get("label").asString()).isEqualTo("Sygefraværsprocent");
    assertThat(stat.get("id").toString()).isEqualTo("[\"organisation_unit\",\"time\"]");
    assertThat(stat.get("size").toString()).isEqualTo("[2,2]");
    JsonNode unit = stat.get("dimension").get("organisation_unit").get("category");
    assertThat(unit.get("index").toString())
        .isEqualTo("{\"Dagtilbud \\\"Æblet\\\"\":0,\"Skole; Nord\":1}");
    assertThat(unit.get("label").get("Skole; Nord").asString()).isEqualTo("Skole; Nord");
    assertThat(stat.get("dimension").get("time").get("category").get("index").toString())
        .isEqualTo("{\"2024M01\":0,\"2024M02\":1}");
    assertThat(stat.get("role").get("time").toString()).isEqualTo("[\"time\"]");
    // row-major: (Dagtilbud, Jan), (Dagtilbud, Feb), (Skole, Jan), (Skole, Feb)
    assertThat(stat.get("value").toString()).isEqualTo("[null,25.0,3.75,null]");
    assertThat(stat.get("status").toString()).isEqualTo("{\"0\":\"no_records\",\"3\":\"no_records\"}");
    assertThat(stat.get("extension").get("kpi").asString()).isEqualTo("test.fravaersprocent");
  }

  /**
   * Under a minimum of 2 persons, Dagtilbud's February (1 person, p3) is withheld, and with it
   * Skole's empty February, or February's total minus 0 would give Dagtilbud away.
   */
  @Test
  void writesAWithheldValueWithoutAnyOfItsNumbersInEveryFormat() {
    DisclosedResult strict =
        ResultDisclosure.with(DisclosurePolicy.builder().minimumCount(2).build()).protect(COMPUTED);

    assertThat(strict.suppressions()).extracting(s -> s.series().text() + " " + s.period())
        .containsExactly(
            "organisation_unit=Dagtilbud \"Æblet\" 2024M02", "organisation_unit=Skole; Nord 2024M02");
    assertThat(new String(DanishCsvWriter.toBytes(strict), StandardCharsets.UTF_8))
        .contains("test.fravaersprocent;1;\"Dagtilbud \"\"Æblet\"\"\";2024M02;;;;;;suppressed\r\n");
    assertThat(JsonWriter.write(strict))
        .contains("{\"period\":\"2024M02\",\"missing\":\"suppressed\",\"periodsCovered\":[\"2024M02\"]}");
    assertThat(JsonStatWriter.write(strict)).contains("\"value\":[null,null,3.75,null]")
        .contains("\"status\":{\"0\":\"no_records\",\"1\":\"suppressed\",\"3\":\"suppressed\"}");
  }

  /** No public method of a writer or of the page's entries takes an undisclosed result or series. */
  @Test
  void noWriterOrPageEntryTakesAnUndisclosedResult() {
    List<Class<?>> published = List.of(
        JsonWriter.class, DanishCsvWriter.class, JsonStatWriter.class,
        CockpitEntry.class, CockpitEntry.Builder.class, CockpitPage.class, CockpitPage.Builder.class,
        CockpitSeries.class);
    List<String> takers = new ArrayList<>();
    for (Class<?> type : published) {
      for (Method method : type.getMethods()) {
        for (Class<?> parameter : method.getParameterTypes()) {
          if (parameter == KpiResult.class || parameter == Series.class || parameter == KpiValue.class) {
            takers.add(type.getSimpleName() + "." + method.getName());
          }
        }
      }
      for (Constructor<?> constructor : type.getConstructors()) {
        takers.add(type.getSimpleName() + " has a public constructor");
      }
    }

    assertThat(takers).isEmpty();
    assertThat(publicStatic(JsonWriter.class, "write")).containsExactly(DisclosedResult.class);
    assertThat(publicStatic(JsonStatWriter.class, "write")).containsExactly(DisclosedResult.class);
    assertThat(publicStatic(DanishCsvWriter.class, "toBytes")).containsExactly(DisclosedResult.class);
  }

  private static List<Class<?>> publicStatic(Class<?> type, String name) {
    List<Class<?>> parameters = new ArrayList<>();
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && Modifier.isStatic(method.getModifiers())) {
        parameters.addAll(List.of(method.getParameterTypes()));
      }
    }
    return parameters;
  }

  @Test
  void suppressedValuesLoseTheirPartsInEveryWriter() {
    KpiValue v = COMPUTED.series().get(0).points().get(1).value().suppressed();

    assertThat(v.value()).isEmpty();
    assertThat(v.missingReason()).hasValue(MissingReason.SUPPRESSED);
    assertThat(v.parts().numerator()).isEmpty();
    assertThat(v.parts().persons()).isEmpty();
  }
}
