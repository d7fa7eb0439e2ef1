package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Group;

@StateSpec(types = {"OPEN", "REVIEW", "DONE"}, terminal = "DONE",
    groups = {
      @Group(name = "UNFINISHED", types = "OPEN"),
      @Group(name = "UNFINISHED", types = "REVIEW")})
public interface GroupClashGroup {}
