package dev.statespec.runtime;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a transition rule decides about one transition, from the state before ({@code initial}) to
 * the state proposed after it: accept it, reject it (perhaps proposing another state instead), or
 * abort it. Rules return one of the factories' decisions; the generated {@code StatePolicy} runs
 * them in order, and the first that does not accept decides.
 *
 * <p>{@link #accept()} is one shared instance, so a rule that accepts allocates nothing.
 *
 * @param <S> the generated {@code State} of the rule's spec
 */
public final class TransitionDecision<S extends StateValue<?>> {

  private static final TransitionDecision<?> ACCEPT = new TransitionDecision<>(TransitionStatus.ACCEPTED, null, null);

  private final TransitionStatus status;
  private final @Nullable S state;
  private final @Nullable String reason;

  private TransitionDecision(TransitionStatus status, @Nullable S state, @Nullable String reason) {
    this.status = status;
    this.state = state;
    this.reason = reason;
  }

  /**
   * Accepts the transition as proposed; the next rule decides on.
   *
   * @param <S> the rule's {@code State}
   * @return the one accepting decision, shared
   */
  @SuppressWarnings("unchecked") // holds no state, so it is a decision about states of any type
  public static <S extends StateValue<?>> TransitionDecision<S> accept() {
    return (TransitionDecision<S>) ACCEPT;
  }

  /**
   * Accepts the transition with {@code state} in place of the proposed state, say the proposed
   * state with a detail copied from the initial one; later rules see {@code state} as the proposed
   * state.
   *
   * @param state the state to accept instead of the proposed one
   * @param <S> the rule's {@code State}
   * @return the decision
   */
  public static <S extends StateValue<?>> TransitionDecision<S> acceptWith(S state) {
    return new TransitionDecision<>(TransitionStatus.ACCEPTED, Objects.requireNonNull(state, "state"), null);
  }

  /**
   * Rejects the transition: the initial state stays.
   *
   * @param reason why, in the caller's terms
   * @param <S> the rule's {@code State}
   * @return the decision
   */
  public static <S extends StateValue<?>> TransitionDecision<S> reject(String reason) {
    return new TransitionDecision<>(TransitionStatus.REJECTED, null, Objects.requireNonNull(reason, "reason"));
  }

  /**
   * Rejects the transition and proposes {@code state} instead, say a state that waits and retries
   * in place of a failure.
   *
   * @param state the state to follow instead of the proposed one
   * @param reason why, in the caller's terms
   * @param <S> the rule's {@code State}
   * @return the decision
   */
  public static <S extends StateValue<?>> TransitionDecision<S> rejectWith(S state, String reason) {
    return new TransitionDecision<>(TransitionStatus.REJECTED, Objects.requireNonNull(state, "state"),
        Objects.requireNonNull(reason, "reason"));
  }

  /**
   * Aborts the transition: it cannot be made, and the caller should not try it again.
   *
   * @param reason why, in the caller's terms
   * @param <S> the rule's {@code State}
   * @return the decision
   */
  public static <S extends StateValue<?>> TransitionDecision<S> abort(String reason) {
    return new TransitionDecision<>(TransitionStatus.ABORTED, null, Objects.requireNonNull(reason, "reason"));
  }

  /**
   * How the transition is decided.
   *
   * @return the status
   */
  public TransitionStatus status() {
    return status;
  }

  /**
   * Whether the rule accepts the transition, as proposed or amended.
   *
   * @return whether the status is {@link TransitionStatus#ACCEPTED}
   */
  public boolean isAccepted() {
    return status == TransitionStatus.ACCEPTED;
  }

  /**
   * The state the rule gives: the amended state of {@link #acceptWith}, the state proposed instead
   * by {@link #rejectWith}; {@code null} otherwise.
   *
   * @return the state, or {@code null}
   */
  public @Nullable S state() {
    return state;
  }

  /**
   * The state the rule gives, or {@code otherwise} when it gives none.
   *
   * @param otherwise the state to return when the rule gives none
   * @return {@link #state()} unless null, else {@code otherwise}
   */
  public S stateOr(S otherwise) {
    return state != null ? state : otherwise;
  }

  /**
   * Why the rule rejects or aborts; {@code null} when it accepts.
   *
   * @return the reason, or {@code null}
   */
  public @Nullable String reason() {
    return reason;
  }

  /**
   * This decision about {@code state} in place of its own: how a policy hands on the decision of a
   * rule that works on another spec's states, converted. An accepting decision about no state stays
   * the shared {@link #accept()}.
   *
   * @param state this decision's state in the policy's terms; {@code null} exactly when {@link
   *     #state()} is
   * @param <T> the policy's {@code State}
   * @return the decision
   */
  public <T extends StateValue<?>> TransitionDecision<T> withState(@Nullable T state) {
    if (state == null && status == TransitionStatus.ACCEPTED) {
      return accept();
    }
    return new TransitionDecision<>(status, state, reason);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TransitionDecision<?> that && status == that.status && Objects.equals(state, that.state)
        && Objects.equals(reason, that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, state, reason);
  }

  @Override
  public String toString() {
    return reason == null ? status.toString() : status + ": " + reason;
  }
}
