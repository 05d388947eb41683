package dk.datainformed.core.area;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.datainformed.core.InvalidValueException;
import dk.datainformed.core.ParseResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz targets of the area and municipality look-ups (docs/fuzzing.md): whatever the text, a
 * look-up gives a result or the library's {@link InvalidValueException}, and neither its reason nor
 * any message of the cause chain holds a CPR number planted in the text.
 */
class AreaLookupFuzzTest {

  /** An obviously synthetic CPR number, planted in the fuzzer's text. */
  static final String CPR = "0101901234";

  @FuzzTest(maxDuration = "10m")
  void lookUps(FuzzedDataProvider data) {
    String before = data.consumeString(200);
    boolean plant = data.consumeBoolean();
    String text = plant ? before + CPR + data.consumeRemainingAsString() : before + data.consumeRemainingAsString();
    String code = data.consumeBoolean() ? null : text;

    assertFreeOfCpr(Municipalities.tryByName(code));
    assertFreeOfCpr(Municipalities.tryByCode(code));
    assertFreeOfCpr(Area.tryParse(code));
    if (code != null) {
      try {
        Municipalities.byName(code);
        Municipalities.byCode(code);
        Area.parse(code);
      } catch (InvalidValueException e) {
        assertChainFreeOfCpr(e);
      }
    }
  }

  private static void assertFreeOfCpr(ParseResult<?> result) {
    assertThat(result.failure().orElse("")).doesNotContain(CPR);
  }

  /** Every message and toString of the chain; core cannot use the connector test kit's Leaks. */
  static void assertChainFreeOfCpr(Throwable error) {
    List<String> texts = new ArrayList<>();
    for (Throwable t = error; t != null; t = t.getCause()) {
      texts.add(String.valueOf(t.getMessage()));
      texts.add(t.toString());
    }
    assertThat(texts).noneMatch(text -> text.contains(CPR));
  }
}
