package dk.datainformed.examples.payroll;

import dk.datainformed.connector.api.ConnectorProvider;
import dk.datainformed.connector.testkit.ConnectorContractTest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The contract every connector keeps, run against the payroll export connector. */
class PayrollExportContractTest extends ConnectorContractTest {

  @TempDir Path folder;

  @Override
  protected ConnectorProvider provider() {
    return new PayrollExportProvider();
  }

  @Override
  protected Map<String, String> validConfig() {
    Path good = ExportFiles.good(folder.resolve("good"), 7);
    return Map.of("folder", good.toString(), "checkpoint_every", "3");
  }

  @Override
  protected Map<String, String> unreachableConfig() {
    return Map.of("folder", folder.resolve("no-such-folder").toString());
  }

  @Override
  protected Map<String, String> malformedConfig() {
    return Map.of("folder", ExportFiles.withBrokenRow(folder.resolve("broken")).toString());
  }
}
