package dk.datainformed.privacy.pseudonym;

import dk.datainformed.privacy.PrivacyException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a pseudonymisation domain from one key to the next.
 *
 * <p>Pseudonyms are one-way: neither the old nor the new key can turn an old pseudonym into a new one.
 * Rotation therefore needs the canonical values themselves, and only the key holder (the ingest
 * service, next to the source system) has them. For every value it computes the old and the new
 * pseudonym; the pairs form a mapping table that updates data already stored under the old key.
 *
 * <p>The procedure: make a new key with a new id; run {@link #mapping(Iterable)} (or {@link
 * #pairs(Stream)} for large sets) over the values; replace old pseudonyms by new ones in the stored
 * data and record the new {@link PseudonymDomain}; from then on pseudonymise with the new key; finally
 * destroy the mapping table and the old key. The mapping table links old to new pseudonyms and is
 * "additional information" under the EDPB's guidelines 01/2025 while it exists: keep it apart from the
 * data, like a key. Data that cannot be updated keep the old domain (name and old key id) and stay
 * unlinkable to data under the new key, which is sometimes the very purpose of rotating.
 *
 * <pre>{@code
 * Rotation rotation = Rotation.of(
 *     Pseudonymiser.of(oldKey, "dk.aarhus.sygefravaer"),
 *     Pseudonymiser.of(newKey, "dk.aarhus.sygefravaer"));
 * Map<String, String> oldToNew = rotation.mapping(cprNumbersKeptBySourceSystem);
 * }</pre>
 *
 * <p>Immutable and thread-safe, like the two pseudonymisers it holds.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Rotation {

  private static final Logger LOG = LoggerFactory.getLogger(Rotation.class);

  private final Pseudonymiser from;
  private final Pseudonymiser to;

  private Rotation(Pseudonymiser from, Pseudonymiser to) {
    this.from = from;
    this.to = to;
  }

  /**
   * Rotation within one domain from one key to another.
   *
   * @param from the pseudonymiser with the old key
   * @param to the pseudonymiser with the new key, same domain name
   * @return the rotation
   * @throws PrivacyException if the domain names differ or the key ids are the same
   */
  public static Rotation of(Pseudonymiser from, Pseudonymiser to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    PseudonymDomain a = from.domain();
    PseudonymDomain b = to.domain();
    if (!a.name().equals(b.name())) {
      throw new PrivacyException(
          "rotation stays within one pseudonymisation domain; got '" + a.name() + "' and '" + b.name()
              + "'");
    }
    if (a.keyId().equals(b.keyId())) {
      throw new PrivacyException(
          "rotation needs a new key id; both keys are called '" + a.keyId() + "', so stored"
              + " pseudonyms could not tell which key made them");
    }
    return new Rotation(from, to);
  }

  /**
   * The domain before rotation.
   *
   * @return the old domain (name and old key id)
   */
  public PseudonymDomain from() {
    return from.domain();
  }

  /**
   * The domain after rotation.
   *
   * @return the new domain (same name, new key id)
   */
  public PseudonymDomain to() {
    return to.domain();
  }

  /**
   * The old and new pseudonym of one canonical value.
   *
   * @param canonicalValue the value, in the form the domain uses
   * @return the pair
   */
  public Pair rotate(CharSequence canonicalValue) {
    return new Pair(from.pseudonymise(canonicalValue), to.pseudonymise(canonicalValue));
  }

  /**
   * The mapping table old pseudonym → new pseudonym for the given values, in their order; a value given
   * twice appears once.
   *
   * @param canonicalValues the values the key holder keeps
   * @return an unmodifiable map
   */
  public Map<String, String> mapping(Iterable<? extends CharSequence> canonicalValues) {
    Map<String, String> table = new LinkedHashMap<>();
    long count = 0;
    for (CharSequence value : canonicalValues) {
      Pair pair = rotate(value);
      table.put(pair.oldPseudonym(), pair.newPseudonym());
      count++;
    }
    LOG.debug(
        "rotation {} -> {}: mapping table of {} entries from {} values",
        from.domain(),
        to.domain(),
        table.size(),
        count);
    return Collections.unmodifiableMap(table);
  }

  /**
   * The pairs for a stream of values, computed lazily, for sets too large to hold as a map.
   *
   * @param canonicalValues the values the key holder keeps
   * @return one pair per value, in the same order
   */
  public Stream<Pair> pairs(Stream<? extends CharSequence> canonicalValues) {
    return canonicalValues.map(this::rotate);
  }

  /**
   * Shows both domains.
   *
   * @return {@code Rotation[from ... to ...]}
   */
  @Override
  public String toString() {
    return "Rotation[" + from.domain() + " -> " + to.domain() + "]";
  }

  /**
   * One value's pseudonym under the old and the new key.
   *
   * @param oldPseudonym the pseudonym under the old key
   * @param newPseudonym the pseudonym under the new key
   */
  public record Pair(String oldPseudonym, String newPseudonym) {

    /**
     * Checks that both are present.
     *
     * @param oldPseudonym the pseudonym under the old key
     * @param newPseudonym the pseudonym under the new key
     */
    public Pair {
      Objects.requireNonNull(oldPseudonym, "oldPseudonym");
      Objects.requireNonNull(newPseudonym, "newPseudonym");
    }
  }
}
