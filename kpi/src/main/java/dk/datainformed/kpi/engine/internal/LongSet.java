package dk.datainformed.kpi.engine.internal;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * An open-addressing set of longs; the engine keeps (group, person) pairs in it to count distinct
 * persons without a set per group.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class LongSet {
  private static final long EMPTY = Long.MIN_VALUE;
  private long[] keys;
  private int size;
  private int mask;

  /** Creates an empty set. */
  public LongSet() {
    keys = new long[64];
    Arrays.fill(keys, EMPTY);
    mask = 63;
  }

  /**
   * Adds a value.
   *
   * @param key any long but {@link Long#MIN_VALUE}
   * @return true when it was new
   */
  public boolean add(long key) {
    int i = LongIntMap.mix(key) & mask;
    while (true) {
      long k = keys[i];
      if (k == key) {
        return false;
      }
      if (k == EMPTY) {
        keys[i] = key;
        if (++size * 2 > keys.length) {
          grow();
        }
        return true;
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * The values, in no particular order.
   *
   * @return a new array
   */
  public long[] toArray() {
    long[] out = new long[size];
    int n = 0;
    for (long k : keys) {
      if (k != EMPTY) {
        out[n++] = k;
      }
    }
    return out;
  }

  private void grow() {
    long[] old = keys;
    keys = new long[old.length * 2];
    Arrays.fill(keys, EMPTY);
    mask = keys.length - 1;
    for (long k : old) {
      if (k != EMPTY) {
        int i = LongIntMap.mix(k) & mask;
        while (keys[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
      }
    }
  }
}
