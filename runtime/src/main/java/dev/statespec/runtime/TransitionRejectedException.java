package dev.statespec.runtime;

import org.jspecify.annotations.Nullable;

/**
 * A transition that a generated {@code StatePolicy} rejected or aborted, for callers who would
 * rather throw than inspect a {@link TransitionResult}: {@code StatePolicy.enforce(initial,
 * proposed)} throws it, as does {@link TransitionResult#orThrow()}. Its message names the rule that
 * decided and gives its reason: {@code PipelineSpec.approvalGate rejected the transition: nobody
 * approved the deployment}.
 */
public final class TransitionRejectedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The refusal; not serialized, since a state need not be serializable. */
  private final transient @Nullable TransitionResult<?> result;

  /**
   * Creates the exception for a result that was not accepted.
   *
   * @param result the result, rejected or aborted
   * @throws IllegalArgumentException if the result was accepted
   */
  public TransitionRejectedException(TransitionResult<?> result) {
    super(message(result));
    this.result = result;
  }

  private static String message(TransitionResult<?> result) {
    return switch (result.status()) {
      case ACCEPTED -> throw new IllegalArgumentException("an accepted transition is no refusal");
      case REJECTED -> result.rule() + " rejected the transition: " + result.reason();
      case ABORTED -> result.rule() + " aborted the transition: " + result.reason();
    };
  }

  /**
   * The refusal: its status, the state that stays (or is proposed instead), the reason and the rule.
   *
   * @return the result; {@code null} after the exception was serialized and read back
   */
  public @Nullable TransitionResult<?> result() {
    return result;
  }

  /**
   * Whether the transition was aborted rather than rejected.
   *
   * @return whether it was aborted; {@code false} after the exception was serialized and read back
   */
  public boolean isAborted() {
    return result != null && result.status() == TransitionStatus.ABORTED;
  }

  /**
   * The rule that decided, as {@code Spec.method}, or the table, as {@code Spec.transitions}.
   *
   * @return the rule; {@code null} after the exception was serialized and read back
   */
  public @Nullable String rule() {
    return result == null ? null : result.rule();
  }

  /**
   * Why the transition was refused.
   *
   * @return the reason; {@code null} after the exception was serialized and read back
   */
  public @Nullable String reason() {
    return result == null ? null : result.reason();
  }
}
