package bad;

import dev.statespec.annotations.StateSpec;

@StateSpec(
    types = {"OPEN", "OPEN", "DONE"},
    terminal = "CLOSED",
    reset = "type")
public interface ManyMistakes {}
