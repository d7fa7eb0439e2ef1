package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Group;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE",
    groups = @Group(name = "UNFINISHED", types = {"OPEN", "OPEN"}))
public interface GroupDuplicateType {}
