package dk.datainformed.pipeline.internal;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.pipeline.PipelineException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The last check before a run publishes: every text file a writer put into the staging folder is
 * read line by line, and a CPR number standing in it ({@link CprDetector#find(CharSequence)}: a
 * real date, on its own, in any written form) stops the run. The library's own writers mask every
 * label; this catches a municipality's own writer that forgot to, whatever it wrote, before
 * anything is published. A file that is not UTF-8 text is read too, each byte that is not UTF-8
 * replaced: a CPR number written in ASCII digits into a binary file is found as well.
 *
 * <pre>{@code
 * OutputScan scan = new OutputScan(staging);
 * writer.write(publication, settings, staging);
 * scan.check(writer.format());   // throws PipelineException naming file, line and format
 * }</pre>
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class OutputScan {
  private final Path folder;
  /** The files already checked, with the size and time they had then. */
  private final Map<Path, String> checked = new HashMap<>();

  /**
   * A scan of a staging folder.
   *
   * @param folder the folder the writers write into
   */
  public OutputScan(Path folder) {
    this.folder = folder;
  }

  /**
   * Checks every file that is new or changed since the last check.
   *
   * @param format the format of the writer that has just written, for the message
   * @throws PipelineException when a file holds a CPR number, with the file, the line and the
   *     number masked
   * @throws IOException when a file cannot be read
   */
  public void check(String format) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      String stamp = Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
      if (!stamp.equals(checked.put(file, stamp))) {
        scan(file, format);
      }
    }
  }

  private void scan(Path file, String format) throws IOException {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        List<CprDetector.Found> found = CprDetector.find(line);
        if (!found.isEmpty()) {
          String name = folder.relativize(file).toString().replace('\\', '/');
          throw new PipelineException(
              "Output format '" + format + "' wrote a CPR number into " + name + ", line " + number + " ("
                  + CprDetector.mask(line.substring(found.get(0).start(), found.get(0).end())) + "); nothing was published. A writer must mask"
                  + " every label it writes with dk.datainformed.core.id.CprDetector.mask");
        }
      }
    }
  }
}
