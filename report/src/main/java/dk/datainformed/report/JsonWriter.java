package dk.datainformed.report;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.pipeline.DisclosedResult;
import dk.datainformed.kpi.engine.KpiValue;
import dk.datainformed.kpi.engine.MissingReason;
import dk.datainformed.kpi.engine.Point;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.kpi.engine.ValueParts;
import java.util.Locale;
import org.apiguardian.api.API;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link DisclosedResult} (a {@link KpiResult} that disclosure control has passed) as JSON that keeps everything: each value with its parts, and each
 * missing value with its reason.
 *
 * <pre>{@code
 * {"kpi":"sygefravaer.fravaersprocent","version":1,"grain":"month",
 *  "dimensions":["organisation_unit"],"periods":["2024M01","2024M02"],
 *  "series":[{"key":{"organisation_unit":"skole"},"points":[
 *    {"period":"2024M01","value":5.0,"numerator":10.0,"denominator":200.0,"records":4,
 *     "persons":2,"periodsCovered":["2024M01"]},
 *    {"period":"2024M02","missing":"no_records","records":0,"periodsCovered":[]}]}]}
 * }</pre>
 *
 * <p>Periods are in Statistics Denmark's notation; a suppressed value has neither parts nor counts.
 * Every text (the KPI id, dimension names and values) is written with anything CPR-like masked by
 * {@link CprDetector#mask(CharSequence)}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class JsonWriter {
  private JsonWriter() {}

  /**
   * The result as JSON text.
   *
   * @param disclosed the result, after disclosure control
   * @return compact JSON
   */
  public static String write(DisclosedResult disclosed) {
    if (disclosed == null) {
      throw new KpiException("JsonWriter.write needs a disclosed result (not null)");
    }
    KpiResult result = disclosed.result();
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = mapper.createObjectNode();
    root.put("kpi", CprDetector.mask(result.definition().id().value()));
    root.put("version", result.definition().version());
    root.put("grain", result.grain().name().toLowerCase(Locale.ROOT));
    ArrayNode dims = root.putArray("dimensions");
    result.dimensions().forEach(d -> dims.add(CprDetector.mask(d)));
    ArrayNode periods = root.putArray("periods");
    result.periods().forEach(p -> periods.add(p.format()));
    ArrayNode series = root.putArray("series");
    for (Series s : result.series()) {
      ObjectNode node = series.addObject();
      ObjectNode key = node.putObject("key");
      for (int i = 0; i < s.key().dimensions().size(); i++) {
        key.put(
            CprDetector.mask(s.key().dimensions().get(i)), CprDetector.mask(s.key().values().get(i)));
      }
      ArrayNode points = node.putArray("points");
      for (Point p : s.points()) {
        ObjectNode point = points.addObject();
        point.put("period", p.period().format());
        KpiValue v = p.value();
        ValueParts parts = v.parts();
        if (v.isPresent()) {
          point.put("value", v.value().getAsDouble());
        } else {
          point.put("missing", v.missingReason().orElseThrow().name().toLowerCase(Locale.ROOT));
        }
        parts.numerator().ifPresent(n -> point.put("numerator", n));
        parts.denominator().ifPresent(d -> point.put("denominator", d));
        if (v.missingReason().filter(r -> r == MissingReason.SUPPRESSED).isEmpty()) {
          point.put("records", parts.records());
        }
        parts.persons().ifPresent(n -> point.put("persons", n));
        ArrayNode covered = point.putArray("periodsCovered");
        for (Period c : parts.periods()) {
          covered.add(c.format());
        }
      }
    }
    return mapper.writeValueAsString(root);
  }
}
