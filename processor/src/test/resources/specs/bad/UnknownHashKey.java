package bad;

import dev.statespec.annotations.StateSpec;

@StateSpec(
    types = {"OPEN", "DONE"},
    terminal = "DONE",
    hashKey = {"type", "stateDetails.owner"})
public interface UnknownHashKey {}
