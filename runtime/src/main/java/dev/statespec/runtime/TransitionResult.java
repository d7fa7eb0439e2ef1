package dev.statespec.runtime;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a generated {@code StatePolicy} on one transition: its {@link #status()}, the
 * state that follows (or stays), and, when it was not accepted, why and which rule decided.
 *
 * <table>
 *   <caption>The state of each outcome</caption>
 *   <tr><th>status</th><th>{@link #state()}</th></tr>
 *   <tr><td>{@link TransitionStatus#ACCEPTED ACCEPTED}</td><td>the proposed state, or the state a rule
 *       amended it to</td></tr>
 *   <tr><td>{@link TransitionStatus#REJECTED REJECTED}</td><td>the state a rule proposed instead, else the
 *       initial state ({@code null} for a first state)</td></tr>
 *   <tr><td>{@link TransitionStatus#ABORTED ABORTED}</td><td>the initial state ({@code null} for a first
 *       state)</td></tr>
 * </table>
 *
 * @param <S> the generated {@code State} of the policy's spec
 */
public final class TransitionResult<S extends StateValue<?>> {

  private final TransitionStatus status;
  private final @Nullable S state;
  private final @Nullable String reason;
  private final @Nullable String rule;

  private TransitionResult(TransitionStatus status, @Nullable S state, @Nullable String reason,
      @Nullable String rule) {
    this.status = status;
    this.state = state;
    this.reason = reason;
    this.rule = rule;
  }

  /**
   * An accepted transition.
   *
   * @param state the state that follows: the proposed one, or one a rule amended
   * @param <S> the policy's {@code State}
   * @return the result
   */
  public static <S extends StateValue<?>> TransitionResult<S> accepted(S state) {
    return new TransitionResult<>(TransitionStatus.ACCEPTED, Objects.requireNonNull(state, "state"), null, null);
  }

  /**
   * A transition rejected without a rule, such as one a spec's transitions table does not list:
   * the initial state stays.
   *
   * @param initial the state before, or {@code null} for a first state
   * @param reason why
   * @param rule what decided, such as {@code "PipelineSpec.transitions"}
   * @param <S> the policy's {@code State}
   * @return the result
   */
  public static <S extends StateValue<?>> TransitionResult<S> rejected(@Nullable S initial, String reason,
      String rule) {
    return new TransitionResult<>(TransitionStatus.REJECTED, initial, Objects.requireNonNull(reason, "reason"),
        Objects.requireNonNull(rule, "rule"));
  }

  /**
   * A transition {@code rule} rejected or aborted.
   *
   * @param decision what the rule returned: a rejection or an abort
   * @param initial the state before, or {@code null} for a first state
   * @param rule the rule, as {@code Spec.method}
   * @param <S> the policy's {@code State}
   * @return the result
   * @throws IllegalArgumentException if the decision accepts
   */
  public static <S extends StateValue<?>> TransitionResult<S> refused(TransitionDecision<S> decision,
      @Nullable S initial, String rule) {
    Objects.requireNonNull(rule, "rule");
    S instead = decision.state();
    return switch (decision.status()) {
      case ACCEPTED -> throw new IllegalArgumentException(rule + " accepted the transition, so it refused nothing");
      case REJECTED -> new TransitionResult<>(TransitionStatus.REJECTED, instead != null ? instead : initial,
          decision.reason(), rule);
      case ABORTED -> new TransitionResult<>(TransitionStatus.ABORTED, initial, decision.reason(), rule);
    };
  }

  /**
   * How the transition was decided.
   *
   * @return the status
   */
  public TransitionStatus status() {
    return status;
  }

  /**
   * Whether the transition was accepted.
   *
   * @return whether the status is {@link TransitionStatus#ACCEPTED}
   */
  public boolean isAccepted() {
    return status == TransitionStatus.ACCEPTED;
  }

  /**
   * The state that follows the transition (see the table above): the proposed or amended state
   * when accepted, the state a rule proposed instead or the initial state otherwise.
   *
   * @return the state; {@code null} when a first state was not accepted and none was proposed instead
   */
  public @Nullable S state() {
    return state;
  }

  /**
   * Why the transition was rejected or aborted.
   *
   * @return the reason; {@code null} when accepted
   */
  public @Nullable String reason() {
    return reason;
  }

  /**
   * What decided a transition that was not accepted: a rule, as {@code Spec.method}, or the spec's
   * transitions table, as {@code Spec.transitions}.
   *
   * @return the rule; {@code null} when accepted
   */
  public @Nullable String rule() {
    return rule;
  }

  /**
   * The state that follows an accepted transition, or the refusal as an exception.
   *
   * @return {@link #state()}, when accepted
   * @throws TransitionRejectedException naming the rule and the reason, when rejected or aborted
   */
  public S orThrow() {
    if (status != TransitionStatus.ACCEPTED) {
      throw new TransitionRejectedException(this);
    }
    return Objects.requireNonNull(state, "state"); // never null: accepted(state) requires it
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TransitionResult<?> that && status == that.status && Objects.equals(state, that.state)
        && Objects.equals(reason, that.reason) && Objects.equals(rule, that.rule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, state, reason, rule);
  }

  @Override
  public String toString() {
    return rule == null ? status.toString() : status + " by " + rule + (reason == null ? "" : ": " + reason);
  }
}
