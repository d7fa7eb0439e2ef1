package bad;

import dev.statespec.annotations.StateSpec;

@StateSpec(
    types = {"OPEN",
        "FINAL"},
    terminal = "FINAL")
public interface FinalType {}
