package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.OnTransition;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface TransitionRuleSignature {

  @OnTransition(to = "DONE")
  static boolean close(State initial, StateDetails proposed) {
    return true;
  }
}
