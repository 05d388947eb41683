package dk.datainformed.report;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.pipeline.DisclosedResult;
import dk.datainformed.kpi.engine.KpiValue;
import dk.datainformed.kpi.engine.MissingReason;
import dk.datainformed.kpi.engine.Series;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link DisclosedResult} (a {@link KpiResult} that disclosure control has passed) as a JSON-stat 2.0 dataset, the format Statistics Denmark's StatBank
 * API serves, so the same tools read both.
 *
 * <p>The dataset has {@code "version": "2.0"}, {@code "class": "dataset"}, the KPI's Danish name as
 * {@code label}, one dimension per breakdown dimension (categories in text order) and a last
 * dimension {@code time} (the periods in order, in Statistics Denmark's notation, with role {@code
 * time}). {@code value} is row-major (the last dimension varies fastest) with {@code null} where
 * there is no value; {@code status} then names the reason ({@code no_records}, {@code
 * zero_denominator}, ...). The KPI's id, version and unit are in {@code extension}.
 *
 * <p>Every text (label, dimension ids, category ids and labels, the KPI id) is written with anything
 * CPR-like masked by {@link CprDetector#mask(CharSequence)}. Where masking makes two categories of
 * a dimension alike, the later one gets a suffix ({@code " (2)"}), so that the cube stays exact.
 *
 * <pre>{@code
 * String jsonStat = JsonStatWriter.write(disclosed);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class JsonStatWriter {
  /** The id of the time dimension. */
  public static final String TIME = "time";

  private JsonStatWriter() {}

  /**
   * The result as a JSON-stat 2.0 dataset.
   *
   * @param disclosed the result, after disclosure control
   * @return compact JSON
   * @throws KpiException when a breakdown dimension is named {@value #TIME}
   */
  public static String write(DisclosedResult disclosed) {
    if (disclosed == null) {
      throw new KpiException("JsonStatWriter.write needs a disclosed result (not null)");
    }
    KpiResult result = disclosed.result();
    if (result.dimensions().contains(TIME)) {
      throw new KpiException(
          "A breakdown dimension is named '" + TIME + "', which JSON-stat output uses for the periods");
    }
    List<String> dims = result.dimensions();
    List<List<String>> categories = new ArrayList<>();
    for (int d = 0; d < dims.size(); d++) {
      TreeSet<String> values = new TreeSet<>();
      for (Series s : result.series()) {
        values.add(s.key().values().get(d));
      }
      categories.add(new ArrayList<>(values));
    }
    List<String> periods = new ArrayList<>();
    result.periods().forEach(p -> periods.add(p.format()));
    categories.add(periods);

    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = mapper.createObjectNode();
    root.put("version", "2.0");
    root.put("class", "dataset");
    root.put("label", CprDetector.mask(result.definition().profile().name().da()));
    root.put("source", "datainformed");
    ArrayNode id = root.putArray("id");
    ArrayNode size = root.putArray("size");
    ObjectNode dimension = root.putObject("dimension");
    List<String> ids = new ArrayList<>(dims);
    ids.add(TIME);
    ids = shown(ids);
    for (int d = 0; d < ids.size(); d++) {
      id.add(ids.get(d));
      size.add(categories.get(d).size());
      ObjectNode dim = dimension.putObject(ids.get(d));
      dim.put("label", ids.get(d));
      ObjectNode category = dim.putObject("category");
      ObjectNode index = category.putObject("index");
      ObjectNode label = category.putObject("label");
      List<String> cats = shown(categories.get(d));
      for (int i = 0; i < cats.size(); i++) {
        index.put(cats.get(i), i);
        label.put(cats.get(i), cats.get(i));
      }
    }
    ObjectNode role = root.putObject("role");
    role.putArray("time").add(TIME);

    List<Map<String, Integer>> positions = new ArrayList<>();
    for (List<String> cats : categories) {
      Map<String, Integer> pos = new HashMap<>();
      for (int i = 0; i < cats.size(); i++) {
        pos.put(cats.get(i), i);
      }
      positions.add(pos);
    }
    int cells = 1;
    for (List<String> cats : categories) {
      cells = Math.multiplyExact(cells, cats.size());
    }
    KpiValue[] cube = new KpiValue[cells];
    for (Series s : result.series()) {
      int base = 0;
      for (int d = 0; d < dims.size(); d++) {
        base = base * categories.get(d).size() + positions.get(d).get(s.key().values().get(d));
      }
      for (int t = 0; t < s.points().size(); t++) {
        cube[base * periods.size() + t] = s.points().get(t).value();
      }
    }
    ArrayNode value = root.putArray("value");
    ObjectNode status = mapper.createObjectNode();
    for (int i = 0; i < cells; i++) {
      KpiValue v = cube[i];
      if (v != null && v.isPresent()) {
        value.add(v.value().getAsDouble());
      } else {
        value.addNull();
        MissingReason reason = v == null ? MissingReason.NO_RECORDS : v.missingReason().orElseThrow();
        status.put(Integer.toString(i), reason.name().toLowerCase(Locale.ROOT));
      }
    }
    if (!status.isEmpty()) {
      root.set("status", status);
    }
    ObjectNode extension = root.putObject("extension");
    extension.put("kpi", CprDetector.mask(result.definition().id().value()));
    extension.put("version", result.definition().version());
    extension.put("unit", result.definition().unit().name().toLowerCase(Locale.ROOT));
    extension.put("grain", result.grain().name().toLowerCase(Locale.ROOT));
    return mapper.writeValueAsString(root);
  }

  /** Each text masked, in order; where masking made two alike, the later gets a suffix. */
  private static List<String> shown(List<String> texts) {
    List<String> out = new ArrayList<>(texts.size());
    Set<String> used = new HashSet<>();
    for (String text : texts) {
      String masked = CprDetector.mask(text);
      String unique = masked;
      for (int n = 2; !used.add(unique); n++) {
        unique = masked + " (" + n + ")";
      }
      out.add(unique);
    }
    return out;
  }
}
