package bad;

import dev.statespec.annotations.StateSpec;

@StateSpec(
    types = {"OPEN", "DONE"},
    terminal = {"DONE", "DONE"})
public interface DuplicateTerminal {}
