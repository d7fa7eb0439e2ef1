package dev.statespec.runtime;

/** How a transition was decided: what a {@link TransitionDecision} says and a {@link TransitionResult} reports. */
public enum TransitionStatus {
  /** The proposed state (or one a rule amended) follows the initial state. */
  ACCEPTED,
  /** The proposed state does not follow; the initial state stays, or a state a rule proposed instead follows. */
  REJECTED,
  /** The transition cannot be made at all: the caller should stop trying, and the initial state stays. */
  ABORTED
}
