package dk.datainformed.benchmarks;

import dk.datainformed.privacy.pseudonym.PseudonymKey;
import dk.datainformed.privacy.pseudonym.Pseudonymiser;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * CPR pseudonyms per second: {@link Pseudonymiser} beside the straightforward use of {@code
 * javax.crypto.Mac}, on one and on two threads.
 *
 * <p>All three compute the same pseudonym: HMAC-SHA256 over {@code UTF-8(domain) || 0x00 || ten digits},
 * the first 20 bytes, lower-case base32 without padding. {@link Values#setUp()} checks that they agree on
 * every input before anything is measured.
 *
 * <ul>
 *   <li>{@code pseudonymiser}: one shared {@link Pseudonymiser}, which keeps the HMAC's inner and outer
 *       SHA-256 states (after the key block and the domain name) and clones them per value.
 *   <li>{@code macPerCall}: {@code Mac.getInstance}, {@code init} and {@code doFinal} for every value, as
 *       code written without a library usually does.
 *   <li>{@code macReusedPerThread}: one initialised {@code Mac} per thread, reused for every value; it
 *       shows how much of the difference is the {@code getInstance}/{@code init} per call and how much the
 *       pre-hashed domain name.
 * </ul>
 *
 * <p>Run it as benchmarks/README.md says; {@code ./mvnw verify} never runs it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class PseudonymBenchmark {

  private static final String DOMAIN = "dk.aarhus.sygefravaer";
  private static final String ALGORITHM = "HmacSHA256";
  private static final int KEPT_MAC_BYTES = 20;
  private static final int VALUE_COUNT = 4096;

  /** Creates the benchmark; JMH makes the instances. */
  public PseudonymBenchmark() {}

  /** The key, the pseudonymiser and the synthetic CPR numbers, shared by all threads. */
  @State(Scope.Benchmark)
  public static class Values {
    /** The key bytes; for the baselines, which take raw bytes. */
    byte[] keyBytes;
    /** The pseudonymiser under test, shared by all threads as the library recommends. */
    Pseudonymiser pseudonymiser;
    /** Synthetic CPR numbers as ten digits. */
    String[] cprNumbers;

    /** Creates the state; JMH makes the instances. */
    public Values() {}

    /**
     * Makes the key and the values, then checks that all three ways agree on every value.
     *
     * @throws GeneralSecurityException if the JDK has no HmacSHA256
     */
    @Setup(Level.Trial)
    public void setUp() throws GeneralSecurityException {
      keyBytes = new byte[32];
      for (int i = 0; i < keyBytes.length; i++) {
        keyBytes[i] = (byte) (i * 7 + 1); // a fixed benchmark key, not a secret
      }
      pseudonymiser = Pseudonymiser.of(PseudonymKey.fromBytes("bench-2026", keyBytes), DOMAIN);
      cprNumbers = syntheticCprNumbers(VALUE_COUNT);

      Mac reused = newMac(keyBytes);
      for (String cpr : cprNumbers) {
        String ours = pseudonymiser.pseudonymise(cpr);
        String perCall = macPerCall(keyBytes, cpr);
        String perThread = macReused(reused, cpr);
        if (!ours.equals(perCall) || !ours.equals(perThread)) {
          throw new IllegalStateException(
              "the pseudonymiser and the javax.crypto.Mac baselines disagree; the comparison would be"
                  + " meaningless (value number " + Arrays.asList(cprNumbers).indexOf(cpr) + ")");
        }
      }
    }
  }

  /** One initialised {@code Mac} per thread, for the reused baseline. */
  @State(Scope.Thread)
  public static class ThreadMac {
    /** This thread's Mac. */
    Mac mac;

    /** Creates the state; JMH makes the instances. */
    public ThreadMac() {}

    /**
     * Initialises this thread's Mac with the key.
     *
     * @param values the shared values, for the key
     * @throws GeneralSecurityException if the JDK has no HmacSHA256
     */
    @Setup(Level.Trial)
    public void setUp(Values values) throws GeneralSecurityException {
      mac = newMac(values.keyBytes);
    }
  }

  /** Which value a thread takes next; per thread, so that threads do not share a counter. */
  @State(Scope.Thread)
  public static class Cursor {
    private int next;

    /** Creates the state; JMH makes the instances. */
    public Cursor() {}

    String next(String[] values) {
      String value = values[next];
      next = (next + 1) % values.length;
      return value;
    }
  }

  /**
   * Our pseudonymiser, one thread.
   *
   * @param values the shared state
   * @param cursor this thread's position
   * @return the pseudonym, consumed by JMH
   */
  @Benchmark
  @Threads(1)
  public String pseudonymiser1Thread(Values values, Cursor cursor) {
    return values.pseudonymiser.pseudonymise(cursor.next(values.cprNumbers));
  }

  /**
   * Our pseudonymiser, two threads sharing one instance.
   *
   * @param values the shared state
   * @param cursor this thread's position
   * @return the pseudonym, consumed by JMH
   */
  @Benchmark
  @Threads(2)
  public String pseudonymiser2Threads(Values values, Cursor cursor) {
    return values.pseudonymiser.pseudonymise(cursor.next(values.cprNumbers));
  }

  /**
   * Baseline: a new {@code Mac} per pseudonym, one thread.
   *
   * @param values the shared state
   * @param cursor this thread's position
   * @return the pseudonym, consumed by JMH
   * @throws GeneralSecurityException never on a standard JDK
   */
  @Benchmark
  @Threads(1)
  public String macPerCall1Thread(Values values, Cursor cursor) throws GeneralSecurityException {
    return macPerCall(values.keyBytes, cursor.next(values.cprNumbers));
  }

  /**
   * Baseline: a new {@code Mac} per pseudonym, two threads.
   *
   * @param values the shared state
   * @param cursor this thread's position
   * @return the pseudonym, consumed by JMH
   * @throws GeneralSecurityException never on a standard JDK
   */
  @Benchmark
  @Threads(2)
  public String macPerCall2Threads(Values values, Cursor cursor) throws GeneralSecurityException {
    return macPerCall(values.keyBytes, cursor.next(values.cprNumbers));
  }

  /**
   * Baseline: one {@code Mac} per thread, reused, one thread.
   *
   * @param values the shared state
   * @param mac this thread's Mac
   * @param cursor this thread's position
   * @return the pseudonym, consumed by JMH
   */
  @Benchmark
  @Threads(1)
  public String macReusedPerThread1Thread(Values values, ThreadMac mac, Cursor cursor) {
    return macReused(mac.mac, cursor.next(values.cprNumbers));
  }

  /**
   * Baseline: one {@code Mac} per thread, reused, two threads.
   *
   * @param values the shared state
   * @param mac this thread's Mac
   * @param cursor this thread's position
   * @return the pseudonym, consumed by JMH
   */
  @Benchmark
  @Threads(2)
  public String macReusedPerThread2Threads(Values values, ThreadMac mac, Cursor cursor) {
    return macReused(mac.mac, cursor.next(values.cprNumbers));
  }

  /**
   * Obviously synthetic CPR numbers: birth dates from 1 January 2000 onwards, one per day, with the
   * sequence numbers 9000 to 9999 in turn. No modulus-11 check digit is aimed for; the values only
   * have the shape of CPR numbers, which is all the MAC sees.
   */
  static String[] syntheticCprNumbers(int count) {
    String[] values = new String[count];
    LocalDate first = LocalDate.of(2000, 1, 1);
    for (int i = 0; i < count; i++) {
      LocalDate birth = first.plusDays(i);
      values[i] =
          String.format(
              "%02d%02d%02d%04d",
              birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100, 9000 + i % 1000);
    }
    return values;
  }

  /** The straightforward way: a new, initialised Mac for every value. */
  static String macPerCall(byte[] keyBytes, String cpr) throws GeneralSecurityException {
    Mac mac = Mac.getInstance(ALGORITHM);
    mac.init(new SecretKeySpec(keyBytes, ALGORITHM));
    return macReused(mac, cpr);
  }

  static Mac newMac(byte[] keyBytes) throws GeneralSecurityException {
    Mac mac = Mac.getInstance(ALGORITHM);
    mac.init(new SecretKeySpec(keyBytes, ALGORITHM));
    return mac;
  }

  /** The same construction on an initialised Mac; doFinal resets it for the next value. */
  static String macReused(Mac mac, String cpr) {
    mac.update(DOMAIN.getBytes(StandardCharsets.UTF_8));
    mac.update((byte) 0);
    mac.update(cpr.getBytes(StandardCharsets.UTF_8));
    return base32LowerUnpadded(mac.doFinal(), KEPT_MAC_BYTES);
  }

  /** RFC 4648 base32, lower case, no padding, of the first {@code length} bytes: a plain bit buffer. */
  static String base32LowerUnpadded(byte[] data, int length) {
    final String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    StringBuilder out = new StringBuilder((length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (int i = 0; i < length; i++) {
      buffer = (buffer << 8) | (data[i] & 0xFF);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        out.append(alphabet.charAt((buffer >>> bits) & 31));
      }
    }
    if (bits > 0) {
      out.append(alphabet.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }
}
