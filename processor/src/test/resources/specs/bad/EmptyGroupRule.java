package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Group;
import dev.statespec.annotations.StateSpec.OnTransition;
import dev.statespec.runtime.TransitionDecision;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE",
    groups = @Group(name = "LOST", types = {}))
public interface EmptyGroupRule {

  @OnTransition(from = "OPEN", to = "LOST")
  static TransitionDecision<State> find(State initial, State proposed) {
    return TransitionDecision.accept();
  }
}
