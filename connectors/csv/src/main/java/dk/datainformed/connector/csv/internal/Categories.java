package dk.datainformed.connector.csv.internal;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One string per category value, shared by the workers of a file read in chunks. A category comes
 * from a small set (an organisation unit, an age band), and the consumer usually looks it up in a
 * hash map: given the same string every time, with its hash already computed here on a worker, the
 * consumer neither hashes nor compares the bytes of a string made on another core. Holds at most
 * {@value #MAX_VALUES} values; beyond that a cell keeps its own string. Thread-safe.
 */
final class Categories {

  static final int MAX_VALUES = 1 << 16;

  private final ConcurrentHashMap<String, String> known = new ConcurrentHashMap<>();

  /** The shared string equal to {@code value}: the first one seen, or {@code value} itself. */
  String canonical(String value) {
    String seen = known.get(value);
    if (seen != null) {
      return seen;
    }
    if (known.size() >= MAX_VALUES) {
      return value;
    }
    seen = known.putIfAbsent(value, value);
    return seen == null ? value : seen;
  }
}
