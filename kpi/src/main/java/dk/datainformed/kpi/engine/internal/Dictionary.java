package dk.datainformed.kpi.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Dense int ids for the values of one field (units, categories, persons), in order of first sight.
 * Remembers the last value it was asked about, so a run of records with the same value instance
 * costs one reference comparison.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Dictionary {
  private final Map<Object, Integer> ids = new HashMap<>();
  private final List<Object> values = new ArrayList<>();
  private Object last;
  private int lastId = -1;

  /**
   * The id of a value, given the next free id when new.
   *
   * @param value the value, not null
   * @return the id
   */
  public int idOf(Object value) {
    if (value == last) {
      return lastId;
    }
    Integer id = ids.get(value);
    if (id == null) {
      id = values.size();
      ids.put(value, id);
      values.add(value);
    }
    last = value;
    lastId = id;
    return id;
  }

  /**
   * The value of an id.
   *
   * @param id an id this dictionary gave
   * @return the value
   */
  public Object value(int id) {
    return values.get(id);
  }

  /**
   * The number of distinct values seen.
   *
   * @return the size
   */
  public int size() {
    return values.size();
  }
}
