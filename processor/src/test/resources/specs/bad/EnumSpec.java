package bad;

import dev.statespec.annotations.StateSpec;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public enum EnumSpec { OPEN, DONE }
