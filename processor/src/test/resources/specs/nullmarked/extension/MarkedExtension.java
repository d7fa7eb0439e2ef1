package markedext;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.OnTransition;
import dev.statespec.runtime.TransitionDecision;
import marked.MarkedSpec;
import org.jspecify.annotations.Nullable;

/** An extension of a null-marked spec, read from its class files. */
@StateSpec(types = "PARKED")
public interface MarkedExtension extends MarkedSpec {

  /**
   * A parked state is never first.
   *
   * @param initial the state before, or null for a first state
   * @param proposed the parked state
   * @return accept after a state, reject as a first state
   */
  @OnTransition(to = "PARKED")
  static TransitionDecision<State> notFirst(@Nullable State initial, State proposed) {
    return initial != null ? TransitionDecision.accept() : TransitionDecision.reject("A run is not parked first");
  }
}
