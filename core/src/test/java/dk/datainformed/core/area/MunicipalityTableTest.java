package dk.datainformed.core.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.DatainformedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped reference file is ours, but a broken edit of it must fail loudly and precisely. */
class MunicipalityTableTest {

  private static List<String> lines;

  @BeforeAll
  static void readShippedFile() throws IOException {
    try (InputStream in = Municipalities.class.getResourceAsStream(MunicipalityTable.RESOURCE)) {
      assertThat(in).isNotNull();
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static MunicipalityTable parse(List<String> content) throws IOException {
    return MunicipalityTable.parse(new StringReader(String.join("\n", content)), "test.csv");
  }

  private static List<String> withLine(int index, String replacement) {
    List<String> copy = new ArrayList<>(lines);
    copy.set(index, replacement);
    return copy;
  }

  @Test
  void readsTheShippedFile() throws IOException {
    assertThat(parse(lines).all()).hasSize(98);
  }

  @Test
  void acceptsAByteOrderMark() throws IOException {
    assertThat(parse(withLine(0, "\uFEFF" + lines.get(0))).all()).hasSize(98);
  }

  @Test
  void rejectsAWrongHeader() {
    assertThatThrownBy(() -> parse(withLine(0, "code;name")))
        .isInstanceOf(DatainformedException.class)
        .hasMessageStartingWith("test.csv line 1: the header must be");
  }

  @Test
  void rejectsAMissingField() {
    assertThatThrownBy(() -> parse(withLine(1, "101;København;Københavns Kommune;1084")))
        .hasMessage("test.csv line 2: expected 5 ';'-separated fields but found 4");
  }

  @Test
  void rejectsAMalformedCode() {
    assertThatThrownBy(
            () -> parse(withLine(1, "0101;København;Københavns Kommune;1084;Region Hovedstaden")))
        .hasMessage("test.csv line 2: kommunekode '0101' must be three digits from 100 to 999");
  }

  @Test
  void rejectsAnUnknownRegion() {
    assertThatThrownBy(
            () -> parse(withLine(1, "101;København;Københavns Kommune;1086;Region Hovedstaden")))
        .hasMessageStartingWith("test.csv line 2: region_code '1086' is not one of 1081");
  }

  @Test
  void rejectsARegionNameThatContradictsTheCode() {
    assertThatThrownBy(
            () -> parse(withLine(1, "101;København;Københavns Kommune;1084;Region Sjælland")))
        .hasMessage(
            "test.csv line 2: region_name 'Region Sjælland' does not match region_code 1084"
                + " (Region Hovedstaden)");
  }

  @Test
  void rejectsABlankName() {
    assertThatThrownBy(() -> parse(withLine(1, "101; ;Københavns Kommune;1084;Region Hovedstaden")))
        .hasMessageStartingWith("test.csv line 2: short_name ' ' must be non-blank");
  }

  @Test
  void rejectsADuplicateCode() {
    assertThatThrownBy(
            () -> parse(withLine(2, "101;Frederiksberg;Frederiksberg Kommune;1084;Region Hovedstaden")))
        .hasMessage(
            "test.csv line 3: kommunekode 101 appears twice (also Københavns Kommune)");
  }

  @Test
  void rejectsChristiansoe() {
    assertThatThrownBy(
            () -> parse(withLine(1, "411;Christiansø;Christiansø;1084;Region Hovedstaden")))
        .hasMessageContaining("Christiansø, which is administered by the state");
  }

  @Test
  void rejectsNamesThatCannotBeToldApart() {
    assertThatThrownBy(
            () -> parse(withLine(2, "147;Koebenhavn;Frederiksberg Kommune;1084;Region Hovedstaden")))
        .hasMessageContaining("cannot be told apart ('koebenhavn')");
  }

  @Test
  void rejectsTheWrongNumberOfMunicipalities() {
    assertThatThrownBy(() -> parse(lines.subList(0, lines.size() - 1)))
        .hasMessage("test.csv: expected 98 municipalities but found 97");
  }
}
