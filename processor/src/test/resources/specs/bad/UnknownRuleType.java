package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.OnTransition;
import dev.statespec.runtime.TransitionDecision;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface UnknownRuleType {

  @OnTransition(from = "PENDING", to = "DONE")
  static TransitionDecision<State> close(State initial, State proposed) {
    return TransitionDecision.accept();
  }
}
