package dk.datainformed.connector.jobindsats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.InvalidConfigException;
import dk.datainformed.connector.jobindsats.internal.Filters;
import dk.datainformed.connector.jobindsats.internal.PeriodSelection;
import dk.datainformed.connector.jobindsats.internal.Settings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

  private static Settings settings(Map<String, String> extra) {
    Map<String, String> given = new HashMap<>(Map.of("api_key", "k", "table", "Y01A02"));
    given.putAll(extra);
    return Settings.from(Settings.SPEC.validate(given));
  }

  @Test
  void defaultsToThePublicApiAndEveryPeriodAndArea() {
    Settings settings = settings(Map.of());

    assertThat(settings.baseUrl()).hasToString("https://api.jobindsats.dk/v2/");
    assertThat(settings.tables()).containsExactly("Y01A02");
    assertThat(settings.periods().all()).isTrue();
    assertThat(settings.areas()).containsExactly("*");
    assertThat(settings.filters()).isEmpty();
    assertThat(settings.stopOnMalformed()).isFalse();
  }

  @Test
  void readsSeveralTablesAsOneStreamEach() {
    assertThat(settings(Map.of("table", "y01a02, Y07A02,Y36A02")).tables()).containsExactly("Y01A02", "Y07A02", "Y36A02");
  }

  @Test
  void addsTheSlashABaseUrlNeeds() {
    assertThat(settings(Map.of("base_url", "http://localhost:8080/v2")).baseUrl()).hasToString("http://localhost:8080/v2/");
  }

  @Test
  void namesEveryBrokenSettingAtOnce() {
    assertThatThrownBy(() -> settings(Map.of("table", "Y01A02, Y0 1", "periods", "2024M01, nu", "filters", "kon",
        "max_attempts", "0", "area", "Randers||Aarhus")))
        .isInstanceOf(InvalidConfigException.class)
        .satisfies(e -> assertThat(((InvalidConfigException) e).problems()).hasSize(5)
            .anyMatch(p -> p.startsWith("table: 'Y0 1'"))
            .anyMatch(p -> p.startsWith("periods: 'nu'"))
            .anyMatch(p -> p.startsWith("filters: 'kon' has no '='"))
            .anyMatch(p -> p.startsWith("max_attempts: 0"))
            .anyMatch(p -> p.startsWith("area:")));
  }

  @Test
  void readsFiltersWithOrWithoutTheirUnderscore() {
    List<String> problems = new ArrayList<>();

    Map<String, List<String>> filters = Filters.parse(" _kon = Kvinder|Mænd ; aldera=Alder i alt;", problems);

    assertThat(problems).isEmpty();
    assertThat(filters).containsExactly(Map.entry("_kon", List.of("Kvinder", "Mænd")),
        Map.entry("_aldera", List.of("Alder i alt")));
  }

  @Test
  void rejectsAreaAsAFilterAndEmptyOrRepeatedVariables() {
    List<String> problems = new ArrayList<>();

    Filters.parse("area=Randers; _kon=; _kon=Mænd", problems);

    assertThat(problems).hasSize(3);
    assertThat(problems.get(0)).contains("use the 'area' setting");
    assertThat(problems.get(1)).contains("_kon has an empty label");
    assertThat(problems.get(2)).contains("_kon is given twice");
  }

  @Test
  void theLatestMonthsAreTheLastOfTheTablesMonthsInTimeOrder() {
    PeriodSelection latest = PeriodSelection.parse("l(m:3)", new ArrayList<>());

    assertThat(latest.resolve("Y01A02", List.of("2024M02", "2023K4", "2024M03", "2023M12", "2024M01", "2023M11")))
        .containsExactly("2024M01", "2024M02", "2024M03");
  }

  @Test
  void listedPeriodsAreReadInTimeOrder() {
    PeriodSelection listed = PeriodSelection.parse("2024M02, 2023M12", new ArrayList<>());

    assertThat(listed.resolve("Y01A02", List.of("2023M12", "2024M01", "2024M02"))).containsExactly("2023M12", "2024M02");
  }

  @Test
  void aListedPeriodTheTableLacksIsNamed() {
    PeriodSelection listed = PeriodSelection.parse("2030M01", new ArrayList<>());

    assertThatThrownBy(() -> listed.resolve("Y01A02", List.of("2023M12", "2024M01")))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("Table Y01A02 has no period '2030M01'")
        .hasMessageContaining("2 periods from 2023M12 to 2024M01");
  }

  @Test
  void periodsCoreCannotReadKeepTheTablesOrder() {
    PeriodSelection all = PeriodSelection.parse("all", new ArrayList<>());

    assertThat(all.resolve("Y30R21", List.of("2024QMAT02", "2024QMAT01"))).containsExactly("2024QMAT02", "2024QMAT01");
  }
}
