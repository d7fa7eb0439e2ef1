package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.WireCase;
import dev.statespec.annotations.StateSpec.WireValue;

// OPEN is given "done", which DONE has already in lower snake case.
@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE", wire = WireCase.LOWER_SNAKE,
    wireValues = @WireValue(type = "OPEN", value = "done"))
public interface DuplicateWireValue {}
