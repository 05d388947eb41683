package dk.datainformed.core;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The outcome of reading a value without throwing: either the value, or the reason it was rejected.
 *
 * <p>Used for bulk validation, where one bad value among millions should be counted and reported
 * rather than stop the run. Every {@code parse} method in datainformed that throws
 * {@link InvalidValueException} has a {@code tryParse} twin that returns this type instead.
 *
 * <pre>{@code
 * ParseResult<Cvr> result = Cvr.tryParse(cell);
 * if (result instanceof ParseResult.Failed<Cvr> failed) {
 *   report(lineNumber, failed.reason());
 * } else {
 *   use(result.toOptional().orElseThrow());
 * }
 * }</pre>
 *
 * @param <T> the type of the value read
 */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface ParseResult<T> {

  /**
   * A result that holds the value read.
   *
   * @param value the value, never null
   * @param <T> the type of the value
   * @return the successful result
   */
  static <T> ParseResult<T> ok(T value) {
    return new Ok<>(value);
  }

  /**
   * A result that holds the reason a value was rejected.
   *
   * @param reason why it was rejected, as a phrase; never contains a full CPR number
   * @param <T> the type the value would have had
   * @return the failed result
   */
  static <T> ParseResult<T> failed(String reason) {
    return new Failed<>(reason);
  }

  /**
   * Whether a value was read.
   *
   * @return true for {@link Ok}
   */
  boolean isOk();

  /**
   * The value, if one was read.
   *
   * @return the value, or empty when the input was rejected
   */
  Optional<T> toOptional();

  /**
   * The reason the input was rejected.
   *
   * @return the reason, or empty when a value was read
   */
  Optional<String> failure();

  /**
   * Applies a function to the value of a successful result; a failed result passes its reason on.
   *
   * @param mapper the function to apply to the value
   * @param <R> the type of the new value
   * @return the mapped result
   */
  <R> ParseResult<R> map(Function<? super T, ? extends R> mapper);

  /**
   * The value, or an exception that says why there is none.
   *
   * @param what what was being read, for the message, e.g. {@code "CVR number"}
   * @param shownValue the input as it may be shown (masked if it is personal data)
   * @return the value
   * @throws InvalidValueException when the result is failed
   */
  T orElseThrow(String what, String shownValue);

  /**
   * A value that was read.
   *
   * @param value the value, never null
   * @param <T> the type of the value
   */
  record Ok<T>(T value) implements ParseResult<T> {
    /**
     * Creates the result.
     *
     * @param value the value, never null
     */
    public Ok {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public boolean isOk() {
      return true;
    }

    @Override
    public Optional<T> toOptional() {
      return Optional.of(value);
    }

    @Override
    public Optional<String> failure() {
      return Optional.empty();
    }

    @Override
    public <R> ParseResult<R> map(Function<? super T, ? extends R> mapper) {
      return new Ok<>(mapper.apply(value));
    }

    @Override
    public T orElseThrow(String what, String shownValue) {
      return value;
    }
  }

  /**
   * An input that was rejected, with the reason.
   *
   * @param reason why the input was rejected, never null or blank
   * @param <T> the type the value would have had
   */
  record Failed<T>(String reason) implements ParseResult<T> {
    /**
     * Creates the result.
     *
     * @param reason why the input was rejected, never null or blank
     */
    public Failed {
      Objects.requireNonNull(reason, "reason");
      if (reason.isBlank()) {
        throw new IllegalArgumentException("a failed parse result needs a reason");
      }
    }

    @Override
    public boolean isOk() {
      return false;
    }

    @Override
    public Optional<T> toOptional() {
      return Optional.empty();
    }

    @Override
    public Optional<String> failure() {
      return Optional.of(reason);
    }

    @Override
    public <R> ParseResult<R> map(Function<? super T, ? extends R> mapper) {
      return new Failed<>(reason);
    }

    @Override
    public T orElseThrow(String what, String shownValue) {
      throw new InvalidValueException(what, shownValue, reason);
    }
  }
}
