package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Allow;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE",
    transitions = @Allow(from = "OPEN", to = "DONE"))
public interface NoStart {}
