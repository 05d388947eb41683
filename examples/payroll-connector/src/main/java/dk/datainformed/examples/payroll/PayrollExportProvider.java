package dk.datainformed.examples.payroll;

import dk.datainformed.connector.api.ConfigSpec;
import dk.datainformed.connector.api.ConfigType;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorConfig;
import dk.datainformed.connector.api.ConnectorProvider;
import java.util.List;

/**
 * Makes {@link PayrollExportConnector}s. Registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services/dk.datainformed.connector.api.ConnectorProvider}.
 */
public final class PayrollExportProvider implements ConnectorProvider {

  static final ConfigSpec SPEC =
      ConfigSpec.builder("payroll-export")
          .required("folder", ConfigType.PATH, "The folder the payroll system writes its nightly fravaer-*.txt files to")
          .optional("checkpoint_every", ConfigType.INTEGER, "1000", "Rows between checkpoints")
          .choice("on_error", List.of("report", "stop"), "report",
              "What to do with a row that cannot be read: report it and go on, or stop the read")
          .build();

  /** For ServiceLoader. */
  public PayrollExportProvider() {}

  @Override
  public String name() {
    return "payroll-export";
  }

  @Override
  public String description() {
    return "Absence rows from the payroll system's nightly export (fictional format LF-EKSPORT v2)";
  }

  @Override
  public ConfigSpec configSpec() {
    return SPEC;
  }

  @Override
  public Connector open(ConnectorConfig config) {
    return new PayrollExportConnector(config);
  }
}
