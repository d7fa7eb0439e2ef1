package bad;

import dev.statespec.annotations.StateSpec;

@StateSpec(
    types = {"OPEN",
        "DONE",
        "OPEN"},
    terminal = "DONE")
public interface DuplicateType {}
