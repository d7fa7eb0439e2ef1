package bad;

import dev.statespec.annotations.StateSpec;

@StateSpec(types = {"OPEN", "DONE"})
public interface NoTerminal {}
