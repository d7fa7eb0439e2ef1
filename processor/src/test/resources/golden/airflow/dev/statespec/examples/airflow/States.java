package dev.statespec.examples.airflow;

import dev.statespec.runtime.StateSpecGenerated;
import dev.statespec.runtime.StateValidationException;
import java.time.Duration;
import java.util.Map;
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
 * @see AirflowSpec
 */
@Generated("dev.statespec.processor.StateSpecProcessor")
@StateSpecGenerated
@NullMarked
public final class States {
  private States() {
  }

  /**
   * Creates a {@code Removed} state of type {@link StateType#REMOVED}.
   *
   * <p>The same as {@link #removed(Consumer) removed}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State removed() {
    return State.of(null, StateType.REMOVED, "Removed", null, null, null, null);
  }

  /**
   * Creates a {@code Removed} state of type {@link StateType#REMOVED}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State removed(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.REMOVED).name("Removed");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates a {@code Scheduled} state of type {@link StateType#SCHEDULED}.
   *
   * <p>The same as {@link #scheduled(Consumer) scheduled}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State scheduled() {
    return State.of(null, StateType.SCHEDULED, "Scheduled", null, null, null, null);
  }

  /**
   * Creates a {@code Scheduled} state of type {@link StateType#SCHEDULED}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State scheduled(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.SCHEDULED).name("Scheduled");
    options.accept(builder);
    return builder.build();
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
   * Creates a {@code Success} state of type {@link StateType#SUCCESS}.
   *
   * <p>The same as {@link #success(Consumer) success}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State success() {
    return State.of(null, StateType.SUCCESS, "Success", null, null, null, null);
  }

  /**
   * Creates a {@code Success} state of type {@link StateType#SUCCESS}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State success(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.SUCCESS).name("Success");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates a {@code Shutdown} state of type {@link StateType#SHUTDOWN}.
   *
   * <p>The same as {@link #shutdown(Consumer) shutdown}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State shutdown() {
    return State.of(null, StateType.SHUTDOWN, "Shutdown", null, null, null, null);
  }

  /**
   * Creates a {@code Shutdown} state of type {@link StateType#SHUTDOWN}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State shutdown(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.SHUTDOWN).name("Shutdown");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates a {@code Restarting} state of type {@link StateType#RESTARTING}.
   *
   * <p>The same as {@link #restarting(Consumer) restarting}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State restarting() {
    return State.of(null, StateType.RESTARTING, "Restarting", null, null, null, null);
  }

  /**
   * Creates a {@code Restarting} state of type {@link StateType#RESTARTING}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State restarting(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.RESTARTING).name("Restarting");
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
   * Creates an {@code Up For Retry} state of type {@link StateType#UP_FOR_RETRY}.
   *
   * <p>Up for retry, which only a try with retries left may be: its {@code try_number} at most {@code
   * max_tries}, as Airflow's {@code is_eligible_to_retry} has it.
   *
   * <p>The same as {@link #upForRetry(Consumer) upForRetry}{@code (options -> {})}.
   *
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State upForRetry() {
    return upForRetry(States::noOptions);
  }

  /**
   * Creates an {@code Up For Retry} state of type {@link StateType#UP_FOR_RETRY}.
   *
   * <p>Up for retry, which only a try with retries left may be: its {@code try_number} at most {@code
   * max_tries}, as Airflow's {@code is_eligible_to_retry} has it.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   * @see AirflowSpec#upForRetry
   */
  public static State upForRetry(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.UP_FOR_RETRY).name("Up For Retry");
    options.accept(builder);
    StateDetails details;
    try {
      details = AirflowSpec.upForRetry(builder.stateDetails());
    } catch (RuntimeException e) {
      throw StateValidationException.fromRule("state_details", e);
    }
    return builder.stateDetails(details).build();
  }

  /**
   * Creates an {@code Up For Reschedule} state of type {@link StateType#UP_FOR_RESCHEDULE}.
   *
   * <p>The same as {@link #upForReschedule(Consumer) upForReschedule}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State upForReschedule() {
    return State.of(null, StateType.UP_FOR_RESCHEDULE, "Up For Reschedule", null, null, null, null);
  }

  /**
   * Creates an {@code Up For Reschedule} state of type {@link StateType#UP_FOR_RESCHEDULE}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State upForReschedule(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.UP_FOR_RESCHEDULE).name("Up For Reschedule");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates an {@code Upstream Failed} state of type {@link StateType#UPSTREAM_FAILED}.
   *
   * <p>The same as {@link #upstreamFailed(Consumer) upstreamFailed}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State upstreamFailed() {
    return State.of(null, StateType.UPSTREAM_FAILED, "Upstream Failed", null, null, null, null);
  }

  /**
   * Creates an {@code Upstream Failed} state of type {@link StateType#UPSTREAM_FAILED}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State upstreamFailed(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.UPSTREAM_FAILED).name("Upstream Failed");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates a {@code Skipped} state of type {@link StateType#SKIPPED}.
   *
   * <p>The same as {@link #skipped(Consumer) skipped}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State skipped() {
    return State.of(null, StateType.SKIPPED, "Skipped", null, null, null, null);
  }

  /**
   * Creates a {@code Skipped} state of type {@link StateType#SKIPPED}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State skipped(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.SKIPPED).name("Skipped");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates a {@code Deferred} state of type {@link StateType#DEFERRED}.
   *
   * <p>Deferred until trigger {@code trigger} fires, to resume in {@code nextMethod} with {@code
   * nextKwargs}, failing if it has not fired {@code timeout} from now, as Airflow's {@code
   * TaskInstance._defer_task} records a deferral. An argument left out keeps what the details say,
   * and keyword arguments that neither give are an empty object, as Airflow's are. (Airflow also caps
   * the timeout at the task's {@code execution_timeout}, which these details do not carry.)
   *
   * <p>The same as the {@linkplain #deferred(Long, String, Map, Duration, Consumer) full form}
   * {@code deferred(null, null, null, null, options -> {})}.
   *
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State deferred() {
    return deferred(null, null, null, null, States::noOptions);
  }

  /**
   * Creates a {@code Deferred} state of type {@link StateType#DEFERRED}.
   *
   * <p>Deferred until trigger {@code trigger} fires, to resume in {@code nextMethod} with {@code
   * nextKwargs}, failing if it has not fired {@code timeout} from now, as Airflow's {@code
   * TaskInstance._defer_task} records a deferral. An argument left out keeps what the details say,
   * and keyword arguments that neither give are an empty object, as Airflow's are. (Airflow also caps
   * the timeout at the task's {@code execution_timeout}, which these details do not carry.)
   *
   * <p>The same as the {@linkplain #deferred(Long, String, Map, Duration, Consumer) full form}
   * {@code deferred(null, null, null, null, options)}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State deferred(Consumer<State.Builder> options) {
    return deferred(null, null, null, null, options);
  }

  /**
   * Creates a {@code Deferred} state of type {@link StateType#DEFERRED}.
   *
   * <p>Deferred until trigger {@code trigger} fires, to resume in {@code nextMethod} with {@code
   * nextKwargs}, failing if it has not fired {@code timeout} from now, as Airflow's {@code
   * TaskInstance._defer_task} records a deferral. An argument left out keeps what the details say,
   * and keyword arguments that neither give are an empty object, as Airflow's are. (Airflow also caps
   * the timeout at the task's {@code execution_timeout}, which these details do not carry.)
   *
   * <p>The same as the {@linkplain #deferred(Long, String, Map, Duration, Consumer) full form}
   * {@code deferred(trigger, null, null, null, options -> {})}.
   *
   * @param trigger the trigger's id
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State deferred(@Nullable Long trigger) {
    return deferred(trigger, null, null, null, States::noOptions);
  }

  /**
   * Creates a {@code Deferred} state of type {@link StateType#DEFERRED}.
   *
   * <p>Deferred until trigger {@code trigger} fires, to resume in {@code nextMethod} with {@code
   * nextKwargs}, failing if it has not fired {@code timeout} from now, as Airflow's {@code
   * TaskInstance._defer_task} records a deferral. An argument left out keeps what the details say,
   * and keyword arguments that neither give are an empty object, as Airflow's are. (Airflow also caps
   * the timeout at the task's {@code execution_timeout}, which these details do not carry.)
   *
   * <p>The same as the {@linkplain #deferred(Long, String, Map, Duration, Consumer) full form}
   * {@code deferred(trigger, nextMethod, nextKwargs, timeout, options -> {})}.
   *
   * @param trigger the trigger's id
   * @param nextMethod the method to resume in
   * @param nextKwargs its keyword arguments, any JSON object
   * @param timeout how long to wait at most; refused if now plus it lies past the years a timestamp carries
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State deferred(@Nullable Long trigger, @Nullable String nextMethod,
      @Nullable Map<String, Object> nextKwargs, @Nullable Duration timeout) {
    return deferred(trigger, nextMethod, nextKwargs, timeout, States::noOptions);
  }

  /**
   * Creates a {@code Deferred} state of type {@link StateType#DEFERRED}.
   *
   * <p>Deferred until trigger {@code trigger} fires, to resume in {@code nextMethod} with {@code
   * nextKwargs}, failing if it has not fired {@code timeout} from now, as Airflow's {@code
   * TaskInstance._defer_task} records a deferral. An argument left out keeps what the details say,
   * and keyword arguments that neither give are an empty object, as Airflow's are. (Airflow also caps
   * the timeout at the task's {@code execution_timeout}, which these details do not carry.)
   *
   * @param trigger the trigger's id
   * @param nextMethod the method to resume in
   * @param nextKwargs its keyword arguments, any JSON object
   * @param timeout how long to wait at most; refused if now plus it lies past the years a timestamp carries
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   * @see AirflowSpec#deferred
   */
  public static State deferred(@Nullable Long trigger, @Nullable String nextMethod,
      @Nullable Map<String, Object> nextKwargs, @Nullable Duration timeout,
      Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.DEFERRED).name("Deferred");
    options.accept(builder);
    StateDetails details;
    try {
      details = AirflowSpec.deferred(builder.stateDetails(), trigger, nextMethod, nextKwargs,
          timeout);
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
