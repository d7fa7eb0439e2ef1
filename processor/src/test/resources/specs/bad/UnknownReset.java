package bad;

import dev.statespec.annotations.StateSpec;

@StateSpec(
    types = {"OPEN", "DONE"},
    terminal = "DONE",
    reset = "created")
public interface UnknownReset {}
