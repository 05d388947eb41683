package dk.datainformed.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.Schema;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.Measure;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.definition.SourceDataset;
import dk.datainformed.kpi.engine.KpiEngine;
import dk.datainformed.kpi.engine.KpiRequest;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.pipeline.DisclosedResult;
import dk.datainformed.pipeline.ResultDisclosure;
import dk.datainformed.privacy.disclosure.DisclosurePolicy;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CPR numbers planted, in every written form, in every text of a result (unit names, the values of
 * a second dimension, a dimension's name, the KPI's name) never reach a writer's output.
 */
class WritersMaskCprTest {

  /** Obviously synthetic numbers in every written form the detector covers. */
  private static final List<String> PLANTED =
      List.of(
          "010190-1234",
          "0202902345",
          "030390 3456",
          "040490\u20134567",
          "050590\u00A05678",
          "6101901234",
          "010101-1AB4",
          "320190-1234");

  /** A dimension named with something CPR-like: field names may hold digits. */
  private static final String DIMENSION = "kode0101904321";

  private static final Schema SCHEMA =
      Schema.of(
          Field.required("day", FieldType.DATE),
          Field.required("organisation_unit", FieldType.CATEGORY),
          Field.required(DIMENSION, FieldType.TEXT),
          Field.required("person", FieldType.PSEUDONYM),
          Field.required("absence_days", FieldType.DECIMAL),
          Field.required("worked_days", FieldType.DECIMAL));

  private static final RatioKpi KPI =
      Absence.profile(KpiDefinition.ratio("test.fravaersprocent"))
          .name("Fravær for 0707901234", "Absence of 0707901234")
          .source(SourceDataset.of("payroll.absence_day", "day", SCHEMA))
          .dimensions(DIMENSION)
          .numerator(Measure.sum("absence_days"))
          .denominator(Measure.sum("worked_days", "absence_days"))
          .build();

  private static KpiResult plantedResult() {
    List<Record> rows = new ArrayList<>();
    for (int i = 0; i < PLANTED.size(); i++) {
      String cpr = PLANTED.get(i);
      rows.add(
          Record.of(
              SCHEMA, LocalDate.of(2024, 1, 2 + i), "Skole " + cpr, "note " + cpr + " slut",
              "p" + i, 1.0, 6.4));
    }
    return KpiEngine.create()
        .compute(KpiRequest.of(KPI).by("organisation_unit", DIMENSION).persons("person").build(), rows);
  }

  /**
   * The output holds no CPR number (the strict find: the broad shape also matches the digits of a
   * double such as 13.513513513513512), none of the planted texts, and each planted number masked.
   */
  private static void assertNoCpr(String output) {
    assertThat(CprDetector.find(output)).as(output).isEmpty();
    for (String cpr : PLANTED) {
      assertThat(output).doesNotContain(cpr).contains(cpr.substring(0, 6) + "-****");
    }
    assertThat(output).doesNotContain("0707901234", "0101904321");
  }

  /** Every planted value published: one record behind a cell is enough under this test policy. */
  private static DisclosedResult disclosed(KpiResult result) {
    return ResultDisclosure.with(DisclosurePolicy.builder().minimumCount(1).build()).protect(result);
  }

  @Test
  void theResultHoldsThePlantedNumbers() {
    assertThat(plantedResult().series())
        .extracting(s -> s.key().values().get(0))
        .contains("Skole 010190-1234", "Skole 010101-1AB4");
  }

  @Test
  void theJsonWriterMasksEveryText() {
    assertNoCpr(JsonWriter.write(disclosed(plantedResult())));
  }

  @Test
  void theDanishCsvWriterMasksEveryText() {
    assertNoCpr(new String(DanishCsvWriter.toBytes(disclosed(plantedResult())), StandardCharsets.UTF_8));
  }

  @Test
  void theJsonStatWriterMasksEveryText() {
    assertNoCpr(JsonStatWriter.write(disclosed(plantedResult())));
  }

  @Test
  void theJsonStatCubeStaysExactWhenMaskingMakesTwoUnitsAlike() {
    // Units whose names differ only in the serial digits mask alike.
    Schema schema = SCHEMA;
    List<Record> rows =
        List.of(
            Record.of(schema, LocalDate.of(2024, 1, 2), "Skole 0101901234", "a", "p1", 1.0, 9.0),
            Record.of(schema, LocalDate.of(2024, 1, 2), "Skole 0101905678", "a", "p2", 3.0, 7.0));
    KpiResult result =
        KpiEngine.create().compute(KpiRequest.of(KPI).by("organisation_unit", DIMENSION).build(), rows);

    JsonNode json = JsonMapper.builder().build().readTree(JsonStatWriter.write(disclosed(result)));

    JsonNode units = json.get("dimension").get("organisation_unit").get("category").get("index");
    assertThat(units.propertyNames()).containsExactly("Skole 010190-****", "Skole 010190-**** (2)");
    assertThat(json.get("value").get(0).asDouble()).isEqualTo(10.0);
    assertThat(json.get("value").get(1).asDouble()).isEqualTo(30.0);
  }

  @Test
  void seriesKeysShowNoCprInTextOrToString() {
    for (Series s : plantedResult().series()) {
      assertThat(CprDetector.containsCprLike(s.key().text())).isFalse();
      assertThat(CprDetector.containsCprLike(s.key().toString())).isFalse();
      assertThat(CprDetector.find(s.toString())).isEmpty();
      PLANTED.forEach(cpr -> assertThat(s.toString()).doesNotContain(cpr));
    }
  }
}
