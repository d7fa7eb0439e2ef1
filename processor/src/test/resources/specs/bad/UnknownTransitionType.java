package bad;

import static dev.statespec.annotations.StateSpec.START;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Allow;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE",
    transitions = {
      @Allow(from = START, to = "OPEN"),
      @Allow(from = "OPEN", to = "CLOSED")})
public interface UnknownTransitionType {}
