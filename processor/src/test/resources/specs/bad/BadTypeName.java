package bad;

import dev.statespec.annotations.StateSpec;

@StateSpec(
    types = {"OPEN", "in-review", "DONE"},
    terminal = "DONE")
public interface BadTypeName {}
