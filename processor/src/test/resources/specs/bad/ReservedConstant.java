package bad;

import dev.statespec.annotations.StateSpec;

// WIRE_VALUES is the generated StateType's own field.
@StateSpec(types = {"OPEN", "WIRE_VALUES", "DONE"}, terminal = "DONE")
public interface ReservedConstant {}
