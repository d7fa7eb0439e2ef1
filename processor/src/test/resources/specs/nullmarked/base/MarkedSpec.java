package marked;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.OnTransition;
import dev.statespec.runtime.TransitionDecision;
import org.jspecify.annotations.Nullable;

/** A spec in a null-marked package, whose rules say which of their states may be null. */
@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface MarkedSpec {

  @StateSpec.Details
  interface Details {
    @Nullable String owner();
  }

  /**
   * Runs on every transition, a first state's too, so its state before may be null.
   *
   * @param initial the state before, or null for a first state
   * @param proposed the state proposed after it
   * @return accept, unless a first state is done already
   */
  @OnTransition
  static TransitionDecision<State> openFirst(@Nullable State initial, State proposed) {
    return initial == null && proposed.isDone() ? TransitionDecision.reject("A run starts open") : TransitionDecision.accept();
  }

  /**
   * Runs only after an open state, so its state before is never null.
   *
   * @param initial the open state
   * @param proposed the state proposed after it
   * @return accept with the owner carried over
   */
  @OnTransition(from = "OPEN")
  static TransitionDecision<State> keepOwner(State initial, State proposed) {
    String owner = initial.stateDetails().owner();
    return owner == null || proposed.stateDetails().owner() != null
        ? TransitionDecision.accept()
        : TransitionDecision.acceptWith(proposed.withStateDetails(proposed.stateDetails().withOwner(owner)));
  }

  /**
   * Written with the annotation's qualified name.
   *
   * @param initial the state before, or null for a first state
   * @param proposed the state proposed after it
   * @return accept
   */
  @OnTransition(from = {StateSpec.START, "OPEN"}, to = "DONE")
  static TransitionDecision<marked.State> qualified(@org.jspecify.annotations.Nullable State initial,
      marked.State proposed) {
    return TransitionDecision.accept();
  }
}
