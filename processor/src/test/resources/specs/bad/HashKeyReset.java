package bad;

import dev.statespec.annotations.StateSpec;

@StateSpec(
    types = {"OPEN", "DONE"},
    terminal = "DONE",
    reset = "id",
    hashKey = {"id", "type"})
public interface HashKeyReset {}
