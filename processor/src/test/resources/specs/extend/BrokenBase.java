package broken;

import dev.statespec.annotations.StateSpec;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "FINISHED")
public interface BrokenBase {}
