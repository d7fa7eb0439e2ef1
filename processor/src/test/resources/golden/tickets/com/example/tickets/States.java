package com.example.tickets;

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
 * @see TicketSpec
 */
@Generated("dev.statespec.processor.StateSpecProcessor")
@StateSpecGenerated
@NullMarked
public final class States {
  private States() {
  }

  /**
   * Creates an {@code Open} state of type {@link StateType#OPEN}.
   *
   * <p>The same as {@link #open(Consumer) open}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State open() {
    return State.of(null, StateType.OPEN, "Open", null, null, null, null);
  }

  /**
   * Creates an {@code Open} state of type {@link StateType#OPEN}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State open(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.OPEN).name("Open");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates an {@code In Progress} state of type {@link StateType#IN_PROGRESS}.
   *
   * <p>The same as {@link #inProgress(Consumer) inProgress}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State inProgress() {
    return State.of(null, StateType.IN_PROGRESS, "In Progress", null, null, null, null);
  }

  /**
   * Creates an {@code In Progress} state of type {@link StateType#IN_PROGRESS}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State inProgress(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.IN_PROGRESS).name("In Progress");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates a {@code Resolved} state of type {@link StateType#RESOLVED}.
   *
   * <p>The same as {@link #resolved(Consumer) resolved}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State resolved() {
    return State.of(null, StateType.RESOLVED, "Resolved", null, null, null, null);
  }

  /**
   * Creates a {@code Resolved} state of type {@link StateType#RESOLVED}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State resolved(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.RESOLVED).name("Resolved");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates a {@code Closed} state of type {@link StateType#CLOSED}.
   *
   * <p>The same as {@link #closed(Consumer) closed}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State closed() {
    return State.of(null, StateType.CLOSED, "Closed", null, null, null, null);
  }

  /**
   * Creates a {@code Closed} state of type {@link StateType#CLOSED}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State closed(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.CLOSED).name("Closed");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates an {@code Escalated} state of type {@link StateType#IN_PROGRESS}.
   *
   * <p>Escalated to {@code assignee}, at the top priority.
   *
   * <p>The same as the {@linkplain #escalated(String, Consumer) full form}
   * {@code escalated(null, options -> {})}.
   *
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State escalated() {
    return escalated(null, States::noOptions);
  }

  /**
   * Creates an {@code Escalated} state of type {@link StateType#IN_PROGRESS}.
   *
   * <p>Escalated to {@code assignee}, at the top priority.
   *
   * <p>The same as the {@linkplain #escalated(String, Consumer) full form}
   * {@code escalated(null, options)}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State escalated(Consumer<State.Builder> options) {
    return escalated(null, options);
  }

  /**
   * Creates an {@code Escalated} state of type {@link StateType#IN_PROGRESS}.
   *
   * <p>Escalated to {@code assignee}, at the top priority.
   *
   * <p>The same as the {@linkplain #escalated(String, Consumer) full form}
   * {@code escalated(assignee, options -> {})}.
   *
   * @param assignee the {@code assignee} argument of {@link TicketSpec#escalate}
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State escalated(@Nullable String assignee) {
    return escalated(assignee, States::noOptions);
  }

  /**
   * Creates an {@code Escalated} state of type {@link StateType#IN_PROGRESS}.
   *
   * <p>Escalated to {@code assignee}, at the top priority.
   *
   * @param assignee the {@code assignee} argument of {@link TicketSpec#escalate}
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   * @see TicketSpec#escalate
   */
  public static State escalated(@Nullable String assignee, Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.IN_PROGRESS).name("Escalated");
    options.accept(builder);
    StateDetails details;
    try {
      details = TicketSpec.escalate(builder.stateDetails(), assignee);
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
