package dk.datainformed.connector.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of the UTF-8 decoder, against the JDK's strict decoder as the reference: the same
 * characters for any text and any buffer and read sizes, and an error for exactly the byte strings
 * the JDK rejects.
 */
class Utf8ReaderProperties {

  @Property(tries = 500)
  void anyTextRoundTrips(
      @ForAll("texts") String text,
      @ForAll @IntRange(min = 4, max = 40) int bufferSize,
      @ForAll @IntRange(min = 1, max = 50) int readSize)
      throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    assertThat(readAll(new Utf8Reader(new ByteArrayInputStream(bytes), bufferSize), readSize))
        .isEqualTo(text);
  }

  @Property(tries = 2000)
  void anyBytesDecodeAsTheJdkDecodesThem(
      @ForAll("utf8ish") byte[] bytes,
      @ForAll @IntRange(min = 4, max = 16) int bufferSize,
      @ForAll @IntRange(min = 1, max = 9) int readSize)
      throws IOException {
    String expected;
    try {
      expected = readAll(jdk(bytes), 64);
    } catch (MalformedInputException e) {
      expected = null;
    }
    Reader ours = new Utf8Reader(new ByteArrayInputStream(bytes), bufferSize);

    if (expected == null) {
      assertThatThrownBy(() -> readAll(ours, readSize)).isInstanceOf(MalformedInputException.class);
    } else {
      assertThat(readAll(ours, readSize)).isEqualTo(expected);
    }
  }

  @Example
  void rejectsWhatTheJdkRejects() {
    List<byte[]> bad = List.of(
        bytes(0x80), bytes(0xC0, 0xAF), bytes(0xC1, 0xBF), bytes(0xC3), bytes(0xE0, 0x80, 0x80),
        bytes(0xED, 0xA0, 0x80), bytes(0xF0, 0x80, 0x80, 0x80), bytes(0xF4, 0x90, 0x80, 0x80),
        bytes(0xF5, 0x80, 0x80, 0x80), bytes(0xFF), bytes('a', 0xE2, 0x82));
    for (byte[] b : bad) {
      assertThatThrownBy(() -> readAll(jdk(b), 8)).isInstanceOf(MalformedInputException.class);
      assertThatThrownBy(() -> readAll(new Utf8Reader(new ByteArrayInputStream(b), 4), 8))
          .isInstanceOf(MalformedInputException.class);
    }
  }

  @Example
  void handsOnTheCharactersBeforeABadByteAndThenThrows() throws IOException {
    byte[] bytes = {'a', ';', 'b', '\n', 'S', 'k', (byte) 0xF8, 'd', 'e'};
    Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes));
    char[] buffer = new char[16];

    assertThat(reader.read(buffer, 0, 16)).isEqualTo(6);
    assertThat(new String(buffer, 0, 6)).isEqualTo("a;b\nSk");
    assertThatThrownBy(() -> reader.read(buffer, 0, 16)).isInstanceOf(MalformedInputException.class);
  }

  @Example
  void decodesDanishLettersAndASupplementaryCharacter() throws IOException {
    String text = "Pædagog;Køkkenmedarbejder;Håndværker;€;\uD83D\uDE00";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    assertThat(readAll(new Utf8Reader(new ByteArrayInputStream(bytes)), 3)).isEqualTo(text);
  }

  @Example
  void aBufferSmallerThanTheLongestSequenceIsRefused() {
    assertThatThrownBy(() -> new Utf8Reader(InputStream.nullInputStream(), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 4 bytes");
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> ascii = Arbitraries.chars().range(' ', '~');
    Arbitrary<Character> danish = Arbitraries.of('æ', 'ø', 'å', 'Æ', 'Ø', 'Å', '€', '\r', '\n', ';');
    Arbitrary<String> emoji = Arbitraries.integers().between(0x10000, 0x10FFFF)
        .map(Character::toString);
    Arbitrary<String> pieces = Arbitraries.oneOf(
        ascii.list().ofMaxSize(20).map(Utf8ReaderProperties::join),
        danish.map(String::valueOf),
        emoji,
        Arbitraries.strings().ofMaxLength(5));
    return pieces.list().ofMaxSize(30).map(list -> String.join("", list))
        .filter(s -> s.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF));
  }

  /** Byte strings near UTF-8: valid text with bytes changed, cut or inserted. */
  @Provide
  Arbitrary<byte[]> utf8ish() {
    Arbitrary<byte[]> valid = texts().map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<Integer> any = Arbitraries.integers().between(0, 255);
    return Combinators.combine(valid, any, Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 3))
        .as((b, value, where, how) -> {
          if (b.length == 0 || how == 0) {
            return b;
          }
          int at = where % b.length;
          if (how == 1) {
            b[at] = (byte) (int) value;
            return b;
          }
          if (how == 2) {
            return java.util.Arrays.copyOf(b, at);
          }
          byte[] longer = new byte[b.length + 1];
          System.arraycopy(b, 0, longer, 0, at);
          longer[at] = (byte) (int) value;
          System.arraycopy(b, at, longer, at + 1, b.length - at);
          return longer;
        });
  }

  private static String join(List<Character> chars) {
    StringBuilder s = new StringBuilder();
    chars.forEach(s::append);
    return s.toString();
  }

  private static Reader jdk(byte[] bytes) {
    return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  private static String readAll(Reader reader, int readSize) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[readSize];
    int n;
    while ((n = reader.read(buffer, 0, readSize)) >= 0) {
      out.append(buffer, 0, n);
    }
    return out.toString();
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }
}
