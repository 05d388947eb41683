package dk.datainformed.connector.csv.internal;

import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.core.record.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.Iterator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;

/**
 * One file read by several threads: cut into chunks of about {@code chunk_size} bytes at line
 * feeds, each chunk parsed on a worker into records, and the chunks handed on strictly in file
 * order, so that the consumer sees the same records, line numbers and checkpoints as from one
 * thread. At most {@value #CHUNKS_PER_THREAD} chunks per thread are in memory at a time.
 *
 * <p>A cut at a line feed is a row boundary unless the line feed sits inside a quoted value. Every
 * chunk is parsed on the assumption that it starts a row; the assumption holds for chunk {@code
 * k + 1} when chunk {@code k} parsed to its end without a CSV error, because a chunk that ends
 * inside quotes ends in one (a missing closing quote). So the first chunk that fails to parse, for
 * whatever reason, ends the chunked read: the caller reads on with one thread from that chunk's
 * start, which either reads the quoted line feed correctly or reports the real error where it is.
 */
final class ChunkedFile implements AutoCloseable {

  /** A bad row of a chunk, its line counted in the chunk's own frame. */
  record BadRow(long line, String reason, String raw) {}

  /** A checkpoint of a chunk, at a position in the chunk's own frame. */
  record Mark(long offset, long line) {}

  /**
   * What a worker made of one chunk: {@link ReadEvent.Read}, {@link BadRow} and checkpoint {@link
   * Mark} items in file order, and where the chunk ended, all in the chunk's frame. The first chunk's frame
   * is the file's; a later chunk counts lines from 1 and characters from 0 at its start. {@code
   * failure} is set when the chunk could not be parsed to its end.
   */
  record Chunk(List<Object> items, long endOffset, long endLine, RuntimeException failure) {}

  private final Path file;
  private final FileFormat format;
  private final ObjectReader csv;
  private final Schema schema;
  private final List<String> header;
  private final ColumnMapping mapping;
  private final CsvSettings settings;
  private final String stream;
  private final ExecutorService workers;
  private final long size;
  private final long startOffset;
  private final long startLine;
  /** How many chunks per thread are submitted or held at a time. */
  static final int CHUNKS_PER_THREAD = 4;

  private final ArrayDeque<FutureTask<Chunk>> inFlight = new ArrayDeque<>();
  private final Categories categories = new Categories();
  /** Where the next chunk to submit starts, in bytes. */
  private long nextStart;
  private boolean first = true;

  /** The character offset and line at which the next chunk handed on starts, in the file's frame. */
  private long offsetShift;
  private long lineShift;
  private boolean firstHandedOn = true;

  private ChunkedFile(Path file, FileFormat format, ObjectReader csv, Schema schema, List<String> header,
      ColumnMapping mapping, CsvSettings settings, String stream, ExecutorService workers, long size,
      long startByte, long startOffset, long startLine) {
    this.file = file;
    this.format = format;
    this.csv = csv;
    this.schema = schema;
    this.header = header;
    this.mapping = mapping;
    this.settings = settings;
    this.stream = stream;
    this.workers = workers;
    this.size = size;
    this.nextStart = startByte;
    this.startOffset = startOffset;
    this.startLine = startLine;
  }

  /** Whether a file of this format and size is worth reading in chunks with these settings. */
  static boolean suits(FileFormat format, long size, CsvSettings settings) {
    boolean splittable = format.charset().equals(StandardCharsets.UTF_8)
        || format.charset().newEncoder().maxBytesPerChar() == 1.0f;
    return settings.threads() > 1 && splittable && size > 2 * settings.chunkSize();
  }

  /**
   * Starts reading a file in chunks.
   *
   * @param header the file's header, as read by one thread; the first chunk must find the same
   * @param offset the character offset to start at (0, or a checkpoint's)
   * @param line the line at that offset
   */
  static ChunkedFile start(Path file, FileFormat format, ObjectReader csv, Schema schema, List<String> header,
      ColumnMapping mapping, CsvSettings settings, String stream, ExecutorService workers, long size,
      long offset, long line) throws IOException {
    long startByte = offset == 0 ? 0 : byteOffsetOf(file, format, offset);
    ChunkedFile chunked = new ChunkedFile(file, format, csv, schema, header, mapping, settings, stream, workers,
        size, startByte, offset, line);
    chunked.fill();
    return chunked;
  }

