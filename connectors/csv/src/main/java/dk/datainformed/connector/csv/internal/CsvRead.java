package dk.datainformed.connector.csv.internal;

import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.MalformedSourceException;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.core.record.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * One read of the stream: the files in name order, row after row, with checkpoints every {@code
 * checkpoint_every} rows and at the end of each file. Lazy: a file is opened when the previous one
 * is done, and one row's events are produced at a time.
 */
final class CsvRead extends Spliterators.AbstractSpliterator<ReadEvent> implements AutoCloseable {

  static final String FILE = "file";
  static final String OFFSET = "offset";
  static final String LINE = "line";

  /** How long a worker of a chunked read waits for work before its thread ends. */
  private static final long IDLE_WORKER_SECONDS = 5;

  private final CsvConnector connector;
  private final CsvSettings settings;
  private final String stream;
  private final Schema schema;
  private final List<Path> files;
  private final Optional<Checkpoint> from;
  private final ArrayDeque<ReadEvent> pending = new ArrayDeque<>();

  private int next;
  private CsvFile current;
  private RowReader rows;
  private ColumnMapping mapping;
  /** The current file read in chunks by several threads, or null when it is read by this one. */
  private ChunkedFile chunked;
  /** The chunk being handed on, the next item of it, and what moves its positions to the file's. */
  private ChunkedFile.Chunk handing;
  private int handingIndex;
  private long offsetShift;
  private long lineShift;
  private ExecutorService workers;
  private int rowsSinceCheckpoint;
  private RuntimeException failure;
  private boolean done;

