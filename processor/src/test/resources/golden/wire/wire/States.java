package wire;

import dev.statespec.runtime.StateSpecGenerated;
import dev.statespec.runtime.StateValidationException;
import java.util.Objects;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Factories of {@link State}s: one per state type and one per named state.
 *
 * <p>Each takes options, a {@code Consumer<State.Builder>} that can set any field of the new state
 * (message, data, details, even another name); they run after the factory has named the state and
 * before the spec's rule, if any, shapes its details.
 *
 * @see WireSpec
 */
@Generated("dev.statespec.processor.StateSpecProcessor")
@StateSpecGenerated
@NullMarked
public final class States {
  private States() {
  }

  /**
   * Creates a {@code Queued} state of type {@link StateType#QUEUED}.
   *
   * <p>The same as {@link #queued(Consumer) queued}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State queued() {
    return State.of(null, StateType.QUEUED, "Queued", null, null, null, null);
  }

  /**
   * Creates a {@code Queued} state of type {@link StateType#QUEUED}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State queued(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.QUEUED).name("Queued");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates a {@code Running} state of type {@link StateType#RUNNING}.
   *
   * <p>The same as {@link #running(Consumer) running}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State running() {
    return State.of(null, StateType.RUNNING, "Running", null, null, null, null);
  }

  /**
   * Creates a {@code Running} state of type {@link StateType#RUNNING}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State running(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.RUNNING).name("Running");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates an {@code Up For Retry} state of type {@link StateType#UP_FOR_RETRY}.
   *
   * <p>Up for another try: the next attempt, perhaps on another worker.
   *
   * <p>The same as the {@linkplain #upForRetry(String, Consumer) full form}
   * {@code upForRetry(null, options -> {})}.
   *
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State upForRetry() {
    return upForRetry(null, States::noOptions);
  }

  /**
   * Creates an {@code Up For Retry} state of type {@link StateType#UP_FOR_RETRY}.
   *
   * <p>Up for another try: the next attempt, perhaps on another worker.
   *
   * <p>The same as the {@linkplain #upForRetry(String, Consumer) full form}
   * {@code upForRetry(null, options)}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State upForRetry(Consumer<State.Builder> options) {
    return upForRetry(null, options);
  }

  /**
   * Creates an {@code Up For Retry} state of type {@link StateType#UP_FOR_RETRY}.
   *
   * <p>Up for another try: the next attempt, perhaps on another worker.
   *
   * <p>The same as the {@linkplain #upForRetry(String, Consumer) full form}
   * {@code upForRetry(worker, options -> {})}.
   *
   * @param worker the {@code worker} argument of {@link WireSpec#retry}
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State upForRetry(@Nullable String worker) {
    return upForRetry(worker, States::noOptions);
  }

  /**
   * Creates an {@code Up For Retry} state of type {@link StateType#UP_FOR_RETRY}.
   *
   * <p>Up for another try: the next attempt, perhaps on another worker.
   *
   * @param worker the {@code worker} argument of {@link WireSpec#retry}
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   * @see WireSpec#retry
   */
  public static State upForRetry(@Nullable String worker, Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.UP_FOR_RETRY).name("Up For Retry");
    options.accept(builder);
    StateDetails details;
    try {
      details = WireSpec.retry(builder.stateDetails(), worker);
    } catch (RuntimeException e) {
      throw StateValidationException.fromRule("state_details", e);
    }
    return builder.stateDetails(details).build();
  }

  /**
   * Creates a {@code Succeeded} state of type {@link StateType#SUCCEEDED}.
   *
   * <p>The same as {@link #succeeded(Consumer) succeeded}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State succeeded() {
    return State.of(null, StateType.SUCCEEDED, "Succeeded", null, null, null, null);
  }

  /**
   * Creates a {@code Succeeded} state of type {@link StateType#SUCCEEDED}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State succeeded(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.SUCCEEDED).name("Succeeded");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates a {@code Failed} state of type {@link StateType#FAILED}.
   *
   * <p>The same as {@link #failed(Consumer) failed}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State failed() {
    return State.of(null, StateType.FAILED, "Failed", null, null, null, null);
  }

  /**
   * Creates a {@code Failed} state of type {@link StateType#FAILED}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State failed(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.FAILED).name("Failed");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates a {@code Timed Out} state of type {@link StateType#TIMED_OUT}.
   *
   * <p>The same as {@link #timedOut(Consumer) timedOut}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State timedOut() {
    return State.of(null, StateType.TIMED_OUT, "Timed Out", null, null, null, null);
  }

  /**
   * Creates a {@code Timed Out} state of type {@link StateType#TIMED_OUT}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State timedOut(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.TIMED_OUT).name("Timed Out");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates a {@code Backoff} state of type {@link StateType#UP_FOR_RETRY}.
   *
   * <p>Up for another try: the next attempt, perhaps on another worker.
   *
   * <p>The same as the {@linkplain #backoff(String, Consumer) full form}
   * {@code backoff(null, options -> {})}.
   *
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State backoff() {
    return backoff(null, States::noOptions);
  }

  /**
   * Creates a {@code Backoff} state of type {@link StateType#UP_FOR_RETRY}.
   *
   * <p>Up for another try: the next attempt, perhaps on another worker.
   *
   * <p>The same as the {@linkplain #backoff(String, Consumer) full form}
   * {@code backoff(null, options)}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State backoff(Consumer<State.Builder> options) {
    return backoff(null, options);
  }

  /**
   * Creates a {@code Backoff} state of type {@link StateType#UP_FOR_RETRY}.
   *
   * <p>Up for another try: the next attempt, perhaps on another worker.
   *
   * <p>The same as the {@linkplain #backoff(String, Consumer) full form}
   * {@code backoff(worker, options -> {})}.
   *
   * @param worker the {@code worker} argument of {@link WireSpec#retry}
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State backoff(@Nullable String worker) {
    return backoff(worker, States::noOptions);
  }

  /**
   * Creates a {@code Backoff} state of type {@link StateType#UP_FOR_RETRY}.
   *
   * <p>Up for another try: the next attempt, perhaps on another worker.
   *
   * @param worker the {@code worker} argument of {@link WireSpec#retry}
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   * @see WireSpec#retry
   */
  public static State backoff(@Nullable String worker, Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.UP_FOR_RETRY).name("Backoff");
    options.accept(builder);
    StateDetails details;
    try {
      details = WireSpec.retry(builder.stateDetails(), worker);
    } catch (RuntimeException e) {
      throw StateValidationException.fromRule("state_details", e);
    }
    return builder.stateDetails(details).build();
  }

  /**
   * The options of the forms that take none: they set nothing.
   *
   * @param builder the new state's builder, left as it is
   */
  private static void noOptions(State.Builder builder) {
  }
}
