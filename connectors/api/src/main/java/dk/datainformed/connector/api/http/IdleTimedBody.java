package dk.datainformed.connector.api.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body read as an {@link InputStream} that fails when no data arrives for a while.
 *
 * <p>The JDK's own {@code ofInputStream} waits for ever when an answer starts and then stalls; this
 * one throws an {@link HttpTimeoutException} after {@code idle} without data, so that a stalled
 * answer is treated like a dropped one: {@link ResilientHttpClient#fetchText} sends it again, and a
 * streaming reader (Statistikbank's BULK) sends it again and skips the rows it delivered. It asks the connection
 * for one chunk at a time, so memory stays at a chunk or two whatever the answer's size.
 */
final class IdleTimedBody extends InputStream implements HttpResponse.BodySubscriber<InputStream> {

  private static final List<ByteBuffer> END = List.of();

  private final long idleNanos;
  private final BlockingQueue<Object> chunks = new LinkedBlockingQueue<>();
  private volatile Flow.Subscription subscription;
  private Iterator<ByteBuffer> buffers = END.iterator();
  private ByteBuffer current;
  private boolean ended;
  private volatile boolean closed;

  IdleTimedBody(Duration idle) {
    this.idleNanos = idle.toNanos();
  }

  @Override
  public CompletionStage<InputStream> getBody() {
    return CompletableFuture.completedFuture(this);
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (closed) {
      s.cancel();
    } else {
      s.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    chunks.add(item);
  }

  @Override
  public void onError(Throwable failure) {
    chunks.add(failure);
  }

  @Override
  public void onComplete() {
    chunks.add(END);
  }

  /** The next buffer with bytes left, or null at the end of the body. */
  private ByteBuffer buffer() throws IOException {
    while (current == null || !current.hasRemaining()) {
      if (buffers.hasNext()) {
        current = buffers.next();
        continue;
      }
      if (ended) {
        return null;
      }
      if (closed) {
        throw new IOException("the body was closed");
      }
      Object next;
      try {
        next = chunks.poll(idleNanos, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for the answer", e);
      }
      if (next == null) {
        close();
        throw new HttpTimeoutException("no data arrived for " + Duration.ofNanos(idleNanos).toMillis() + " ms");
      }
      if (next instanceof Throwable) {
        throw new IOException("the answer broke off: " + next, (Throwable) next);
      }
      if (next == END) {
        ended = true;
        return null;
      }
      @SuppressWarnings("unchecked")
      List<ByteBuffer> list = (List<ByteBuffer>) next;
      buffers = list.iterator();
      subscription.request(1);
    }
    return current;
  }

  @Override
  public int read() throws IOException {
    ByteBuffer b = buffer();
    return b == null ? -1 : b.get() & 0xFF;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    ByteBuffer b = buffer();
    if (b == null) {
      return -1;
    }
    int n = Math.min(length, b.remaining());
    b.get(into, offset, n);
    return n;
  }

  @Override
  public void close() {
    closed = true;
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
  }
}
