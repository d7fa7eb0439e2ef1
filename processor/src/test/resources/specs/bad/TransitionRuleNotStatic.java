package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.OnTransition;
import dev.statespec.runtime.TransitionDecision;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface TransitionRuleNotStatic {

  @OnTransition(to = "DONE")
  default TransitionDecision<State> close(State initial, State proposed) {
    return TransitionDecision.accept();
  }
}
