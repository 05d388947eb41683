package dk.datainformed.core.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.InvalidValueException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Known answers from published sources: the 2007 local government reform (98 municipalities in 5
 * regions), Wikipedia's "List of municipalities of Denmark" (LAU-1 codes: 101 Copenhagen, 147
 * Frederiksberg, 159 Gladsaxe, 400 Bornholm, 751 Aarhus, 851 Aalborg) and Statistics Denmark's
 * classification of municipalities by region (29, 17, 22, 19 and 11 municipalities).
 */
class MunicipalitiesTest {

  @Test
  void hasTheNinetyEightMunicipalitiesOfThe2007Reform() {
    assertThat(Municipalities.all()).hasSize(98);
    assertThat(Municipalities.all()).extracting(Municipality::code).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void hasFiveRegionsWithTheirCodesAndNames() {
    assertThat(Region.values()).hasSize(5);
    assertThat(Region.values())
        .extracting(Region::code)
        .containsExactly(1081, 1082, 1083, 1084, 1085);
    assertThat(Region.byCode(1081).danishName()).isEqualTo("Region Nordjylland");
    assertThat(Region.byCode(1082).danishName()).isEqualTo("Region Midtjylland");
    assertThat(Region.byCode(1083).danishName()).isEqualTo("Region Syddanmark");
    assertThat(Region.byCode(1084).danishName()).isEqualTo("Region Hovedstaden");
    assertThat(Region.byCode(1085).danishName()).isEqualTo("Region Sjælland");
  }

  @ParameterizedTest
  @CsvSource({"HOVEDSTADEN, 29", "SJAELLAND, 17", "SYDDANMARK, 22", "MIDTJYLLAND, 19", "NORDJYLLAND, 11"})
  void countsMunicipalitiesPerRegion(Region region, int count) {
    assertThat(region.municipalities()).hasSize(count).allMatch(m -> m.region() == region);
    assertThat(Municipalities.inRegion(region)).isEqualTo(region.municipalities());
  }

  @Test
  void regionsPartitionTheMunicipalities() {
    Set<Municipality> seen = new HashSet<>();
    for (Region region : Region.values()) {
      for (Municipality m : region.municipalities()) {
        assertThat(seen.add(m)).as("%s in two regions", m).isTrue();
      }
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(Municipalities.all());
  }

  @ParameterizedTest
  @CsvSource({
    "101, København, Københavns Kommune, HOVEDSTADEN",
    "147, Frederiksberg, Frederiksberg Kommune, HOVEDSTADEN",
    "159, Gladsaxe, Gladsaxe Kommune, HOVEDSTADEN",
    "400, Bornholm, Bornholms Regionskommune, HOVEDSTADEN",
    "751, Aarhus, Aarhus Kommune, MIDTJYLLAND",
    "851, Aalborg, Aalborg Kommune, NORDJYLLAND",
    "461, Odense, Odense Kommune, SYDDANMARK",
    "265, Roskilde, Roskilde Kommune, SJAELLAND"
  })
  void findsKnownMunicipalitiesByCode(int code, String shortName, String officialName, Region region) {
    Municipality m = Municipalities.byCode(code);
    assertThat(m.code()).isEqualTo(code);
    assertThat(m.shortName()).isEqualTo(shortName);
    assertThat(m.officialName()).isEqualTo(officialName);
    assertThat(m.region()).isEqualTo(region);
  }

  @Test
  void readsThreeAndFourDigitCodes() {
    Municipality copenhagen = Municipalities.byCode(101);
    assertThat(Municipalities.byCode("101")).isSameAs(copenhagen);
    assertThat(Municipalities.byCode("0101")).isSameAs(copenhagen);
    assertThat(Municipalities.byCode(" 0101 ")).isSameAs(copenhagen);
    assertThat(copenhagen.threeDigitCode()).isEqualTo("101");
    assertThat(copenhagen.fourDigitCode()).isEqualTo("0101");
    assertThat(copenhagen).hasToString("Københavns Kommune (101)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "København",
        "Københavns Kommune",
        "københavn",
        "KØBENHAVN",
        "Koebenhavn",
        "KOEBENHAVNS KOMMUNE",
        "  københavns   kommune ",
        "Københavns Kommunes"
      })
  void findsCopenhagenHoweverItIsWritten(String name) {
    assertThat(Municipalities.byName(name).code()).isEqualTo(101);
  }

  @ParameterizedTest
  @CsvSource({
    "Bornholms Regionskommune, 400",
    "Bornholm, 400",
    "bornholms kommune, 400",
    "Nordfyns, 480",
    "Nordfyn, 480",
    "Nordfyns Kommune, 480",
    "Vesthimmerland, 820",
    "Århus, 751",
    "Aarhus, 751",
    "Aabenraa, 580",
    "Åbenrå, 580",
    "Tårnby, 185",
    "Taarnby, 185",
    "Høje Taastrup, 169",
    "hoeje-taastrup kommune, 169",
    "Lyngby-Taarbaek, 173",
    "Aeroe, 492",
    "ÆRØ, 492",
    "Ringkoebing-Skjern, 760",
    "Köge, 259"
  })
  void toleratesSuffixesGenitivesAndSpellingsWithoutDanishLetters(String name, int code) {
    assertThat(Municipalities.byName(name).code()).isEqualTo(code);
  }

  @Test
  void everyShortAndOfficialNameFindsItsOwnMunicipality() {
    for (Municipality m : Municipalities.all()) {
      for (String name : List.of(m.shortName(), m.officialName())) {
        assertThat(Municipalities.byName(name)).as(name).isSameAs(m);
        assertThat(Municipalities.byName(Spelling.withoutDanishLetters(name))).as(name).isSameAs(m);
      }
    }
  }

  @Test
  void noTwoMunicipalitiesShareANameKey() {
    List<String> keys =
        Municipalities.all().stream().map(m -> NameKey.of(m.officialName())).toList();
    assertThat(keys).doesNotHaveDuplicates();
    for (Municipality m : Municipalities.all()) {
      assertThat(NameKey.of(m.shortName())).as(m.toString()).isEqualTo(NameKey.of(m.officialName()));
    }
  }

  @Test
  void unknownNameListsTheThreeNearestMunicipalities() {
    assertThatThrownBy(() -> Municipalities.byName("Kobenhaven"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid municipality name 'Kobenhaven': no municipality has this name")
        .hasMessageContaining("nearest: Københavns Kommune (101)");
    assertThatThrownBy(() -> Municipalities.byName("Sønderborgg"))
        .hasMessageContaining("nearest: Sønderborg Kommune (540), ");
    String reason = Municipalities.tryByName("Aarhuus").failure().orElseThrow();
    assertThat(reason).startsWith("no municipality has this name; nearest: Aarhus Kommune (751), ");
    assertThat(reason.substring(reason.indexOf("nearest: ")).split("\\), ")).hasSize(3);
  }

  @Test
  void regionNameIsNotAMunicipalityName() {
    assertThat(Municipalities.tryByName("Region Hovedstaden").isOk()).isFalse();
    assertThat(Municipalities.tryByName("Kommune").isOk()).isFalse();
  }

  @Test
  void blankNameIsRejected() {
    assertThatThrownBy(() -> Municipalities.byName("   "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must not be blank");
  }

  @Test
  void unknownCodeListsTheNearestCodes() {
    assertThatThrownBy(() -> Municipalities.byCode(102))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Invalid kommunekode '102': no municipality has this kommunekode; the 98 kommunekoder"
                + " run from 101 to 860; nearest: 101 København, 147 Frederiksberg, 151 Ballerup");
    assertThatThrownBy(() -> Municipalities.byCode("0999"))
        .hasMessageEndingWith("nearest: 860 Hjørring, 851 Aalborg, 849 Jammerbugt");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "12", "1O1", "101a", "1101", "", "01010"})
  void malformedCodeSaysWhatAKommunekodeLooksLike(String code) {
    assertThat(Municipalities.tryByCode(code).failure())
        .contains(
            "a kommunekode is three digits (e.g. '101') or four digits with a leading zero"
                + " (e.g. '0101')");
  }

  @Test
  void christiansoeIsNotAMunicipality() {
    assertThat(Municipalities.CHRISTIANSOE_CODE).isEqualTo(411);
    assertThatThrownBy(() -> Municipalities.byCode(411))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Christiansø")
        .hasMessageContaining("administered by the state");
    assertThat(Municipalities.tryByCode("0411").failure().orElseThrow()).contains("Christiansø");
    assertThat(Municipalities.tryByName("Christiansø").isOk()).isFalse();
  }

  @Test
  void neverShowsAPossibleCprNumberInAMessage() {
    assertThatThrownBy(() -> Municipalities.byCode("0101901234"))
        .hasMessageNotContaining("0101901234")
        .hasMessageContaining("010190-****");
    assertThatThrownBy(() -> Municipalities.byName("Jens 010190-1234"))
        .hasMessageNotContaining("1234");
  }
}