  CsvRead(CsvConnector connector, String stream, Schema schema, List<Path> files, Optional<Checkpoint> from) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.connector = connector;
    this.settings = connector.settings();
    this.stream = stream;
    this.schema = schema;
    this.files = files;
    this.from = from;
  }

  @Override
  public boolean tryAdvance(Consumer<? super ReadEvent> action) {
    while (true) {
      if (!pending.isEmpty()) {
        action.accept(pending.poll());
        return true;
      }
      if (handing != null) {
        ReadEvent event = nextOfChunk();
        if (event != null) {
          action.accept(event);
          return true;
        }
      } else if (failure == null && !done) {
        ReadEvent event = advance();
        if (event != null) {
          action.accept(event);
          return true;
        }
      } else {
        break;
      }
    }
    if (failure != null) {
      RuntimeException thrown = failure;
      failure = null;
      done = true;
      close();
      throw thrown;
    }
    return false;
  }

  /**
   * Moves the read on by a row, a chunk or a file.
   *
   * @return the row's record, when it can be handed on at once; else null, and what there is to
   *     hand on is in {@code pending}
   */
  private ReadEvent advance() {
    if (current == null) {
      if (next >= files.size()) {
        done = true;
        close();
        return null;
      }
      openFile(files.get(next++));
      return null;
    }
    try {
      if (chunked != null) {
        handOnChunk();
        return null;
      }
      return readRow();
    } catch (JacksonException e) {
      if (rows != null && !isEncodingError(e)) {
        resynchronise(e);
      } else {
        TokenStreamLocation at = current.parser().currentLocation();
        fileFailed(current.name(), current.line(at), reasonOf(e));
      }
      return null;
    } catch (UncheckedIOException e) {
      TokenStreamLocation at = current.parser().currentLocation();
      fileFailed(current.name(), current.line(at), reasonOf(e));
      return null;
    }
  }

  private static boolean isEncodingError(Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof CharacterCodingException) {
        return true;
      }
    }
    return false;
  }

  /**
   * After a row the parser cannot read (mostly an unclosed quote, which would swallow the rest of
   * the file): reports it at the line where the row starts, and goes on at the next line that
   * parses on its own as a row with the header's number of fields. The lines in between are the
   * malformed event's raw text (up to {@code max_line_length}); nothing is dropped silently. With no
   * such line, the rest of the file is that one malformed event.
   */
  private void resynchronise(JacksonException e) {
    Path file = current.path();
    FileFormat format = current.format();
    long from = rows.nextRowLine();
    long badLine = -1;
    long goodLine = -1;
    long goodOffset = -1;
    boolean quote = false;
    StringBuilder raw = new StringBuilder();
    try (LineScanner lines = current.lines(settings.maxLineLength())) {
      while (lines.next()) {
        if (lines.line() < from || (badLine < 0 && lines.isEmpty())) {
          continue;
        }
        String text = lines.text();
        if (badLine < 0) {
          badLine = lines.line();
          quote = text == null || text.indexOf('"') >= 0;
        } else if (text != null && parsesAsRow(text, format.separator())) {
          goodLine = lines.line();
          goodOffset = lines.offset();
          break;
        }
        if (raw.length() < settings.maxLineLength()) {
          raw.append(raw.length() == 0 ? "" : "\n").append(text == null ? "" : text);
          raw.setLength(Math.min(raw.length(), settings.maxLineLength()));
        }
      }
    } catch (IOException | UncheckedIOException | JacksonException scan) {
      goodLine = -1;
    }
    String name = current.name();
    String reason = quote && !(e instanceof StreamConstraintsException)
        ? "a quoted value opens on this line and is never closed (a '\"' without its closing pair)"
        : reasonOf(e);
    long line = badLine > 0 ? badLine : from;
    if (goodLine < 0) {
      fileFailed(name, line, reason);
      return;
    }
    closeFile();
    bad(position(name, line), reason + "; lines " + line + " to " + (goodLine - 1)
        + " are skipped and reading goes on at line " + goodLine, raw.toString());
    if (failure != null) {
      return;
    }
    try {
      current = CsvFile.open(file, format, connector.csvReader(format.separator()), settings, goodOffset, goodLine);
    } catch (IOException | UncheckedIOException | JacksonException | IllegalArgumentException reopen) {
      fileFailed(name, goodLine, reasonOf(reopen));
      return;
    }
    rows = new RowReader(current, mapping, schema, settings, null);
  }

  /** Whether a line read alone is one whole row with the header's number of fields. */
  private boolean parsesAsRow(String line, char separator) {
    try (tools.jackson.core.JsonParser parser = connector.csvReader(separator).createParser(line)) {
      int fields = 0;
      if (parser.nextToken() != tools.jackson.core.JsonToken.START_ARRAY
          || parser.nextToken() != tools.jackson.core.JsonToken.START_ARRAY) {
        return false;
      }
      while (parser.nextToken() == tools.jackson.core.JsonToken.VALUE_STRING) {
        fields++;
      }
      return parser.currentToken() == tools.jackson.core.JsonToken.END_ARRAY
          && parser.nextToken() != tools.jackson.core.JsonToken.START_ARRAY
          && fields == mapping.columns();
    } catch (JacksonException notARow) {
      return false;
    }
  }

  private void openFile(Path file) {
    String name = file.getFileName().toString();
    long offset = 0;
    long line = 1;
    if (from.isPresent() && from.get().get(FILE).equals(name)) {
      offset = number(from.get(), OFFSET);
      line = number(from.get(), LINE);
    }
    FileFormat format = null;
    long size;
    try {
      size = Files.size(file);
      if (size > settings.maxFileSize()) {
        fileFailed(name, 0, "the file has " + size + " bytes, more than max_file_size (" + settings.maxFileSize()
            + " bytes)");
        return;
      }
      if (offset > size || line > offset + 1) {
        // A row starts after its line's predecessors' line breaks, a byte each at least, and inside the file.
        throw new ConnectorException("The checkpoint of stream '" + from.orElseThrow().stream() + "' is not a"
            + " position in the file " + Shown.name(name) + " of " + size + " bytes (its line is beyond its offset,"
            + " or its offset beyond the end): was the file replaced? Start a new read without the checkpoint");
      }
      format = FileFormat.detect(file, settings);
      current = CsvFile.open(file, format, connector.csvReader(format.separator()), settings, offset, line);
    } catch (NoSuchFileException e) {
      return;
    } catch (IOException | UncheckedIOException | JacksonException e) {
      fileFailed(name, 1, reasonOf(e, format == null ? "the detected encoding" : format.charset().name(),
          settings.maxLineLength()));
      return;
    } catch (IllegalArgumentException e) {
      fileFailed(name, 1, e.getMessage());
      return;
    }
    if (current.header().isEmpty()) {
      endOfFile();
      return;
    }
    try {
      mapping = ColumnMapping.of(current.header(), schema);
    } catch (IllegalArgumentException e) {
      fileFailed(name, 1, e.getMessage());
      return;
    }
    if (!ChunkedFile.suits(format, size, settings)) {
      rows = new RowReader(current, mapping, schema, settings, null);
    } else {
      try {
        chunked = ChunkedFile.start(file, format, connector.csvReader(format.separator()), schema, current.header(),
            mapping, settings, stream, workers(), size, offset, line);
      } catch (IOException | UncheckedIOException e) {
        fileFailed(name, 1, reasonOf(e));
      }
    }
  }

  private ExecutorService workers() {
    if (workers == null) {
      AtomicInteger count = new AtomicInteger();
      // The calling thread parses too, while it waits for the next chunk (see ChunkedFile).
      ThreadPoolExecutor pool = new ThreadPoolExecutor(settings.threads() - 1, settings.threads() - 1,
          IDLE_WORKER_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "datainformed-csv-" + stream + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });
      // A read whose stream is dropped without being closed leaves no thread behind for long.
      pool.allowCoreThreadTimeOut(true);
      workers = pool;
    }
    return workers;
  }

  /**
   * Starts handing on the next chunk of a file read in chunks (see {@link #nextOfChunk}). A chunk
   * that could not be parsed ends the chunked read: the rest of the file is read by this thread
   * from that chunk's start (see {@link ChunkedFile}).
   */
  private void handOnChunk() {
    ChunkedFile.Chunk chunk = chunked.next();
    if (chunk == null) {
      pending.add(checkpointEvent(chunked.position(), chunked.positionLine()));
      rowsSinceCheckpoint = 0;
      closeFile();
      return;
    }
    if (chunk.failure() != null) {
      readOnAlone();
      return;
    }
    if (rowsSinceCheckpoint > 0) {
      // The chunk counted its rows to a checkpoint from its start: make its start one.
      pending.add(checkpointEvent(chunked.position(), chunked.positionLine()));
      rowsSinceCheckpoint = 0;
    }
    handing = chunk;
    handingIndex = 0;
    offsetShift = chunked.offsetShift();
    lineShift = chunked.lineShift();
  }

  /**
   * The next event of the chunk being handed on, its positions moved to the file's frame; null
   * when the chunk is done or a bad row stopped the read (then the reason is in {@code pending} or
   * {@code failure}).
   */
  private ReadEvent nextOfChunk() {
    List<Object> items = handing.items();
    while (handingIndex < items.size()) {
      Object item = items.get(handingIndex++);
      if (item instanceof ReadEvent.Read) {
        rowsSinceCheckpoint++;
        return (ReadEvent.Read) item;
      }
      if (item instanceof ChunkedFile.Mark) {
        ChunkedFile.Mark mark = (ChunkedFile.Mark) item;
        rowsSinceCheckpoint = 0;
        return checkpointEvent(offsetShift + mark.offset(), lineShift + mark.line());
      }
      ChunkedFile.BadRow row = (ChunkedFile.BadRow) item;
      rowsSinceCheckpoint++;
      bad(position(current.name(), lineShift + row.line()), row.reason(), row.raw());
      return null;
    }
    chunked.passed(handing);
    handing = null;
    return null;
  }

  /** Reads the rest of the current file with this thread, from the chunk that could not be parsed. */
  private void readOnAlone() {
    long offset = chunked.position();
    long line = chunked.positionLine();
    Path file = current.path();
    FileFormat format = current.format();
    closeFile();
    try {
      current = CsvFile.open(file, format, connector.csvReader(format.separator()), settings, offset, line);
    } catch (IOException | UncheckedIOException | JacksonException | IllegalArgumentException e) {
      fileFailed(file.getFileName().toString(), line, reasonOf(e, format.charset().name(), settings.maxLineLength()));
      return;
    }
    rows = new RowReader(current, mapping, schema, settings, null);
  }

  private static long number(Checkpoint checkpoint, String part) {
    String text = checkpoint.get(part);
    try {
      long value = Long.parseLong(text);
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConnectorException("The checkpoint of stream '" + checkpoint.stream() + "' has " + part + " '" + Shown.clip(String.valueOf(text))
        + "', which is not a position in a file: was it written by another connector?");
  }

  /** Reads a row: its record, or null when the row's events (or the end of the file) went to pending. */
  private ReadEvent readRow() {
    int kind = rows.next();
    if (kind == RowReader.END) {
      endOfFile();
      return null;
    }
    boolean checkpoint = rows.hasStart() && rowsSinceCheckpoint >= settings.checkpointEvery();
    if (checkpoint) {
      pending.add(checkpointEvent(rows.startOffset(), rows.line()));
      rowsSinceCheckpoint = 0;
    }
    rowsSinceCheckpoint++;
    if (kind == RowReader.GOOD) {
      ReadEvent.Read read = new ReadEvent.Read(stream, rows.record());
      if (!checkpoint) {
        return read;
      }
      pending.add(read);
    } else {
      bad(position(current.name(), rows.line()), rows.reason(), rows.rawRow());
    }
    return null;
  }

  private void endOfFile() {
    TokenStreamLocation at = current.parser().currentLocation();
    pending.add(checkpointEvent(current.endOffset(), current.line(at)));
    rowsSinceCheckpoint = 0;
    closeFile();
  }

  private Checkpoint checkpoint(long offset, long line) {
    return new Checkpoint(stream, Map.of(
        FILE, current.name(), OFFSET, Long.toString(offset), LINE, Long.toString(line)));
  }

  private ReadEvent.Checkpointed checkpointEvent(long offset, long line) {
    return new ReadEvent.Checkpointed(checkpoint(offset, line));
  }

  /** A file that cannot be read on: reported or thrown, and the rest of it is skipped. */
  private void fileFailed(String name, long line, String reason) {
    closeFile();
    bad(position(name, line), reason, "");
  }

  /** A position in a file, as a malformed event or message shows it: the file's name masked if CPR-like. */
  private static String position(String fileName, long line) {
    String shown = Shown.name(fileName);
    return line > 0 ? shown + ", line " + line : shown;
  }

  private void bad(String position, String reason, String rawRow) {
    if (settings.stopOnError()) {
      failure = new MalformedSourceException(stream, position, reason);
      closeFile();
    } else {
      pending.add(new ReadEvent.Malformed(stream, position, reason, rawRow));
    }
  }

  private String reasonOf(Exception e) {
    return reasonOf(e, current == null ? "the detected encoding" : current.format().charset().name(),
        settings.maxLineLength());
  }

  /** Why a file could not be read on, for a message: the limit or encoding named, values masked. */
  static String reasonOf(Exception e, String charset, int maxLineLength) {
    Throwable cause = e;
    while (cause != null) {
      if (cause instanceof CharacterCodingException) {
        return "the file is not valid " + charset + " text; set 'encoding' to the file's character set";
      }
      if (cause instanceof StreamConstraintsException) {
        return "a value is longer than max_line_length (" + maxLineLength + " characters)";
      }
      cause = cause.getCause();
    }
    if (e instanceof JacksonException j) {
      return "the CSV cannot be parsed: " + Shown.clip(String.valueOf(j.getOriginalMessage()));
    }
    return "the file cannot be read: " + Shown.clip(String.valueOf(e.getMessage()));
  }

  private void closeFile() {
    handing = null;
    if (chunked != null) {
      chunked.close();
      chunked = null;
    }
    if (current != null) {
      CsvFile file = current;
      current = null;
      rows = null;
      file.close();
    }
  }

  @Override
  public void close() {
    closeFile();
    if (workers != null) {
      workers.shutdownNow();
      workers = null;
    }
  }
}
