package bad;

import static dev.statespec.annotations.StateSpec.START;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Allow;

@StateSpec(types = {"OPEN", "IN_REVIEW", "DONE"}, terminal = "DONE",
    transitions = {
      @Allow(from = START, to = "OPEN"),
      @Allow(from = "OPEN", to = "In Review"),
      @Allow(from = "IN_REVIEW", to = "DONE")})
public interface TransitionTypeSpelling {}
