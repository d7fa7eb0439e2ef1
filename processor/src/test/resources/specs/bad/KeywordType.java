package bad;

import dev.statespec.annotations.StateSpec;

@StateSpec(
    types = {"NEW", "DONE"},
    terminal = "DONE")
public interface KeywordType {}
