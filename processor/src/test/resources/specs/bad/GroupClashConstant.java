package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Group;

// Group ACTIVE would generate StateType.ACTIVE_STATES, which is already a type's constant.
@StateSpec(types = {"ACTIVE_STATES", "DONE"}, terminal = "DONE",
    groups = @Group(name = "ACTIVE", types = "ACTIVE_STATES"))
public interface GroupClashConstant {}
