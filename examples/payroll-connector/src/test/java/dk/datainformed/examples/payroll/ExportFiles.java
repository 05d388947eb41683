package dk.datainformed.examples.payroll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes synthetic export files (the CPR numbers are made up and obviously synthetic). */
final class ExportFiles {

  private ExportFiles() {}

  /** Three nights of exports with {@code rowsPerNight} rows each, all readable. */
  static Path good(Path folder, int rowsPerNight) {
    for (int night = 1; night <= 3; night++) {
      List<String> rows = new ArrayList<>();
      for (int i = 0; i < rowsPerNight; i++) {
        rows.add(String.format("%02d0190-%04d;00%02d;0%d-01-2024;EGEN;7,40", 1 + i % 28, 1000 + i, 40 + i % 3, night));
      }
      write(folder.resolve("fravaer-2024010" + night + ".txt"), rows);
    }
    return folder;
  }

  /** One night whose third row has an impossible date and whose fifth has an impossible CPR number. */
  static Path withBrokenRow(Path folder) {
    write(folder.resolve("fravaer-20240101.txt"),
        List.of("010190-1234;0042;01-01-2024;EGEN;7,40", "020190-1234;0042;01-01-2024;BARN;3,70",
            "030190-1234;0042;31-02-2024;EGEN;7,40", "040190-1234;0043;01-01-2024;EGEN;7,40",
            "320190-1234;0043;01-01-2024;EGEN;7,40"));
    return folder;
  }

  static void write(Path file, List<String> rows) {
    List<String> lines = new ArrayList<>();
    lines.add("# LF-EKSPORT v2");
    lines.add("medarbejder;enhed;dato;aarsag;timer");
    lines.addAll(rows);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
