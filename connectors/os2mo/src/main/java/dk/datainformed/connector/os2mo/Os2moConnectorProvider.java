package dk.datainformed.connector.os2mo;

import dk.datainformed.connector.api.ConfigSpec;
import dk.datainformed.connector.api.ConfigType;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorConfig;
import dk.datainformed.connector.api.ConnectorProvider;
import org.apiguardian.api.API;

/**
 * Makes {@link Os2moConnector}s; found by {@link java.util.ServiceLoader} under the name {@code os2mo}.
 *
 * <pre>{@code
 * Connector os2mo = Connectors.open("os2mo", Map.of(
 *     "base_url", "https://os2mo.kommune.dk",
 *     "auth_url", "https://os2mo.kommune.dk",
 *     "client_id", "datainformed",
 *     "client_secret", System.getenv("OS2MO_CLIENT_SECRET")));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Os2moConnectorProvider implements ConnectorProvider {

  /** The connector's name. */
  public static final String NAME = "os2mo";

  /**
   * The GraphQL schema version asked for by default. OS2mo serves its GraphQL schema under
   * {@code /graphql/vN} and raises N on each breaking change (its migration guide, docs/src/tech-docs/
   * graphql/migration.md in OS2mo/os2mo, documents them up to version 20); the query used here works
   * from version 14, when filters moved into a {@code filter} object.
   */
  public static final int DEFAULT_GRAPHQL_VERSION = 20;

  private static final ConfigSpec SPEC = ConfigSpec.builder(NAME)
      .required("base_url", ConfigType.URL, "OS2mo's address; GraphQL is POSTed to {base_url}/graphql/v{graphql_version}")
      .required("auth_url", ConfigType.URL,
          "Keycloak's address; tokens come from {auth_url}/auth/realms/{realm}/protocol/openid-connect/token")
      .optional("realm", ConfigType.TEXT, "mo", "The Keycloak realm of OS2mo")
      .optional("token_url", ConfigType.URL,
          "The full token endpoint, when it is not under auth_url (newer Keycloak without /auth)")
      .required("client_id", ConfigType.TEXT, "The Keycloak client that may read OS2mo")
      .required("client_secret", ConfigType.SECRET, "The Keycloak client's secret")
      .optional("graphql_version", ConfigType.INTEGER, Integer.toString(DEFAULT_GRAPHQL_VERSION),
          "The GraphQL schema version to ask for, the N of /graphql/vN")
      .optional("page_size", ConfigType.INTEGER, "500", "Organisation units per page (GraphQL limit)")
      .optional("max_pages", ConfigType.INTEGER, "100000", "The most pages one read may take, a guard against loops")
      .optional("connect_timeout", ConfigType.DURATION, "10s", "How long to wait for a connection")
      .optional("request_timeout", ConfigType.DURATION, "60s", "How long one request may take")
      .optional("max_attempts", ConfigType.INTEGER, "5",
          "Attempts per request, the first included; 429, 502, 503, 504 and timeouts are retried")
      .optional("initial_backoff", ConfigType.DURATION, "500ms", "The ceiling of the wait before the first retry")
      .build();

  /** For ServiceLoader. */
  public Os2moConnectorProvider() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Organisation units and their validity history (renames, moves, closures) from OS2mo's GraphQL API";
  }

  @Override
  public ConfigSpec configSpec() {
    return SPEC;
  }

  @Override
  public Connector open(ConnectorConfig config) {
    return new Os2moConnector(config);
  }
}
