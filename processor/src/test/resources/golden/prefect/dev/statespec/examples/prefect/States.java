package dev.statespec.examples.prefect;

import dev.statespec.runtime.StateSpecGenerated;
import dev.statespec.runtime.StateValidationException;
import java.time.Duration;
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
 * @see PrefectSpec
 */
@Generated("dev.statespec.processor.StateSpecProcessor")
@StateSpecGenerated
@NullMarked
public final class States {
  private States() {
  }

  /**
   * Creates a {@code Scheduled} state of type {@link StateType#SCHEDULED}.
   *
   * <p>Scheduled for {@code scheduledTime}, or now; a time given twice is refused.
   *
   * <p>The same as the {@linkplain #scheduled(Instant, Consumer) full form}
   * {@code scheduled(null, options -> {})}.
   *
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State scheduled() {
    return scheduled(null, States::noOptions);
  }

  /**
   * Creates a {@code Scheduled} state of type {@link StateType#SCHEDULED}.
   *
   * <p>Scheduled for {@code scheduledTime}, or now; a time given twice is refused.
   *
   * <p>The same as the {@linkplain #scheduled(Instant, Consumer) full form}
   * {@code scheduled(null, options)}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State scheduled(Consumer<State.Builder> options) {
    return scheduled(null, options);
  }

  /**
   * Creates a {@code Scheduled} state of type {@link StateType#SCHEDULED}.
   *
   * <p>Scheduled for {@code scheduledTime}, or now; a time given twice is refused.
   *
   * <p>The same as the {@linkplain #scheduled(Instant, Consumer) full form}
   * {@code scheduled(scheduledTime, options -> {})}.
   *
   * @param scheduledTime when the run is due; {@code null} for now
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State scheduled(@Nullable Instant scheduledTime) {
    return scheduled(scheduledTime, States::noOptions);
  }

  /**
   * Creates a {@code Scheduled} state of type {@link StateType#SCHEDULED}.
   *
   * <p>Scheduled for {@code scheduledTime}, or now; a time given twice is refused.
   *
   * @param scheduledTime when the run is due; {@code null} for now
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   * @see PrefectSpec#scheduled
   */
  public static State scheduled(@Nullable Instant scheduledTime, Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.SCHEDULED).name("Scheduled");
    options.accept(builder);
    StateDetails details;
    try {
      details = PrefectSpec.scheduled(builder.stateDetails(), scheduledTime);
    } catch (RuntimeException e) {
      throw StateValidationException.fromRule("state_details", e);
    }
    return builder.stateDetails(details).build();
  }

  /**
   * Creates a {@code Pending} state of type {@link StateType#PENDING}.
   *
   * <p>The same as {@link #pending(Consumer) pending}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State pending() {
    return State.of(null, StateType.PENDING, "Pending", null, null, null, null);
  }

  /**
   * Creates a {@code Pending} state of type {@link StateType#PENDING}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State pending(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.PENDING).name("Pending");
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
   * Creates a {@code Completed} state of type {@link StateType#COMPLETED}.
   *
   * <p>The same as {@link #completed(Consumer) completed}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State completed() {
    return State.of(null, StateType.COMPLETED, "Completed", null, null, null, null);
  }

  /**
   * Creates a {@code Completed} state of type {@link StateType#COMPLETED}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State completed(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.COMPLETED).name("Completed");
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
   * Creates a {@code Cancelled} state of type {@link StateType#CANCELLED}.
   *
   * <p>The same as {@link #cancelled(Consumer) cancelled}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State cancelled() {
    return State.of(null, StateType.CANCELLED, "Cancelled", null, null, null, null);
  }

  /**
   * Creates a {@code Cancelled} state of type {@link StateType#CANCELLED}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State cancelled(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.CANCELLED).name("Cancelled");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates a {@code Crashed} state of type {@link StateType#CRASHED}.
   *
   * <p>The same as {@link #crashed(Consumer) crashed}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State crashed() {
    return State.of(null, StateType.CRASHED, "Crashed", null, null, null, null);
  }

  /**
   * Creates a {@code Crashed} state of type {@link StateType#CRASHED}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State crashed(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.CRASHED).name("Crashed");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates a {@code Paused} state of type {@link StateType#PAUSED}.
   *
   * <p>Paused until {@code now + timeout} or {@code expiration} (not both), perhaps to be rescheduled.
   *
   * <p>The same as the {@linkplain #paused(Duration, Instant, boolean, String, Consumer) full form}
   * {@code paused(null, null, false, null, options -> {})}.
   *
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State paused() {
    return paused(null, null, false, null, States::noOptions);
  }

  /**
   * Creates a {@code Paused} state of type {@link StateType#PAUSED}.
   *
   * <p>Paused until {@code now + timeout} or {@code expiration} (not both), perhaps to be rescheduled.
   *
   * <p>The same as the {@linkplain #paused(Duration, Instant, boolean, String, Consumer) full form}
   * {@code paused(null, null, false, null, options)}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State paused(Consumer<State.Builder> options) {
    return paused(null, null, false, null, options);
  }

  /**
   * Creates a {@code Paused} state of type {@link StateType#PAUSED}.
   *
   * <p>Paused until {@code now + timeout} or {@code expiration} (not both), perhaps to be rescheduled.
   *
   * <p>The same as the {@linkplain #paused(Duration, Instant, boolean, String, Consumer) full form}
   * {@code paused(timeout, null, false, null, options -> {})}.
   *
   * @param timeout how long from now the pause lasts, or {@code null}
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State paused(@Nullable Duration timeout) {
    return paused(timeout, null, false, null, States::noOptions);
  }

  /**
   * Creates a {@code Paused} state of type {@link StateType#PAUSED}.
   *
   * <p>Paused until {@code now + timeout} or {@code expiration} (not both), perhaps to be rescheduled.
   *
   * <p>The same as the {@linkplain #paused(Duration, Instant, boolean, String, Consumer) full form}
   * {@code paused(null, expiration, false, null, options -> {})}.
   *
   * @param expiration when the pause ends, or {@code null}
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State paused(@Nullable Instant expiration) {
    return paused(null, expiration, false, null, States::noOptions);
  }

  /**
   * Creates a {@code Paused} state of type {@link StateType#PAUSED}.
   *
   * <p>Paused until {@code now + timeout} or {@code expiration} (not both), perhaps to be rescheduled.
   *
   * <p>The same as the {@linkplain #paused(Duration, Instant, boolean, String, Consumer) full form}
   * {@code paused(timeout, expiration, reschedule, pauseKey, options -> {})}.
   *
   * @param timeout how long from now the pause lasts, or {@code null}
   * @param expiration when the pause ends, or {@code null}
   * @param reschedule whether the run is rescheduled when the pause ends
   * @param pauseKey the key of the pause, or {@code null}
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State paused(@Nullable Duration timeout, @Nullable Instant expiration,
      boolean reschedule, @Nullable String pauseKey) {
    return paused(timeout, expiration, reschedule, pauseKey, States::noOptions);
  }

  /**
   * Creates a {@code Paused} state of type {@link StateType#PAUSED}.
   *
   * <p>Paused until {@code now + timeout} or {@code expiration} (not both), perhaps to be rescheduled.
   *
   * @param timeout how long from now the pause lasts, or {@code null}
   * @param expiration when the pause ends, or {@code null}
   * @param reschedule whether the run is rescheduled when the pause ends
   * @param pauseKey the key of the pause, or {@code null}
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   * @see PrefectSpec#paused
   */
  public static State paused(@Nullable Duration timeout, @Nullable Instant expiration,
      boolean reschedule, @Nullable String pauseKey, Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.PAUSED).name("Paused");
    options.accept(builder);
    StateDetails details;
    try {
      details = PrefectSpec.paused(builder.stateDetails(), timeout, expiration, reschedule,
          pauseKey);
    } catch (RuntimeException e) {
      throw StateValidationException.fromRule("state_details", e);
    }
    return builder.stateDetails(details).build();
  }

  /**
   * Creates a {@code Cancelling} state of type {@link StateType#CANCELLING}.
   *
   * <p>The same as {@link #cancelling(Consumer) cancelling}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State cancelling() {
    return State.of(null, StateType.CANCELLING, "Cancelling", null, null, null, null);
  }

  /**
   * Creates a {@code Cancelling} state of type {@link StateType#CANCELLING}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State cancelling(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.CANCELLING).name("Cancelling");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates an {@code AwaitingRetry} state of type {@link StateType#SCHEDULED}.
   *
   * <p>Scheduled for {@code scheduledTime}, or now; a time given twice is refused.
   *
   * <p>The same as the {@linkplain #awaitingRetry(Instant, Consumer) full form}
   * {@code awaitingRetry(null, options -> {})}.
   *
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State awaitingRetry() {
    return awaitingRetry(null, States::noOptions);
  }

  /**
   * Creates an {@code AwaitingRetry} state of type {@link StateType#SCHEDULED}.
   *
   * <p>Scheduled for {@code scheduledTime}, or now; a time given twice is refused.
   *
   * <p>The same as the {@linkplain #awaitingRetry(Instant, Consumer) full form}
   * {@code awaitingRetry(null, options)}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State awaitingRetry(Consumer<State.Builder> options) {
    return awaitingRetry(null, options);
  }

  /**
   * Creates an {@code AwaitingRetry} state of type {@link StateType#SCHEDULED}.
   *
   * <p>Scheduled for {@code scheduledTime}, or now; a time given twice is refused.
   *
   * <p>The same as the {@linkplain #awaitingRetry(Instant, Consumer) full form}
   * {@code awaitingRetry(scheduledTime, options -> {})}.
   *
   * @param scheduledTime when the run is due; {@code null} for now
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State awaitingRetry(@Nullable Instant scheduledTime) {
    return awaitingRetry(scheduledTime, States::noOptions);
  }

  /**
   * Creates an {@code AwaitingRetry} state of type {@link StateType#SCHEDULED}.
   *
   * <p>Scheduled for {@code scheduledTime}, or now; a time given twice is refused.
   *
   * @param scheduledTime when the run is due; {@code null} for now
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   * @see PrefectSpec#scheduled
   */
  public static State awaitingRetry(@Nullable Instant scheduledTime,
      Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.SCHEDULED).name("AwaitingRetry");
    options.accept(builder);
    StateDetails details;
    try {
      details = PrefectSpec.scheduled(builder.stateDetails(), scheduledTime);
    } catch (RuntimeException e) {
      throw StateValidationException.fromRule("state_details", e);
    }
    return builder.stateDetails(details).build();
  }

  /**
   * Creates an {@code AwaitingConcurrencySlot} state of type {@link StateType#SCHEDULED}.
   *
   * <p>Scheduled for {@code scheduledTime}, or now; a time given twice is refused.
   *
   * <p>The same as the {@linkplain #awaitingConcurrencySlot(Instant, Consumer) full form}
   * {@code awaitingConcurrencySlot(null, options -> {})}.
   *
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State awaitingConcurrencySlot() {
    return awaitingConcurrencySlot(null, States::noOptions);
  }

  /**
   * Creates an {@code AwaitingConcurrencySlot} state of type {@link StateType#SCHEDULED}.
   *
   * <p>Scheduled for {@code scheduledTime}, or now; a time given twice is refused.
   *
   * <p>The same as the {@linkplain #awaitingConcurrencySlot(Instant, Consumer) full form}
   * {@code awaitingConcurrencySlot(null, options)}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State awaitingConcurrencySlot(Consumer<State.Builder> options) {
    return awaitingConcurrencySlot(null, options);
  }

  /**
   * Creates an {@code AwaitingConcurrencySlot} state of type {@link StateType#SCHEDULED}.
   *
   * <p>Scheduled for {@code scheduledTime}, or now; a time given twice is refused.
   *
   * <p>The same as the {@linkplain #awaitingConcurrencySlot(Instant, Consumer) full form}
   * {@code awaitingConcurrencySlot(scheduledTime, options -> {})}.
   *
   * @param scheduledTime when the run is due; {@code null} for now
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State awaitingConcurrencySlot(@Nullable Instant scheduledTime) {
    return awaitingConcurrencySlot(scheduledTime, States::noOptions);
  }

  /**
   * Creates an {@code AwaitingConcurrencySlot} state of type {@link StateType#SCHEDULED}.
   *
   * <p>Scheduled for {@code scheduledTime}, or now; a time given twice is refused.
   *
   * @param scheduledTime when the run is due; {@code null} for now
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   * @see PrefectSpec#scheduled
   */
  public static State awaitingConcurrencySlot(@Nullable Instant scheduledTime,
      Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.SCHEDULED).name("AwaitingConcurrencySlot");
    options.accept(builder);
    StateDetails details;
    try {
      details = PrefectSpec.scheduled(builder.stateDetails(), scheduledTime);
    } catch (RuntimeException e) {
      throw StateValidationException.fromRule("state_details", e);
    }
    return builder.stateDetails(details).build();
  }

  /**
   * Creates a {@code Late} state of type {@link StateType#SCHEDULED}.
   *
   * <p>Scheduled for {@code scheduledTime}, or now; a time given twice is refused.
   *
   * <p>The same as the {@linkplain #late(Instant, Consumer) full form}
   * {@code late(null, options -> {})}.
   *
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State late() {
    return late(null, States::noOptions);
  }

  /**
   * Creates a {@code Late} state of type {@link StateType#SCHEDULED}.
   *
   * <p>Scheduled for {@code scheduledTime}, or now; a time given twice is refused.
   *
   * <p>The same as the {@linkplain #late(Instant, Consumer) full form}
   * {@code late(null, options)}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State late(Consumer<State.Builder> options) {
    return late(null, options);
  }

  /**
   * Creates a {@code Late} state of type {@link StateType#SCHEDULED}.
   *
   * <p>Scheduled for {@code scheduledTime}, or now; a time given twice is refused.
   *
   * <p>The same as the {@linkplain #late(Instant, Consumer) full form}
   * {@code late(scheduledTime, options -> {})}.
   *
   * @param scheduledTime when the run is due; {@code null} for now
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State late(@Nullable Instant scheduledTime) {
    return late(scheduledTime, States::noOptions);
  }

  /**
   * Creates a {@code Late} state of type {@link StateType#SCHEDULED}.
   *
   * <p>Scheduled for {@code scheduledTime}, or now; a time given twice is refused.
   *
   * @param scheduledTime when the run is due; {@code null} for now
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   * @see PrefectSpec#scheduled
   */
  public static State late(@Nullable Instant scheduledTime, Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.SCHEDULED).name("Late");
    options.accept(builder);
    StateDetails details;
    try {
      details = PrefectSpec.scheduled(builder.stateDetails(), scheduledTime);
    } catch (RuntimeException e) {
      throw StateValidationException.fromRule("state_details", e);
    }
    return builder.stateDetails(details).build();
  }

  /**
   * Creates a {@code Retrying} state of type {@link StateType#RUNNING}.
   *
   * <p>The same as {@link #retrying(Consumer) retrying}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State retrying() {
    return State.of(null, StateType.RUNNING, "Retrying", null, null, null, null);
  }

  /**
   * Creates a {@code Retrying} state of type {@link StateType#RUNNING}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State retrying(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.RUNNING).name("Retrying");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates a {@code Submitting} state of type {@link StateType#PENDING}.
   *
   * <p>The same as {@link #submitting(Consumer) submitting}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State submitting() {
    return State.of(null, StateType.PENDING, "Submitting", null, null, null, null);
  }

  /**
   * Creates a {@code Submitting} state of type {@link StateType#PENDING}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State submitting(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.PENDING).name("Submitting");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates an {@code InfrastructurePending} state of type {@link StateType#PENDING}.
   *
   * <p>The same as {@link #infrastructurePending(Consumer) infrastructurePending}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State infrastructurePending() {
    return State.of(null, StateType.PENDING, "InfrastructurePending", null, null, null, null);
  }

  /**
   * Creates an {@code InfrastructurePending} state of type {@link StateType#PENDING}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State infrastructurePending(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.PENDING).name("InfrastructurePending");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates a {@code Suspended} state of type {@link StateType#PAUSED}.
   *
   * <p>Paused, always to be rescheduled.
   *
   * <p>The same as the {@linkplain #suspended(Duration, Instant, String, Consumer) full form}
   * {@code suspended(null, null, null, options -> {})}.
   *
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State suspended() {
    return suspended(null, null, null, States::noOptions);
  }

  /**
   * Creates a {@code Suspended} state of type {@link StateType#PAUSED}.
   *
   * <p>Paused, always to be rescheduled.
   *
   * <p>The same as the {@linkplain #suspended(Duration, Instant, String, Consumer) full form}
   * {@code suspended(null, null, null, options)}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State suspended(Consumer<State.Builder> options) {
    return suspended(null, null, null, options);
  }

  /**
   * Creates a {@code Suspended} state of type {@link StateType#PAUSED}.
   *
   * <p>Paused, always to be rescheduled.
   *
   * <p>The same as the {@linkplain #suspended(Duration, Instant, String, Consumer) full form}
   * {@code suspended(timeout, null, null, options -> {})}.
   *
   * @param timeout how long from now the pause lasts, or {@code null}
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State suspended(@Nullable Duration timeout) {
    return suspended(timeout, null, null, States::noOptions);
  }

  /**
   * Creates a {@code Suspended} state of type {@link StateType#PAUSED}.
   *
   * <p>Paused, always to be rescheduled.
   *
   * <p>The same as the {@linkplain #suspended(Duration, Instant, String, Consumer) full form}
   * {@code suspended(null, expiration, null, options -> {})}.
   *
   * @param expiration when the pause ends, or {@code null}
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State suspended(@Nullable Instant expiration) {
    return suspended(null, expiration, null, States::noOptions);
  }

  /**
   * Creates a {@code Suspended} state of type {@link StateType#PAUSED}.
   *
   * <p>Paused, always to be rescheduled.
   *
   * <p>The same as the {@linkplain #suspended(Duration, Instant, String, Consumer) full form}
   * {@code suspended(timeout, expiration, pauseKey, options -> {})}.
   *
   * @param timeout how long from now the pause lasts, or {@code null}
   * @param expiration when the pause ends, or {@code null}
   * @param pauseKey the key of the pause, or {@code null}
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State suspended(@Nullable Duration timeout, @Nullable Instant expiration,
      @Nullable String pauseKey) {
    return suspended(timeout, expiration, pauseKey, States::noOptions);
  }

  /**
   * Creates a {@code Suspended} state of type {@link StateType#PAUSED}.
   *
   * <p>Paused, always to be rescheduled.
   *
   * @param timeout how long from now the pause lasts, or {@code null}
   * @param expiration when the pause ends, or {@code null}
   * @param pauseKey the key of the pause, or {@code null}
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   * @see PrefectSpec#suspended
   */
  public static State suspended(@Nullable Duration timeout, @Nullable Instant expiration,
      @Nullable String pauseKey, Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.PAUSED).name("Suspended");
    options.accept(builder);
    StateDetails details;
    try {
      details = PrefectSpec.suspended(builder.stateDetails(), timeout, expiration, pauseKey);
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
