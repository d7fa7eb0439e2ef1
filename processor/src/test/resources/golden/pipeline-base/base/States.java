package base;

import dev.statespec.runtime.StateSpecGenerated;
import dev.statespec.runtime.StateValidationException;
import java.time.Instant;
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
 * @see PipelineBase
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
   * Creates a {@code Done} state of type {@link StateType#DONE}.
   *
   * <p>The same as {@link #done(Consumer) done}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State done() {
    return State.of(null, StateType.DONE, "Done", null, null, null, null);
  }

  /**
   * Creates a {@code Done} state of type {@link StateType#DONE}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State done(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.DONE).name("Done");
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
   * Creates a {@code Delayed} state of type {@link StateType#QUEUED}.
   *
   * <p>Delayed until {@code until}.
   *
   * <p>The same as the {@linkplain #delayed(Instant, Consumer) full form}
   * {@code delayed(null, options -> {})}.
   *
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State delayed() {
    return delayed(null, States::noOptions);
  }

  /**
   * Creates a {@code Delayed} state of type {@link StateType#QUEUED}.
   *
   * <p>Delayed until {@code until}.
   *
   * <p>The same as the {@linkplain #delayed(Instant, Consumer) full form}
   * {@code delayed(null, options)}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State delayed(Consumer<State.Builder> options) {
    return delayed(null, options);
  }

  /**
   * Creates a {@code Delayed} state of type {@link StateType#QUEUED}.
   *
   * <p>Delayed until {@code until}.
   *
   * <p>The same as the {@linkplain #delayed(Instant, Consumer) full form}
   * {@code delayed(until, options -> {})}.
   *
   * @param until the {@code until} argument of {@link PipelineBase#delay}
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State delayed(@Nullable Instant until) {
    return delayed(until, States::noOptions);
  }

  /**
   * Creates a {@code Delayed} state of type {@link StateType#QUEUED}.
   *
   * <p>Delayed until {@code until}.
   *
   * @param until the {@code until} argument of {@link PipelineBase#delay}
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   * @see PipelineBase#delay
   */
  public static State delayed(@Nullable Instant until, Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.QUEUED).name("Delayed");
    options.accept(builder);
    StateDetails details;
    try {
      details = PipelineBase.delay(builder.stateDetails(), until);
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
