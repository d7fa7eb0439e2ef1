package bad;

import dev.statespec.annotations.StateSpec;

@StateSpec(
    types = {"OPEN", "REVIEW", "DONE"},
    terminal = "DONE",
    countOrder = {"DONE", "OPEN"})
public interface CountOrderIncomplete {}
