package dk.datainformed.kpi.internal;

import dk.datainformed.core.DatainformedException;
import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.Schema;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.ReadLimits;
import dk.datainformed.kpi.definition.Audience;
import dk.datainformed.kpi.definition.CumulativeKpi;
import dk.datainformed.kpi.definition.DerivedKpi;
import dk.datainformed.kpi.definition.Expression;
import dk.datainformed.kpi.definition.Filter;
import dk.datainformed.kpi.definition.KpiBuilder;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.KpiId;
import dk.datainformed.kpi.definition.KpiProfile;
import dk.datainformed.kpi.definition.KpiReference;
import dk.datainformed.kpi.definition.Measure;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.definition.SimpleKpi;
import dk.datainformed.kpi.definition.SourceDataset;
import dk.datainformed.kpi.definition.Target;
import dk.datainformed.kpi.definition.Window;
import dk.datainformed.kpi.internal.KpiDto.CoverageDto;
import dk.datainformed.kpi.internal.KpiDto.DataBreakDto;
import dk.datainformed.kpi.internal.KpiDto.FieldDto;
import dk.datainformed.kpi.internal.KpiDto.FilterDto;
import dk.datainformed.kpi.internal.KpiDto.MeasureDto;
import dk.datainformed.kpi.internal.KpiDto.SourceDto;
import dk.datainformed.kpi.internal.KpiDto.TargetDto;
import dk.datainformed.kpi.internal.KpiDto.TextDto;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes KPI definitions as JSON or YAML, through {@link KpiDto}, with messages that give
 * file, line and column.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class DefinitionCodec {
  private final ObjectMapper mapper;
  private final String formatName;

  private DefinitionCodec(ObjectMapper mapper, String formatName) {
    this.mapper = mapper;
    this.formatName = formatName;
  }

  /**
   * The JSON codec.
   *
   * @return a codec for JSON
   */
  public static DefinitionCodec json() {
    return new DefinitionCodec(configure(JsonMapper.builder()).build(), "JSON");
  }

  /**
   * The YAML codec.
   *
   * @return a codec for YAML
   */
  public static DefinitionCodec yaml() {
    YAMLMapper.Builder builder =
        configure(YAMLMapper.builder())
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR);
    return new DefinitionCodec(builder.build(), "YAML");
  }

  static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
    return builder
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
        .enable(SerializationFeature.INDENT_OUTPUT);
  }

  /**
   * Reads one definition or a list of definitions.
   *
   * @param sourceName the file name shown in messages
   * @param in the text
   * @param limits how much the text may hold
   * @return the definitions, in file order
   * @throws KpiException with file, line and column when the text is not a valid definition or
   *     over the limits
   */
  public List<KpiDefinition> read(String sourceName, Reader in, ReadLimits limits) {
    String text;
    try {
      text = Bounded.read(sourceName, in, limits);
    } catch (IOException e) {
      throw new KpiException(
          sourceName + ": cannot be read (" + e.getClass().getSimpleName() + ")",
          JacksonMessages.scrubbed(e));
    }
    try {
      Bounded.check(sourceName, text, mapper, formatName.equals("YAML"), limits);
    } catch (JacksonException e) {
      throw JacksonMessages.failure(sourceName, formatName, e);
    }
    checkFields(sourceName, text);
    List<KpiDefinition> out = new ArrayList<>();
    try (JsonParser p = mapper.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == JsonToken.START_ARRAY) {
        while (p.nextToken() == JsonToken.START_OBJECT) {
          out.add(readOne(sourceName, p));
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
          throw new KpiException(
              where(sourceName, p.currentTokenLocation())
                  + "expected a KPI definition (a mapping with 'type', 'id', ...) in the list");
        }
        if (p.nextToken() != null) {
          throw new KpiException(
              where(sourceName, p.currentTokenLocation())
                  + "unexpected content after the list of KPI definitions");
        }
      } else if (first == JsonToken.START_OBJECT) {
        out.add(readOne(sourceName, p));
        if (p.nextToken() != null) {
          throw new KpiException(
              where(sourceName, p.currentTokenLocation())
                  + "unexpected content after the KPI definition");
        }
      } else if (first == null) {
        throw new KpiException(sourceName + ": the file holds no KPI definition");
      } else {
        throw new KpiException(
            where(sourceName, p.currentTokenLocation())
                + "expected a KPI definition (a mapping with 'type', 'id', ...) or a list of them");
      }
    } catch (JacksonException e) {
      throw JacksonMessages.failure(sourceName, formatName, e);
    }
    return List.copyOf(out);
  }

  private void checkFields(String sourceName, String text) {
    try (JsonParser p = mapper.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == JsonToken.START_ARRAY) {
        while (p.nextToken() == JsonToken.START_OBJECT) {
          KnownFields.check(p, KpiDto.class, "", sourceName);
        }
      } else if (first == JsonToken.START_OBJECT) {
        KnownFields.check(p, KpiDto.class, "", sourceName);
      }
    } catch (JacksonException e) {
      throw JacksonMessages.failure(sourceName, formatName, e);
    }
  }

  private KpiDefinition readOne(String sourceName, JsonParser p) {
    TokenStreamLocation start = p.currentTokenLocation();
    KpiDto dto = mapper.readValue(p, KpiDto.class);
    try {
      return fromDto(dto);
    } catch (KpiException e) {
      String message = e.getMessage();
      if (!message.startsWith("KPI") && dto.id() != null) {
        message =
            "KPI '" + CprDetector.mask(dto.id()) + "' (version " + dto.version() + "): "
                + lowerFirst(message);
      }
      throw new KpiException(where(sourceName, start) + message, e);
    }
  }

  static String where(String sourceName, TokenStreamLocation location) {
    return sourceName + ", line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
  }

  /**
   * Writes definitions as a list.
   *
   * @param definitions the definitions
   * @return the text
   */
  public String write(Collection<? extends KpiDefinition> definitions) {
    List<KpiDto> dtos = definitions.stream().map(DefinitionCodec::toDto).collect(Collectors.toList());
    return writeValue(dtos);
  }

  /**
   * Writes one definition.
   *
   * @param definition the definition
   * @return the text
   */
  public String write(KpiDefinition definition) {
    return writeValue(toDto(definition));
  }

  private String writeValue(Object value) {
    StringWriter out = new StringWriter();
    mapper.writeValue(out, value);
    return out.toString();
  }

  // ---- from the file form ----

  private static KpiDefinition fromDto(KpiDto d) {
    require(d.type(), "type", "one of simple, ratio, derived, cumulative");
    require(d.id(), "id", "e.g. 'sygefravaer.fravaersprocent'");
    require(d.version(), "version", "e.g. 1");
    KpiId.of(d.id());
    String kind = d.type();
    if (!KpiDto.KINDS.contains(kind)) {
      throw new KpiException(
          "'" + kind + "' is not a valid value for 'type'; use one of "
              + String.join(", ", KpiDto.KINDS));
    }
    Map<String, Object> specific = new LinkedHashMap<>();
    specific.put("source", d.source());
    specific.put("filter", d.filter());
    specific.put("measure", d.measure());
    specific.put("numerator", d.numerator());
    specific.put("denominator", d.denominator());
    specific.put("scale", d.scale());
    specific.put("expression", d.expression());
    specific.put("of", d.of());
    specific.put("window", d.window());
    List<String> allowed;
    switch (kind) {
      case "simple":
        allowed = List.of("source", "filter", "measure");
        break;
      case "ratio":
        allowed = List.of("source", "filter", "numerator", "denominator", "scale");
        break;
      case "derived":
        allowed = List.of("expression");
        break;
      default:
        allowed = List.of("of", "window");
    }
    for (Map.Entry<String, Object> e : specific.entrySet()) {
      if (e.getValue() != null && !allowed.contains(e.getKey())) {
        throw new KpiException(
            "field '" + e.getKey() + "' does not belong to a " + kind + " KPI, which takes "
                + allowed.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", ")));
      }
    }
    switch (kind) {
      case "simple":
        {
          require(d.source(), "source", "the dataset with 'name' and 'fields'");
          require(d.measure(), "measure", "e.g. {aggregation: sum, field: absence_days}");
          SimpleKpi.Builder b = profile(KpiDefinition.simple(d.id()), d);
          b.source(source(d.source())).measure(measure(d.measure(), "measure"));
          Optional.ofNullable(d.filter()).map(f -> filter(f, "filter")).ifPresent(b::filter);
          return b.build();
        }
      case "ratio":
        {
          require(d.source(), "source", "the dataset with 'name' and 'fields'");
          require(d.numerator(), "numerator", "e.g. {aggregation: sum, field: absence_days}");
          require(d.denominator(), "denominator", "e.g. {aggregation: sum, field: possible_days}");
          RatioKpi.Builder b = profile(KpiDefinition.ratio(d.id()), d);
          b.source(source(d.source()))
              .numerator(measure(d.numerator(), "numerator"))
              .denominator(measure(d.denominator(), "denominator"));
          Optional.ofNullable(d.filter()).map(f -> filter(f, "filter")).ifPresent(b::filter);
          if (d.scale() != null) {
            b.scale(d.scale());
          }
          return b.build();
        }
      case "derived":
        require(d.expression(), "expression", "e.g. 'a.b / c.d * 100'");
        return profile(KpiDefinition.derived(d.id()), d).expression(d.expression()).build();
      default:
        require(d.of(), "of", "the id of the KPI accumulated");
        require(d.window(), "window", "'year-to-date' or 'rolling N'");
        return profile(KpiDefinition.cumulative(d.id()), d)
            .of(reference(d.of()))
            .window(Window.parse(d.window()))
            .build();
    }
  }

  private static KpiReference reference(String text) {
    Expression e = Expression.parse(text);
    if (!(e instanceof Expression.Operand) || ((Expression.Operand) e).offset().isPresent()) {
      throw new KpiException(
          "'of' must name one KPI, as 'id' or 'id@version', not '" + text + "'");
    }
    return ((Expression.Operand) e).kpi();
  }

  private static <B extends KpiBuilder<B>> B profile(B b, KpiDto d) {
    b.version(d.version());
    TextDto name = require(d.name(), "name", "{da: ..., en: ...}");
    b.name(name.da(), name.en());
    TextDto description = require(d.description(), "description", "{da: ..., en: ...}");
    b.description(description.da(), description.en());
    b.unit(require(d.unit(), "unit", "e.g. percent"));
    b.direction(
        require(d.direction(), "direction", "higher_is_better, lower_is_better or neutral"));
    b.grain(require(d.grain(), "grain", "e.g. month"));
    if (d.dimensions() != null) {
      b.dimensions(d.dimensions().toArray(new String[0]));
    }
    b.owner(require(d.owner(), "owner", "who owns the definition"));
    b.purpose(require(d.purpose(), "purpose", "learning, assurance or control"));
    b.audience(
        require(d.audiences(), "audiences", "e.g. [managers]")
            .toArray(new Audience[0]));
    TextDto question = require(d.question(), "question",
        "the decision or learning question it serves, {da: ..., en: ...}");
    b.question(question.da(), question.en());
    CoverageDto coverage =
        require(d.coverage(), "coverage", "{description: {da: ..., en: ...}, fraction: 0.95}");
    TextDto seen = require(coverage.description(), "coverage.description", "{da: ..., en: ...}");
    if (coverage.fraction() != null) {
      b.coverage(seen.da(), seen.en(), coverage.fraction());
    } else {
      b.coverage(seen.da(), seen.en());
    }
    if (d.dataBreaks() != null) {
      for (DataBreakDto br : d.dataBreaks()) {
        b.dataBreak(br.date(), br.reason());
      }
    }
    if (d.target() != null) {
      TargetDto t = d.target();
      require(t.value(), "target.value", "a number");
      b.target(
          new Target(
              t.value(),
              t.rationale(),
              t.reviewDate(),
              Optional.ofNullable(t.owner()),
              Optional.ofNullable(t.action())));
    }
    if (d.citation() != null) {
      b.citation(d.citation());
    }
    return b;
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() || s.startsWith("KPI") ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static <T> T require(T value, String field, String hint) {
    if (value == null) {
      throw new KpiException("required field '" + field + "' is missing: " + hint);
    }
    return value;
  }

  private static SourceDataset source(SourceDto s) {
    require(s.name(), "source.name", "e.g. payroll_absence");
    List<FieldDto> fields = require(s.fields(), "source.fields", "the fields of its records");
    List<Field> schemaFields = new ArrayList<>();
    for (FieldDto f : fields) {
      require(f.name(), "source.fields.name", "the field's name");
      require(f.type(), "source.fields.type", "e.g. category, decimal, integer");
      try {
        schemaFields.add(new Field(f.name(), f.type(), Boolean.TRUE.equals(f.nullable())));
      } catch (DatainformedException e) {
        throw new KpiException("source '" + Excerpt.of(s.name()) + "': " + e.getMessage(), e);
      }
    }
    try {
      return SourceDataset.of(
          s.name(),
          require(s.timeField(), "source.timeField", "the date or period field of each record"),
          Schema.of(schemaFields));
    } catch (KpiException e) {
      throw e;
    } catch (DatainformedException e) {
      throw new KpiException("source '" + Excerpt.of(s.name()) + "': " + e.getMessage(), e);
    }
  }

  private static Measure measure(MeasureDto m, String where) {
    require(m.aggregation(), where + ".aggregation", "count, count_distinct, sum, mean, ...");
    if (m.field() != null && m.fields() != null) {
      throw new KpiException(
          where + " has both 'field' and 'fields': give one field as 'field' or several as 'fields'");
    }
    List<String> fields =
        m.field() != null ? List.of(m.field()) : m.fields() != null ? m.fields() : List.of();
    Measure measure =
        new Measure(
            m.aggregation(),
            fields,
            Optional.ofNullable(m.percentile()),
            Optional.ofNullable(m.filter()).map(f -> filter(f, where + ".where")));
    return measure;
  }

  private static Filter filter(FilterDto f, String where) {
    List<Filter> found = new ArrayList<>();
    List<String> names = new ArrayList<>();
    if (f.equalTo() != null) {
      found.add(Filter.compare(field(f, where), Filter.Comparison.EQUAL, f.equalTo()));
      names.add("equals");
    }
    if (f.notEqualTo() != null) {
      found.add(Filter.compare(field(f, where), Filter.Comparison.NOT_EQUAL, f.notEqualTo()));
      names.add("notEquals");
    }
    if (f.lessThan() != null) {
      found.add(Filter.compare(field(f, where), Filter.Comparison.LESS_THAN, f.lessThan()));
      names.add("lessThan");
    }
    if (f.atMost() != null) {
      found.add(Filter.compare(field(f, where), Filter.Comparison.AT_MOST, f.atMost()));
      names.add("atMost");
    }
    if (f.greaterThan() != null) {
      found.add(Filter.compare(field(f, where), Filter.Comparison.GREATER_THAN, f.greaterThan()));
      names.add("greaterThan");
    }
    if (f.atLeast() != null) {
      found.add(Filter.compare(field(f, where), Filter.Comparison.AT_LEAST, f.atLeast()));
      names.add("atLeast");
    }
    if (f.in() != null) {
      found.add(new Filter.In(field(f, where), f.in()));
      names.add("in");
    }
    if (f.missing() != null) {
      if (!f.missing()) {
        throw new KpiException(
            where + ": 'missing' can only be true; for rows with a value use not: {missing: true}");
      }
      found.add(Filter.missing(field(f, where)));
      names.add("missing");
    }
    if (f.all() != null) {
      found.add(new Filter.All(filters(f.all(), where + ".all")));
      names.add("all");
    }
    if (f.any() != null) {
      found.add(new Filter.Any(filters(f.any(), where + ".any")));
      names.add("any");
    }
    if (f.not() != null) {
      found.add(Filter.not(filter(f.not(), where + ".not")));
      names.add("not");
    }
    if (found.size() != 1) {
      throw new KpiException(
          where + " needs exactly one of equals, notEquals, lessThan, atMost, greaterThan, atLeast,"
              + " in, missing, all, any, not"
              + (found.isEmpty() ? "" : "; it has " + String.join(", ", names)));
    }
    boolean combines = names.get(0).equals("all") || names.get(0).equals("any") || names.get(0).equals("not");
    if (combines && f.field() != null) {
      throw new KpiException(where + ": '" + names.get(0) + "' takes no 'field'");
    }
    return found.get(0);
  }

  private static List<Filter> filters(List<FilterDto> dtos, String where) {
    List<Filter> out = new ArrayList<>();
    for (FilterDto d : dtos) {
      out.add(filter(d, where));
    }
    return out;
  }

  private static String field(FilterDto f, String where) {
    return require(f.field(), where + ".field", "the source field compared");
  }

  // ---- to the file form ----

  private static KpiDto toDto(KpiDefinition k) {
    KpiProfile p = k.profile();
    String type;
    SourceDto source = null;
    FilterDto filter = null;
    MeasureDto measure = null;
    MeasureDto numerator = null;
    MeasureDto denominator = null;
    Double scale = null;
    String expression = null;
    String of = null;
    String window = null;
    if (k instanceof SimpleKpi) {
      SimpleKpi s = (SimpleKpi) k;
      type = "simple";
      source = sourceDto(s.source());
      filter = s.filter().map(DefinitionCodec::filterDto).orElse(null);
      measure = measureDto(s.measure());
    } else if (k instanceof RatioKpi) {
      RatioKpi r = (RatioKpi) k;
      type = "ratio";
      source = sourceDto(r.source());
      filter = r.filter().map(DefinitionCodec::filterDto).orElse(null);
      numerator = measureDto(r.numerator());
      denominator = measureDto(r.denominator());
      scale = r.scale();
    } else if (k instanceof DerivedKpi) {
      type = "derived";
      expression = ((DerivedKpi) k).expression().text();
    } else {
      CumulativeKpi c = (CumulativeKpi) k;
      type = "cumulative";
      of = c.of().text();
      window = c.window().text();
    }
    return new KpiDto(
        type,
        p.id().value(),
        p.version(),
        new TextDto(p.name().da(), p.name().en()),
        new TextDto(p.description().da(), p.description().en()),
        p.unit(),
        p.direction(),
        p.grain(),
        p.dimensions().isEmpty() ? null : p.dimensions(),
        p.owner(),
        p.purpose(),
        p.audiences(),
        new TextDto(p.question().da(), p.question().en()),
        new CoverageDto(new TextDto(p.coverage().description().da(), p.coverage().description().en()),
            p.coverage().fraction().orElse(null)),
        p.dataBreaks().isEmpty()
            ? null
            : p.dataBreaks().stream()
                .map(b -> new DataBreakDto(b.date(), b.reason()))
                .collect(Collectors.toList()),
        p.target()
            .map(
                t ->
                    new TargetDto(
                        t.value(),
                        t.rationale(),
                        t.reviewDate(),
                        t.owner().orElse(null),
                        t.action().orElse(null)))
            .orElse(null),
        p.citation().orElse(null),
        source,
        filter,
        measure,
        numerator,
        denominator,
        scale,
        expression,
        of,
        window);
  }

  private static SourceDto sourceDto(SourceDataset s) {
    return new SourceDto(
        s.name(),
        s.timeField(),
        s.schema().fields().stream()
            .map(f -> new FieldDto(f.name(), f.type(), f.nullable() ? Boolean.TRUE : null))
            .collect(Collectors.toList()));
  }

  private static MeasureDto measureDto(Measure m) {
    return new MeasureDto(
        m.aggregation(),
        m.fields().size() == 1 ? m.fields().get(0) : null,
        m.fields().size() > 1 ? m.fields() : null,
        m.percentile().orElse(null),
        m.filter().map(DefinitionCodec::filterDto).orElse(null));
  }

  private static FilterDto filterDto(Filter f) {
    if (f instanceof Filter.Compare) {
      Filter.Compare c = (Filter.Compare) f;
      String v = c.value();
      Filter.Comparison op = c.comparison();
      return new FilterDto(
          c.field(),
          op == Filter.Comparison.EQUAL ? v : null,
          op == Filter.Comparison.NOT_EQUAL ? v : null,
          op == Filter.Comparison.LESS_THAN ? v : null,
          op == Filter.Comparison.AT_MOST ? v : null,
          op == Filter.Comparison.GREATER_THAN ? v : null,
          op == Filter.Comparison.AT_LEAST ? v : null,
          null, null, null, null, null);
    }
    if (f instanceof Filter.In) {
      Filter.In in = (Filter.In) f;
      return new FilterDto(in.field(), null, null, null, null, null, null, in.values(), null, null, null, null);
    }
    if (f instanceof Filter.Missing) {
      return new FilterDto(
          ((Filter.Missing) f).field(), null, null, null, null, null, null, null, Boolean.TRUE, null, null, null);
    }
    if (f instanceof Filter.All) {
      return new FilterDto(
          null, null, null, null, null, null, null, null, null,
          ((Filter.All) f).filters().stream().map(DefinitionCodec::filterDto).collect(Collectors.toList()),
          null, null);
    }
    if (f instanceof Filter.Any) {
      return new FilterDto(
          null, null, null, null, null, null, null, null, null, null,
          ((Filter.Any) f).filters().stream().map(DefinitionCodec::filterDto).collect(Collectors.toList()),
          null);
    }
    return new FilterDto(
        null, null, null, null, null, null, null, null, null, null, null,
        filterDto(((Filter.Not) f).filter()));
  }

}