  /**
   * The next chunk in file order, waiting for its worker; null after the last.
   *
   * @return the chunk with its frame already moved to the file's: see {@link #offsetShift()}
   */
  Chunk next() {
    if (inFlight.isEmpty()) {
      return null;
    }
    FutureTask<Chunk> future = inFlight.peek();
    if (!future.isDone()) {
      helpWhileWaiting(future);
    }
    inFlight.poll();
    Chunk chunk;
    try {
      chunk = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectorException("The read of " + file.getFileName() + " was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("a chunk of " + file.getFileName() + " failed", cause);
    }
    if (chunk.failure() == null) {
      try {
        fill();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return chunk;
  }

  /**
   * What to add to the character offsets of the chunk {@link #next} returned last to get the
   * file's; 0 for the first chunk, whose frame is the file's.
   */
  long offsetShift() {
    return firstHandedOn ? 0 : offsetShift;
  }

  /** What to add to the line numbers of the chunk {@link #next} returned last to get the file's. */
  long lineShift() {
    return firstHandedOn ? 0 : lineShift;
  }

  /**
   * The file's character offset where the chunk to hand on next starts: before {@link #passed},
   * the one {@link #next} returned last; after the last chunk, the end of the file.
   */
  long position() {
    return firstHandedOn ? startOffset : offsetShift;
  }

  /** The file's line at {@link #position()}. */
  long positionLine() {
    return firstHandedOn ? startLine : lineShift + 1;
  }

  /** Moves the frame on past a chunk that was handed on whole. */
  void passed(Chunk chunk) {
    long endOffset = offsetShift() + chunk.endOffset();
    long endLine = lineShift() + chunk.endLine();
    offsetShift = endOffset;
    lineShift = endLine - 1;
    firstHandedOn = false;
  }

  /**
   * Parses, on the calling thread, chunks no worker has taken yet, the newest first, until the
   * chunk waited for is done or none is left to take: the caller is one of the {@code threads}
   * parsers, and a chunk it parsed itself is still in its cache when it is handed on. A task a
   * worker has started does nothing when run again, and a task run here does nothing when a worker
   * takes it from the queue later.
   */
  private void helpWhileWaiting(FutureTask<Chunk> waitedFor) {
    Iterator<FutureTask<Chunk>> newestFirst = inFlight.descendingIterator();
    while (!waitedFor.isDone() && newestFirst.hasNext()) {
      newestFirst.next().run();
    }
  }

  /**
   * Keeps {@link #CHUNKS_PER_THREAD} chunks per thread submitted, as far as the file goes: enough
   * that a worker finds a chunk queued while the calling thread hands on or parses one.
   */
  private void fill() throws IOException {
    while (inFlight.size() < CHUNKS_PER_THREAD * settings.threads() && nextStart < size) {
      long start = nextStart;
      long end = FileRange.nextLineStart(file, Math.min(size, start + settings.chunkSize()), size);
      boolean isFirst = first;
      first = false;
      nextStart = end;
      FutureTask<Chunk> task = new FutureTask<>(() -> parse(isFirst, start, end));
      inFlight.add(task);
      workers.execute(task);
    }
  }

  private Chunk parse(boolean isFirst, long start, long end) {
    List<Object> items = new ArrayList<>();
    CsvFile chunk = null;
    try {
      if (isFirst) {
        chunk = CsvFile.open(file, format, csv, settings, startOffset, startLine, end);
        if (!chunk.header().equals(header)) {
          return failed(items, new IllegalStateException("the header is longer than a chunk"));
        }
      } else {
        chunk = CsvFile.openChunk(file, format, csv, start, end);
      }
      RowReader rows = new RowReader(chunk, mapping, schema, settings, categories);
      int since = 0;
      int kind;
      while ((kind = rows.next()) != RowReader.END) {
        if (rows.hasStart() && since >= settings.checkpointEvery()) {
          items.add(new Mark(rows.startOffset(), rows.line()));
          since = 0;
        }
        since++;
        if (kind == RowReader.GOOD) {
          items.add(new ReadEvent.Read(stream, rows.record()));
        } else {
          items.add(new BadRow(rows.line(), rows.reason(), rows.rawRow()));
        }
      }
      return new Chunk(items, chunk.endOffset(), chunk.line(chunk.parser().currentLocation()), null);
    } catch (JacksonException | UncheckedIOException | IllegalStateException e) {
      return failed(items, e);
    } catch (IOException e) {
      return failed(items, new UncheckedIOException(e));
    } finally {
      if (chunk != null) {
        chunk.close();
      }
    }
  }

  private static Chunk failed(List<Object> items, RuntimeException e) {
    items.clear();
    return new Chunk(items, -1, -1, e);
  }

  /**
   * The byte position of a character offset: a checkpoint's offset counts characters. In a
   * single-byte character set they are the same; in UTF-8 the bytes before it are counted.
   */
  static long byteOffsetOf(Path file, FileFormat format, long charOffset) throws IOException {
    if (!format.charset().equals(StandardCharsets.UTF_8)) {
      return format.bomLength() + charOffset;
    }
    try (FileRange in = FileRange.open(file, format.bomLength(), Long.MAX_VALUE)) {
      byte[] buffer = new byte[1 << 16];
      long chars = 0;
      long position = format.bomLength();
      int n;
      while ((n = in.read(buffer, 0, buffer.length)) > 0) {
        for (int i = 0; i < n; i++) {
          int b = buffer[i];
          if ((b & 0xC0) != 0x80) {
            if (chars == charOffset) {
              return position + i;
            }
            chars += (b & 0xF8) == 0xF0 ? 2 : 1;
          }
        }
        position += n;
      }
      if (chars == charOffset) {
        return position;
      }
      throw new ConnectorException("The checkpoint's offset " + charOffset + " is past the end of "
          + file.getFileName() + ", which has " + chars + " characters: was the file replaced?");
    }
  }

  /** Stops the workers' chunks of this file that have not been handed on. */
  @Override
  public void close() {
    for (Future<Chunk> future : inFlight) {
      future.cancel(true);
    }
    inFlight.clear();
  }
}
