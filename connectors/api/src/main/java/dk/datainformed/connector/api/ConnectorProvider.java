package dk.datainformed.connector.api;

import org.apiguardian.api.API;

/**
 * Makes connectors of one kind. Found at run time with {@link java.util.ServiceLoader}: declare it in
 * your module's {@code module-info.java} ({@code provides dk.datainformed.connector.api.ConnectorProvider
 * with your.Provider;}) and, for the class path, in
 * {@code META-INF/services/dk.datainformed.connector.api.ConnectorProvider}.
 *
 * <pre>{@code
 * public final class PayrollExportProvider implements ConnectorProvider {
 *   public String name() { return "payroll-export"; }
 *   public String description() { return "Absence days from our payroll system's nightly export"; }
 *   public ConfigSpec configSpec() { return SPEC; }
 *   public Connector open(ConnectorConfig config) { return new PayrollExportConnector(config); }
 * }
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface ConnectorProvider {

  /**
   * The connector's name, unique among providers: lower case, e.g. {@code csv} or {@code statbank}.
   *
   * @return the name
   */
  String name();

  /**
   * What the connector reads, for people choosing one.
   *
   * @return a sentence
   */
  String description();

  /**
   * The configuration the connector takes.
   *
   * @return the spec
   */
  ConfigSpec configSpec();

  /**
   * Makes a connector from a configuration that has passed {@link #configSpec()}.
   *
   * @param config the validated configuration
   * @return the connector; it may reach the source lazily, on {@link Connector#check()} or later
   */
  Connector open(ConnectorConfig config);
}
