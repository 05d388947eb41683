package dk.datainformed.examples.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.Connectors;
import dk.datainformed.connector.api.MalformedSourceException;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.core.record.Record;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayrollExportConnectorTest {

  @TempDir Path folder;

  @Test
  void readsEveryRowWithItsTypes() {
    ExportFiles.withBrokenRow(folder);
    try (Connector connector = Connectors.open("payroll-export", Map.of("folder", folder.toString()));
        Stream<ReadEvent> events = connector.read(ReadRequest.all())) {
      List<ReadEvent> all = events.collect(Collectors.toList());
      List<Record> records = all.stream().filter(e -> e instanceof ReadEvent.Read)
          .map(e -> ((ReadEvent.Read) e).record()).collect(Collectors.toList());
      assertEquals(3, records.size());
      Record first = records.get(0);
      assertEquals("0042", first.getText(1));
      assertEquals(LocalDate.of(2024, 1, 1), first.getDate(2));
      assertEquals(7.4, first.getDouble(4), 1e-9);
      List<ReadEvent.Malformed> bad = all.stream().filter(e -> e instanceof ReadEvent.Malformed)
          .map(e -> (ReadEvent.Malformed) e).collect(Collectors.toList());
      assertEquals(2, bad.size());
      assertEquals("fravaer-20240101.txt, line 5", bad.get(0).position());
      assertEquals("dato '31-02-2024' is not a date DD-MM-YYYY", bad.get(0).reason());
      assertEquals("fravaer-20240101.txt, line 7", bad.get(1).position());
      assertTrue(bad.get(1).reason().startsWith("medarbejder '320190-****'"), bad.get(1).reason());
      assertFalse(bad.get(1).reason().contains("3201901234"), "a CPR number must never appear whole in a reason");
      assertFalse(bad.get(1).toString().contains("3201901234"));
    }
  }

  @Test
  void stopsAtTheFirstBadRowWhenToldTo() {
    ExportFiles.withBrokenRow(folder);
    try (Connector connector =
        Connectors.open("payroll-export", Map.of("folder", folder.toString(), "on_error", "stop"))) {
      MalformedSourceException e = assertThrows(MalformedSourceException.class,
          () -> connector.read(ReadRequest.all()).count());
      assertEquals("fravaer-20240101.txt, line 5", e.position());
    }
  }
}
