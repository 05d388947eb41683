package dk.datainformed.connector.os2mo.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.testkit.Leaks;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzz target of OS2mo's GraphQL answers (docs/fuzzing.md): any bytes as one page of {@code
 * org_units} give the page's rows, good or bad, or the connector's own {@link ConnectorException},
 * never a planted CPR number in a row, a message or a cause. {@code CPR} in the input becomes the
 * planted number.
 */
class Os2moAnswersFuzzTest {
  static final String CPR = "0101901234";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final URI API = URI.create("http://127.0.0.1:1/graphql/v20");

  @FuzzTest(maxDuration = "10m")
  void orgUnitPage(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8).replace("CPR", CPR);
    try {
      OrgUnitPages.Page page = OrgUnitPages.parse(JSON, "org_units", API, text, data.length % 2 == 0, "page 1");
      for (OrgUnitPages.Row row : page.rows()) {
        if (row instanceof OrgUnitPages.Bad bad) {
          Leaks.assertNoneIn("a bad row's reason", bad.reason() + " " + bad.position(), List.of(CPR, "010190-1234"));
        } else {
          Leaks.assertNoneIn("a good row", row.toString(), List.of(CPR, "010190-1234"));
        }
      }
    } catch (ConnectorException e) {
      Leaks.assertNoneOf(e, CPR, "010190-1234");
    }
  }
}
