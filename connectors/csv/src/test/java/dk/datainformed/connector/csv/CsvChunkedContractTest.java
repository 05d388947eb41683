package dk.datainformed.connector.csv;

import java.util.HashMap;
import java.util.Map;

/**
 * The connector contract again, with each file read in chunks by two threads: chunks of a few rows,
 * so that the chunk boundaries fall before, inside and after quoted values.
 */
class CsvChunkedContractTest extends CsvContractTest {

  @Override
  protected Map<String, String> validConfig() {
    return chunked(super.validConfig(), "64");
  }

  @Override
  protected Map<String, String> malformedConfig() {
    return chunked(super.malformedConfig(), "8");
  }

  private static Map<String, String> chunked(Map<String, String> config, String chunkSize) {
    Map<String, String> withThreads = new HashMap<>(config);
    withThreads.put("threads", "2");
    withThreads.put("chunk_size", chunkSize);
    return Map.copyOf(withThreads);
  }
}
