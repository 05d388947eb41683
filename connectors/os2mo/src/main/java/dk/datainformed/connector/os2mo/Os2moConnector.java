package dk.datainformed.connector.os2mo;

import dk.datainformed.connector.api.CheckResult;
import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorConfig;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.InvalidConfigException;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.connector.api.StreamDescriptor;
import dk.datainformed.connector.api.http.Paging;
import dk.datainformed.connector.api.http.ResilientHttpClient;
import dk.datainformed.connector.api.http.RetryPolicy;
import dk.datainformed.connector.api.http.Sleeper;
import dk.datainformed.connector.os2mo.internal.KeycloakTokens;
import dk.datainformed.connector.os2mo.internal.OrgUnitPages;
import dk.datainformed.connector.os2mo.internal.UnitValidity;
import dk.datainformed.core.DatainformedException;
import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.org.OrgUnitVersion;
import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.core.org.Validity;
import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.RecordBuilder;
import dk.datainformed.core.record.Schema;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads OS2mo's organisation units with their whole validity history.
 *
 * <p>OS2mo (the OS2 community's organisation and employee system, by Magenta) serves a versioned
 * GraphQL API at {@code POST {base_url}/graphql/vN}, behind OAuth2 client credentials from Keycloak.
 * The connector asks {@code org_units(limit, cursor, filter: {from_date: null, to_date: null})} for
 * {@code objects { validities { uuid name parent { uuid } unit_type { name } validity { from to } } }}
 * and {@code page_info { next_cursor }}, page by page until the cursor is null.
 *
 * <h2>The stream {@code org_units}</h2>
 *
 * <p>One record per validity: {@code uuid}, {@code name}, {@code parent_uuid} (empty for a top unit),
 * {@code unit_type}, {@code valid_from} and {@code valid_to}. The validity is half-open like core's
 * {@link Validity}: {@code valid_to} is the first day the version no longer holds (OS2mo's own
 * {@code to} is the last valid day, so one day is added), and empty when open-ended. A rename, a move or
 * a change of unit type is a new validity; a closed unit's last validity ends.
 *
 * <h2>Checkpoints</h2>
 *
 * <p>After each page comes a checkpoint holding the cursor of the next page ({@code next_cursor}),
 * and after the last page one that says the stream is done ({@code done=true}); a read from that
 * final checkpoint delivers nothing, so to take a fresh copy of the organisation start from an empty
 * state. A resumed read asks OS2mo for the page at the stored cursor and so continues after the last
 * page delivered, without loss or repeats, provided the application kept only the records up to its
 * last checkpoint. OS2mo's cursors are opaque: if OS2mo no longer accepts a stored one (it expired,
 * OS2mo was upgraded or the GraphQL version changed) it answers with GraphQL errors, and the read ends
 * with a {@link ConnectorException} that says to start the stream again from the beginning; the
 * connector never restarts on its own, which would repeat records. Data changed in OS2mo between the
 * pages of one read may be missed or seen twice, as with any paged read of a live system.
 *
 * <h2>Failures</h2>
 *
 * <p>Statuses 429 (honouring {@code Retry-After}), 502, 503, 504, timeouts and cut-off answers are
 * retried with backoff ({@code max_attempts}); a token is renewed shortly before it expires, and once
 * more when OS2mo answers 401. GraphQL {@code errors} in a 200 answer and an answer that is not the
 * expected JSON end the read with a message that names the page; a single validity that cannot be read
 * (no uuid, no start date) is a {@link ReadEvent.Malformed} event. Client secrets and tokens never
 * appear in messages, logs or {@code toString()}.
 *
 * <pre>{@code
 * try (Os2moConnector os2mo = Os2moConnector.open(Map.of(
 *     "base_url", "https://os2mo.kommune.dk", "auth_url", "https://os2mo.kommune.dk",
 *     "client_id", "datainformed", "client_secret", System.getenv("OS2MO_CLIENT_SECRET")))) {
 *   OrganisationTree tree = os2mo.organisationTree();
 *   tree.ancestors(OrgUnitId.of(unitUuid), LocalDate.of(2024, 8, 1));
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Os2moConnector implements Connector {

  /** The name of the stream of organisation unit validities. */
  public static final String STREAM = "org_units";

  /** The schema of the records of {@link #STREAM}. */
  public static final Schema SCHEMA = Schema.of(
      Field.required("uuid", FieldType.CATEGORY),
      Field.required("name", FieldType.TEXT),
      Field.nullable("parent_uuid", FieldType.CATEGORY),
      Field.nullable("unit_type", FieldType.CATEGORY),
      Field.required("valid_from", FieldType.DATE),
      Field.nullable("valid_to", FieldType.DATE));

  private static final StreamDescriptor DESCRIPTOR = new StreamDescriptor(
      STREAM, SCHEMA, List.of("uuid", "valid_from"), Optional.empty(),
      "One record per validity of each OS2mo organisation unit: name, parent and unit type during"
          + " [valid_from, valid_to), valid_to exclusive and empty when open-ended");

  private static final String DONE = "done";
  private static final String NEXT_CURSOR = "next_cursor";

  private final URI graphqlUri;
  private final String clientId;
  private final int graphqlVersion;
  private final int pageSize;
  private final int maxPages;
  private final OrgUnitPages pages;

  /**
   * Validates settings against {@link Os2moConnectorProvider}'s spec and opens a connector, for code
   * that wants this type (and {@link #organisationTree()}) without going through
   * {@code Connectors.open}.
   *
   * @param settings the configuration as text, by key
   * @return the connector; nothing is fetched until it is checked or read
   * @throws InvalidConfigException listing every problem with the settings
   */
  public static Os2moConnector open(Map<String, String> settings) {
    return new Os2moConnector(new Os2moConnectorProvider().configSpec().validate(settings));
  }

  Os2moConnector(ConnectorConfig config) {
    this(config, Clock.systemUTC(), Sleeper.system());
  }

  Os2moConnector(ConnectorConfig config, Clock clock, Sleeper sleeper) {
    Objects.requireNonNull(config, "config");
    List<String> problems = new ArrayList<>();
    graphqlVersion = (int) atLeast(config, "graphql_version", 1, problems);
    pageSize = (int) atLeast(config, "page_size", 1, problems);
    maxPages = (int) atLeast(config, "max_pages", 1, problems);
    int attempts = (int) atLeast(config, "max_attempts", 1, problems);
    Duration backoff = config.duration("initial_backoff");
    if (backoff.compareTo(Duration.ofSeconds(30)) > 0) {
      problems.add("initial_backoff: " + backoff + " must be at most 30 s");
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfigException(Os2moConnectorProvider.NAME, problems);
    }
    clientId = config.text("client_id");
    graphqlUri = URI.create(trimSlash(config.url("base_url")) + "/graphql/v" + graphqlVersion);
    URI tokenUri = config.has("token_url")
        ? config.url("token_url")
        : URI.create(trimSlash(config.url("auth_url")) + "/auth/realms/" + config.text("realm")
            + "/protocol/openid-connect/token");
    ResilientHttpClient http = ResilientHttpClient.builder()
        .connectTimeout(config.duration("connect_timeout"))
        .requestTimeout(config.duration("request_timeout"))
        .retryPolicy(RetryPolicy.builder().maxAttempts(attempts).initialBackoff(backoff).build())
        .sleeper(sleeper)
        .clock(clock)
        .build();
    JsonMapper json = JsonMapper.builder().build();
    KeycloakTokens tokens = new KeycloakTokens(http, tokenUri, clientId, config.secret("client_secret"), clock, json);
    pages = new OrgUnitPages(http, graphqlUri, tokens, json, STREAM);
  }

  @Override
  public CheckResult check() {
    try {
      OrgUnitPages.Page page = pages.fetch(Optional.empty(), 1, "the check's page");
      return CheckResult.passed("got a token from Keycloak for client '" + clientId + "' and read "
          + (page.rows().isEmpty() ? "an empty org_units list" : "the first organisation unit")
          + " from OS2mo at " + graphqlUri);
    } catch (DatainformedException e) {
      return CheckResult.failed(e.getMessage());
    } catch (RuntimeException e) {
      return CheckResult.failed("Checking OS2mo at " + graphqlUri + " failed unexpectedly (" + e.getClass().getSimpleName()
          + "); check base_url, auth_url and the network");
    }
  }

  @Override
  public List<StreamDescriptor> discover() {
    return List.of(DESCRIPTOR);
  }

  @Override
  public Stream<ReadEvent> read(ReadRequest request) {
    Objects.requireNonNull(request, "request");
    if (!request.includes(STREAM)) {
      return Stream.empty();
    }
    Optional<Checkpoint> saved = request.state().checkpoint(STREAM);
    if (saved.isPresent() && Boolean.parseBoolean(saved.get().get(DONE))) {
      return Stream.empty();
    }
    Optional<String> start = saved.map(c -> c.get(NEXT_CURSOR));
    int[] read = {0};
    RecordBuilder builder = Record.builder(SCHEMA);
    return Paging.byCursor(
        cursor -> {
          read[0]++;
          Optional<String> at = read[0] == 1 ? start : cursor;
          String where = "page " + read[0] + " of this read" + (start.isPresent() ? " (resumed from a checkpoint)" : "");
          OrgUnitPages.Page page = pages.fetch(at, pageSize, where);
          List<ReadEvent> events = new ArrayList<>(page.rows().size() + 1);
          for (OrgUnitPages.Row row : page.rows()) {
            if (row instanceof OrgUnitPages.Good good) {
              events.add(new ReadEvent.Read(STREAM, record(builder, good.unit())));
            } else {
              OrgUnitPages.Bad bad = (OrgUnitPages.Bad) row;
              events.add(new ReadEvent.Malformed(STREAM, bad.position(), bad.reason(), bad.raw()));
            }
          }
          events.add(new ReadEvent.Checkpointed(new Checkpoint(STREAM, page.nextCursor()
              .map(next -> Map.of(DONE, "false", NEXT_CURSOR, next))
              .orElse(Map.of(DONE, "true")))));
          return new Paging.CursorPage<>(events, page.nextCursor());
        },
        maxPages);
  }

  /**
   * Reads every organisation unit with its history and builds core's tree from it.
   *
   * <p>Each validity becomes an {@link OrgUnitVersion} with a half-open {@link Validity}
   * ({@code [from, last day + 1)}), under its parent or as a root. The tree checks the whole history
   * at once (no overlapping versions, parents valid while their children are).
   *
   * <pre>{@code
   * OrganisationTree tree = os2mo.organisationTree();
   * RollUp departments = tree.rollUp(List.of(OrgUnitId.of(schoolsUuid), OrgUnitId.of(careUuid)));
   * }</pre>
   *
   * @return the organisation over time
   * @throws ConnectorException when OS2mo cannot be read, or a validity cannot be read (its position
   *     is named)
   * @throws dk.datainformed.core.org.InvalidOrganisationException when OS2mo's history does not form
   *     a tree, listing every problem
   */
  public OrganisationTree organisationTree() {
    OrganisationTree.Builder tree = OrganisationTree.builder();
    int uuid = SCHEMA.indexOf("uuid");
    int name = SCHEMA.indexOf("name");
    int parent = SCHEMA.indexOf("parent_uuid");
    int from = SCHEMA.indexOf("valid_from");
    int to = SCHEMA.indexOf("valid_to");
    try (Stream<ReadEvent> events = read(ReadRequest.streams(STREAM))) {
      events.forEach(event -> {
        if (event instanceof ReadEvent.Malformed bad) {
          throw new ConnectorException(
              "Cannot build the organisation tree: " + bad.position() + ": " + bad.reason());
        }
        if (event instanceof ReadEvent.Read read) {
          Record r = read.record();
          Validity validity = r.isNull(to)
              ? Validity.from(r.getDate(from))
              : Validity.between(r.getDate(from), r.getDate(to));
          OrgUnitId id = OrgUnitId.of(r.getText(uuid));
          tree.add(r.isNull(parent)
              ? OrgUnitVersion.root(id, r.getText(name), validity)
              : OrgUnitVersion.of(id, r.getText(name), OrgUnitId.of(r.getText(parent)), validity));
        }
      });
    }
    return tree.build();
  }

  /** Holds nothing that needs closing: the JDK's HTTP client releases its connections when unused. */
  @Override
  public void close() {}

  /**
   * The GraphQL endpoint and the client id; never the secret or a token.
   *
   * @return a description safe for logs
   */
  @Override
  public String toString() {
    return "Os2moConnector[" + graphqlUri + ", client " + clientId + "]";
  }

  private static Record record(RecordBuilder builder, UnitValidity unit) {
    return builder
        .set(0, unit.uuid())
        .set(1, unit.name())
        .set(2, unit.parent().orElse(null))
        .set(3, unit.unitType().orElse(null))
        .set(4, unit.from())
        .set(5, unit.to().orElse(null))
        .build();
  }

  private static long atLeast(ConnectorConfig config, String key, long minimum, List<String> problems) {
    long value = config.integer(key);
    if (value < minimum || value > Integer.MAX_VALUE) {
      problems.add(key + ": " + value + " must be at least " + minimum + " and at most " + Integer.MAX_VALUE);
    }
    return value;
  }

  private static String trimSlash(URI uri) {
    String text = uri.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
