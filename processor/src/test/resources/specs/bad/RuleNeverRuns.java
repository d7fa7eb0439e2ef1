package bad;

import static dev.statespec.annotations.StateSpec.START;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Allow;
import dev.statespec.annotations.StateSpec.OnTransition;
import dev.statespec.runtime.TransitionDecision;

@StateSpec(types = {"OPEN", "REVIEW", "DONE"}, terminal = "DONE",
    transitions = {
      @Allow(from = START, to = "OPEN"),
      @Allow(from = "OPEN", to = "REVIEW"),
      @Allow(from = "REVIEW", to = "DONE")})
public interface RuleNeverRuns {

  @OnTransition(from = "OPEN", to = "DONE")
  static TransitionDecision<State> skipReview(State initial, State proposed) {
    return TransitionDecision.reject("Every change is reviewed");
  }
}
