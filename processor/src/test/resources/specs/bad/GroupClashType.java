package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Group;

// Group FAILED and type FAILED would both generate isFailed().
@StateSpec(types = {"OPEN", "FAILED", "DONE"}, terminal = {"FAILED", "DONE"},
    groups = @Group(name = "FAILED", types = "FAILED"))
public interface GroupClashType {}
