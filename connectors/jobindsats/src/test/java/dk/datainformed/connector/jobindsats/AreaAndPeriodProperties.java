package dk.datainformed.connector.jobindsats;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.connector.jobindsats.internal.Filters;
import dk.datainformed.connector.jobindsats.internal.Layout;
import dk.datainformed.core.area.Area;
import dk.datainformed.core.area.Municipalities;
import dk.datainformed.core.area.Municipality;
import dk.datainformed.core.area.Region;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class AreaAndPeriodProperties {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private static JsonNode answer(String area, String period) {
    return JSON.readTree("{\"Variables\":[{\"Name\":\"area\",\"Label\":\"Area\"},{\"Name\":\"period\",\"Label\":"
        + "\"Periode\"},{\"Name\":\"x_antal\",\"Label\":\"Antal\"}],\"Data\":[[\"" + area + "\",\"" + period + "\",1]]}");
  }

  private static Record read(String area, String period) {
    JsonNode answer = answer(area, period);
    return Layout.of("T", answer).read(Layout.rows("T", answer).get(0)).toOptional().orElseThrow();
  }

  @Provide
  Arbitrary<Municipality> municipalities() {
    return Arbitraries.of(Municipalities.all());
  }

  @Property
  void everyMunicipalityByItsShortNameGetsItsKommunekode(@ForAll("municipalities") Municipality municipality) {
    Record record = read(municipality.shortName(), "2024M01");

    assertThat(record.getText(record.schema().indexOf("area_code"))).isEqualTo(municipality.threeDigitCode());
  }

  @Property
  void aMonthAsCoreWritesItIsReadBackAsThatMonth(
      @ForAll @IntRange(min = 2000, max = 2100) int year, @ForAll @IntRange(min = 1, max = 12) int month) {
    Period period = Period.month(year, month);

    Record record = read("Randers", period.format());

    assertThat(record.getPeriod(record.schema().indexOf("period"))).isEqualTo(period);
  }

  @Property
  void aQuarterWrittenWithQIsReadAsThatQuarter(
      @ForAll @IntRange(min = 2000, max = 2100) int year, @ForAll @IntRange(min = 1, max = 4) int quarter) {
    Record record = read("Randers", year + "Q" + quarter);

    assertThat(record.getPeriod(record.schema().indexOf("period"))).isEqualTo(Period.quarter(year, quarter));
  }

  @Provide
  Arbitrary<Map<String, List<String>>> filters() {
    Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).map(n -> "_" + n);
    Arbitrary<String> labels = Arbitraries.strings().withChars("abcæøåÆØÅ .-0123456789").ofMinLength(1).ofMaxLength(12)
        .filter(l -> !l.isBlank()).map(String::strip);
    return Arbitraries.maps(names, labels.list().ofMinSize(1).ofMaxSize(3)).ofMaxSize(4);
  }

  @Property
  void filtersWrittenAsDocumentedAreReadBack(@ForAll("filters") Map<String, List<String>> filters) {
    String text = filters.entrySet().stream().map(e -> e.getKey() + "=" + String.join("|", e.getValue()))
        .collect(Collectors.joining("; "));
    List<String> problems = new ArrayList<>();

    assertThat(Filters.parse(text, problems)).isEqualTo(new LinkedHashMap<>(filters));
    assertThat(problems).isEmpty();
  }

  @Example
  void hereLandetAndRegionsAreCoreAreas() {
    assertThat(Layout.areaOf("Hele landet")).contains(Area.DENMARK);
    assertThat(Layout.areaOf("Region Midtjylland")).contains(Region.MIDTJYLLAND);
    // Jobindsats writes municipalities by their short names; Københavns Kommune is 101 and
    // Bornholms Regionskommune 400 (Danmarks Statistik, KOMK).
    assertThat(Layout.areaOf("København").map(Area::dstCode)).contains("101");
    assertThat(Layout.areaOf("Bornholm").map(Area::dstCode)).contains("400");
    assertThat(Layout.areaOf("RAR Østjylland")).isEmpty();
    assertThat(Layout.areaOf("Christiansø")).isEmpty();
  }
}
