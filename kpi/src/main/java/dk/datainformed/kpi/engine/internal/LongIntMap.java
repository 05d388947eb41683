package dk.datainformed.kpi.engine.internal;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * An open-addressing map from long keys to dense int ids 0, 1, 2, ... in order of first sight; no
 * allocation per look-up. The engine uses it to give each group key a slot in its arrays.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class LongIntMap {
  private static final long EMPTY = Long.MIN_VALUE;
  private long[] keys;
  private int[] ids;
  private int size;
  private int mask;

  /** Creates an empty map. */
  public LongIntMap() {
    keys = new long[64];
    Arrays.fill(keys, EMPTY);
    ids = new int[64];
    mask = 63;
  }

  /**
   * The id of a key, given the next free id when new.
   *
   * @param key any long but {@link Long#MIN_VALUE}
   * @return the id
   */
  public int idOf(long key) {
    int i = mix(key) & mask;
    while (true) {
      long k = keys[i];
      if (k == key) {
        return ids[i];
      }
      if (k == EMPTY) {
        int id = size++;
        keys[i] = key;
        ids[i] = id;
        if (size * 2 > keys.length) {
          grow();
        }
        return id;
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * The number of keys held.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Every key by its id.
   *
   * @return an array whose element {@code id} is the key of that id
   */
  public long[] keysById() {
    long[] out = new long[size];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        out[ids[i]] = keys[i];
      }
    }
    return out;
  }

  static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29) ^ (h >>> 32));
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldIds = ids;
    keys = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    ids = new int[keys.length];
    mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      long k = oldKeys[j];
      if (k != EMPTY) {
        int i = mix(k) & mask;
        while (keys[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        ids[i] = oldIds[j];
      }
    }
  }
}
