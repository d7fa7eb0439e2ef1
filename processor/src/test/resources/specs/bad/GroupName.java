package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Group;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE",
    groups = @Group(name = "Unfinished", types = "OPEN"))
public interface GroupName {}
