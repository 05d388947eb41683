package dk.datainformed.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base32Test {

  // RFC 4648, section 10 ("Test Vectors"), BASE32 column.
  @ParameterizedTest
  @CsvSource(
      value = {
        "'',''",
        "f,MY======",
        "fo,MZXQ====",
        "foo,MZXW6===",
        "foob,MZXW6YQ=",
        "fooba,MZXW6YTB",
        "foobar,MZXW6YTBOI======"
      })
  void encodesTheRfc4648TestVectors(String input, String expected) {
    byte[] bytes = input.getBytes(StandardCharsets.US_ASCII);

    assertThat(Base32.encodeUpperPadded(bytes)).isEqualTo(expected);
    assertThat(Base32.encodeLowerUnpadded(bytes, 0, bytes.length))
        .isEqualTo(expected.replace("=", "").toLowerCase(java.util.Locale.ROOT));
  }

  @ParameterizedTest
  @CsvSource(value = {"'',''", "f,MY", "fo,mzxq", "foo,MZXW6", "foob,mzxw6yq", "fooba,MZXW6YTB", "foobar,mzxw6ytboi"})
  void decodesTheRfc4648TestVectorsInEitherCase(String expected, String text) {
    assertThat(new String(Base32.decodeUnpadded(text), StandardCharsets.US_ASCII)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(value = {"M", "MZX", "MZXW6Y", "MZ", "MY1", "MZ!Q"})
  void rejectsTextThatCannotBeBase32WithoutQuotingIt(String text) {
    assertThatThrownBy(() -> Base32.decodeUnpadded(text))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain(text);
  }
}
