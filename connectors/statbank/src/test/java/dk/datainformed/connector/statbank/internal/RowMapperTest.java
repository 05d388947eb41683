package dk.datainformed.connector.statbank.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.time.Period;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RowMapperTest {

  @Test
  void readsADecimalCommaAndADecimalPoint() {
    assertThat(RowMapper.value("12,5")).isEqualTo(12.5);
    assertThat(RowMapper.value("12.5")).isEqualTo(12.5);
    assertThat(RowMapper.value("-3")).isEqualTo(-3.0);
    assertThat(RowMapper.value(" 5961249 ")).isEqualTo(5961249.0);
  }

  @Test
  void readsSuppressedAndEmptyCellsAsNull() {
    assertThat(RowMapper.value("..")).isNull();
    assertThat(RowMapper.value("...")).isNull();
    assertThat(RowMapper.value("")).isNull();
  }

  @Test
  void rejectsTextThatIsNoNumberSayingWhy() {
    assertThatThrownBy(() -> RowMapper.value("1.234,5"))
        .isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("is not a number (digits with a decimal comma or point)");
    assertThatThrownBy(() -> RowMapper.value("-")).isInstanceOf(NumberFormatException.class);
  }

  @Property
  void aValueWrittenWithADecimalCommaReadsBack(@ForAll @IntRange(min = -1_000_000, max = 1_000_000) int whole,
      @ForAll @IntRange(min = 0, max = 99) int hundredths) {
    String text = whole + "," + (hundredths < 10 ? "0" : "") + hundredths;
    assertThat(RowMapper.value(text)).isEqualTo(Double.valueOf(text.replace(',', '.')));
  }

  @Test
  void readsDstPeriodsIncludingDays() {
    assertThat(RowMapper.period("2024K1").toOptional()).contains(Period.parse("2024K1"));
    assertThat(RowMapper.period("2024M01").toOptional()).contains(Period.month(2024, 1));
    assertThat(RowMapper.period("2024Q2").toOptional()).contains(Period.parse("2024K2"));
    assertThat(RowMapper.period("2024M02D29").toOptional()).contains(Period.day(LocalDate.of(2024, 2, 29)));
    assertThat(RowMapper.period("2024K5").isOk()).isFalse();
  }

  @Test
  void fieldNamesAreTheCodesInLowerCase() {
    assertThat(RowMapper.fieldName("OMRÅDE")).isEqualTo("område");
    assertThat(RowMapper.fieldName("Tid")).isEqualTo("tid");
    assertThat(RowMapper.fieldName("BRANCHE07")).isEqualTo("branche07");
    assertThat(RowMapper.fieldName("1-ALDER")).isEqualTo("_1_alder");
  }

  @Test
  void splitsBulkLinesAtSemicolonsReadingQuotedCells() {
    assertThat(BulkSource.split("000;TOT;2024K1;5")).containsExactly("000", "TOT", "2024K1", "5");
    assertThat(BulkSource.split("\"A; B\";\"say \"\"hi\"\"\";;1")).containsExactly("A; B", "say \"hi\"", "", "1");
  }

  @Property
  void splitReadsBackCellsJoinedWithSemicolons(
      @ForAll @Size(min = 1) List<@CharRange(from = 'a', to = 'z') String> cells) {
    assertThat(BulkSource.split(String.join(";", cells))).isEqualTo(cells);
  }
}
