package review;

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
 * @see ReviewSpec
 */
@Generated("dev.statespec.processor.StateSpecProcessor")
@StateSpecGenerated
@NullMarked
public final class States {
  private States() {
  }

  /**
   * Creates a {@code Draft} state of type {@link StateType#DRAFT}.
   *
   * <p>The same as {@link #draft(Consumer) draft}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State draft() {
    return State.of(null, StateType.DRAFT, "Draft", null, null, null, null);
  }

  /**
   * Creates a {@code Draft} state of type {@link StateType#DRAFT}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State draft(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.DRAFT).name("Draft");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates an {@code In Review} state of type {@link StateType#IN_REVIEW}.
   *
   * <p>The same as {@link #inReview(Consumer) inReview}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State inReview() {
    return State.of(null, StateType.IN_REVIEW, "In Review", null, null, null, null);
  }

  /**
   * Creates an {@code In Review} state of type {@link StateType#IN_REVIEW}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State inReview(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.IN_REVIEW).name("In Review");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates an {@code Awaiting Approval} state of type {@link StateType#AWAITING_APPROVAL}.
   *
   * <p>The same as {@link #awaitingApproval(Consumer) awaitingApproval}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State awaitingApproval() {
    return State.of(null, StateType.AWAITING_APPROVAL, "Awaiting Approval", null, null, null, null);
  }

  /**
   * Creates an {@code Awaiting Approval} state of type {@link StateType#AWAITING_APPROVAL}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State awaitingApproval(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.AWAITING_APPROVAL).name("Awaiting Approval");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates an {@code Approved} state of type {@link StateType#APPROVED}.
   *
   * <p>The same as {@link #approved(Consumer) approved}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State approved() {
    return State.of(null, StateType.APPROVED, "Approved", null, null, null, null);
  }

  /**
   * Creates an {@code Approved} state of type {@link StateType#APPROVED}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State approved(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.APPROVED).name("Approved");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates a {@code Rejected} state of type {@link StateType#REJECTED}.
   *
   * <p>The same as {@link #rejected(Consumer) rejected}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State rejected() {
    return State.of(null, StateType.REJECTED, "Rejected", null, null, null, null);
  }

  /**
   * Creates a {@code Rejected} state of type {@link StateType#REJECTED}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State rejected(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.REJECTED).name("Rejected");
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
   * Creates an {@code Escalated} state of type {@link StateType#IN_REVIEW}.
   *
   * <p>Escalates to {@code reviewer}.
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
   * Creates an {@code Escalated} state of type {@link StateType#IN_REVIEW}.
   *
   * <p>Escalates to {@code reviewer}.
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
   * Creates an {@code Escalated} state of type {@link StateType#IN_REVIEW}.
   *
   * <p>Escalates to {@code reviewer}.
   *
   * <p>The same as the {@linkplain #escalated(String, Consumer) full form}
   * {@code escalated(reviewer, options -> {})}.
   *
   * @param reviewer the {@code reviewer} argument of {@link ReviewSpec#escalate}
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State escalated(@Nullable String reviewer) {
    return escalated(reviewer, States::noOptions);
  }

  /**
   * Creates an {@code Escalated} state of type {@link StateType#IN_REVIEW}.
   *
   * <p>Escalates to {@code reviewer}.
   *
   * @param reviewer the {@code reviewer} argument of {@link ReviewSpec#escalate}
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   * @see ReviewSpec#escalate
   */
  public static State escalated(@Nullable String reviewer, Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.IN_REVIEW).name("Escalated");
    options.accept(builder);
    StateDetails details;
    try {
      details = ReviewSpec.escalate(builder.stateDetails(), reviewer);
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
