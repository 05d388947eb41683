package dk.datainformed.connector.csv;

import dk.datainformed.connector.api.ConnectorProvider;
import dk.datainformed.connector.testkit.ConnectorContractTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The connector contract, over a folder of three Danish-profile files with checkpoints every 4 rows. */
class CsvContractTest extends ConnectorContractTest {

  @TempDir Path folder;

  Path good;
  Path broken;

  @BeforeEach
  void writeFiles() throws Exception {
    good = java.nio.file.Files.createDirectory(folder.resolve("good"));
    broken = java.nio.file.Files.createDirectory(folder.resolve("broken"));
    for (int file = 1; file <= 3; file++) {
      StringBuilder text = new StringBuilder("Enhed;CPR;Timer;Dato;Note\r\n");
      for (int row = 1; row <= 10; row++) {
        text.append(String.format("%04d;%02d0190-%04d;%d,%d;%02d-0%d-2024;\"Sygdom; dag %d\"\r\n",
            40 + row, row, 1000 + row, row, file, row, file, row));
      }
      CsvFixtures.write(good, "fravaer-2024-0" + file + ".csv", text.toString(), CsvFixtures.WINDOWS_1252);
    }
    CsvFixtures.write(broken, "fravaer.csv", "Enhed;Timer\n0042;7,4\n0043;syv\n0044\n", StandardCharsets.UTF_8);
  }

  @Override
  protected ConnectorProvider provider() {
    return new CsvConnectorProvider();
  }

  @Override
  protected Map<String, String> validConfig() {
    return Map.of("path", good.toString(), "checkpoint_every", "4");
  }

  @Override
  protected Map<String, String> unreachableConfig() {
    return Map.of("path", folder.resolve("no-such-folder").toString());
  }

  @Override
  protected Map<String, String> malformedConfig() {
    return Map.of("path", broken.toString(), "on_error", "report",
        "schema", "{\"fields\":[{\"name\":\"enhed\",\"type\":\"category\",\"nullable\":false},"
            + "{\"name\":\"timer\",\"type\":\"decimal\",\"nullable\":false}]}");
  }
}
