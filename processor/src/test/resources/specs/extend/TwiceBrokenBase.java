package broken;

import dev.statespec.annotations.StateSpec;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONEE", reset = "created")
public interface TwiceBrokenBase {}
