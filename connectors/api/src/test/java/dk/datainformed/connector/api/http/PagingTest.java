package dk.datainformed.connector.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.http.Paging.CursorPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PagingTest {

  @Property
  void offsetPagingReturnsEveryItemOnceInOrder(
      @ForAll @IntRange(min = 0, max = 200) int total, @ForAll @IntRange(min = 1, max = 30) int pageSize) {
    List<Integer> source = IntStream.range(0, total).boxed().collect(Collectors.toList());

    List<Integer> read =
        Paging.byOffset(
                (offset, limit) -> source.subList((int) Math.min(offset, total), (int) Math.min(offset + limit, total)),
                pageSize,
                1_000)
            .collect(Collectors.toList());

    assertThat(read).isEqualTo(source);
  }

  @Property
  void cursorPagingReturnsEveryItemOnceInOrder(
      @ForAll @IntRange(min = 0, max = 200) int total, @ForAll @IntRange(min = 1, max = 30) int pageSize) {
    List<Integer> source = IntStream.range(0, total).boxed().collect(Collectors.toList());

    List<Integer> read =
        Paging.<Integer>byCursor(
                cursor -> {
                  int from = cursor.map(Integer::parseInt).orElse(0);
                  int to = Math.min(from + pageSize, total);
                  Optional<String> next = to < total ? Optional.of(Integer.toString(to)) : Optional.empty();
                  return new CursorPage<>(source.subList(from, to), next);
                },
                1_000)
            .collect(Collectors.toList());

    assertThat(read).isEqualTo(source);
  }

  @Test
  void fetchesPagesOnlyAsTheStreamIsConsumed() {
    List<Optional<String>> asked = new ArrayList<>();
    Paging.<String>byCursor(
            cursor -> {
              asked.add(cursor);
              return new CursorPage<>(List.of("a", "b"), Optional.of("c" + asked.size()));
            },
            100)
        .limit(3)
        .forEach(item -> {});

    assertThat(asked).containsExactly(Optional.empty(), Optional.of("c1"));
  }

  @Test
  void stopsWhenTheSourceRepeatsACursor() {
    assertThatThrownBy(
            () -> Paging.<String>byCursor(cursor -> new CursorPage<>(List.of("x"), Optional.of("same")), 100).count())
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("same page cursor twice");
  }

  @Test
  void stopsAfterMaxPages() {
    assertThatThrownBy(() -> Paging.<Integer>byOffset((offset, limit) -> List.of(1, 2), 2, 5).count())
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("more than 5 pages");
  }
}
