package dk.datainformed.connector.api.http;

import dk.datainformed.connector.api.ConnectorException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apiguardian.api.API;

/**
 * Reads a paged API as one lazy stream, one page in memory at a time.
 *
 * <p>Two shapes are common: a cursor that the source hands back with each page (OS2mo's GraphQL
 * {@code page_info { next_cursor }}, null at the end), and offset and limit. A source that hands
 * back the same cursor twice, or more pages than the limit, ends the stream with an error instead
 * of looping forever.
 *
 * <pre>{@code
 * Stream<OrgUnit> units = Paging.byCursor(cursor -> fetchPage(cursor), 10_000);
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Paging {

  private Paging() {}

  /**
   * One page of a cursor-paged answer.
   *
   * @param items the page's items
   * @param nextCursor the cursor of the next page; empty on the last page
   * @param <T> the item type
   */
  public record CursorPage<T>(List<T> items, Optional<String> nextCursor) {
    /**
     * Creates the page.
     *
     * @param items the page's items
     * @param nextCursor the cursor of the next page; empty on the last page
     */
    public CursorPage {
      items = List.copyOf(items);
      Objects.requireNonNull(nextCursor, "nextCursor");
    }
  }

  /**
   * Streams the items of a cursor-paged source. The first call gets an empty cursor.
   *
   * @param fetch reads the page at a cursor
   * @param maxPages the most pages to read before failing, a guard against a source that never ends
   * @param <T> the item type
   * @return the items of every page, fetched as the stream is consumed
   */
  public static <T> Stream<T> byCursor(Function<Optional<String>, CursorPage<T>> fetch, int maxPages) {
    Objects.requireNonNull(fetch, "fetch");
    positive(maxPages);
    Iterator<List<T>> pages =
        new Iterator<>() {
          private Optional<String> cursor = Optional.empty();
          private boolean done;
          private int read;

          @Override
          public boolean hasNext() {
            return !done;
          }

          @Override
          public List<T> next() {
            if (done) {
              throw new NoSuchElementException();
            }
            if (read == maxPages) {
              throw new ConnectorException(
                  "The source sent more than " + maxPages + " pages; raise maxPages if that is expected");
            }
            CursorPage<T> page = Objects.requireNonNull(fetch.apply(cursor), "fetch returned no page");
            read++;
            if (page.nextCursor().isEmpty()) {
              done = true;
            } else if (page.nextCursor().equals(cursor)) {
              throw new ConnectorException(
                  "The source sent the same page cursor twice (after page " + read + "); stopping to avoid a loop");
            }
            cursor = page.nextCursor();
            return page.items();
          }
        };
    return flatten(pages);
  }

  /**
   * Reads a page at an offset.
   *
   * @param <T> the item type
   */
  @FunctionalInterface
  public interface OffsetFetch<T> {
    /**
     * Reads the items from {@code offset}, at most {@code limit} of them.
     *
     * @param offset the number of items before this page
     * @param limit the page size
     * @return the page's items; fewer than {@code limit} on the last page
     */
    List<T> fetch(long offset, int limit);
  }

  /**
   * Streams the items of an offset-paged source; stops at the first page shorter than the page size.
   *
   * @param fetch reads a page
   * @param pageSize the page size, at least 1
   * @param maxPages the most pages to read before failing
   * @param <T> the item type
   * @return the items of every page, fetched as the stream is consumed
   */
  public static <T> Stream<T> byOffset(OffsetFetch<T> fetch, int pageSize, int maxPages) {
    Objects.requireNonNull(fetch, "fetch");
    if (pageSize < 1) {
      throw new IllegalArgumentException("page size (" + pageSize + ") must be at least 1");
    }
    positive(maxPages);
    Iterator<List<T>> pages =
        new Iterator<>() {
          private long offset;
          private boolean done;
          private int read;

          @Override
          public boolean hasNext() {
            return !done;
          }

          @Override
          public List<T> next() {
            if (done) {
              throw new NoSuchElementException();
            }
            if (read == maxPages) {
              throw new ConnectorException(
                  "The source sent more than " + maxPages + " pages; raise maxPages if that is expected");
            }
            List<T> items = List.copyOf(fetch.fetch(offset, pageSize));
            read++;
            if (items.size() > pageSize) {
              throw new ConnectorException(
                  "The source sent " + items.size() + " items for a page of " + pageSize + " at offset " + offset);
            }
            offset += items.size();
            done = items.size() < pageSize;
            return items;
          }
        };
    return flatten(pages);
  }

  private static <T> Stream<T> flatten(Iterator<List<T>> pages) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false)
        .flatMap(List::stream);
  }

  private static void positive(int maxPages) {
    if (maxPages < 1) {
      throw new IllegalArgumentException("max pages (" + maxPages + ") must be at least 1");
    }
  }
}
