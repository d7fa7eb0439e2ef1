package wirebase;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.WireCase;
import dev.statespec.annotations.StateSpec.WireValue;

/** A queue written in lower snake case, one type with a wire value of its own. */
@StateSpec(
    types = {"QUEUED", "IN_FLIGHT", "DONE"},
    terminal = "DONE",
    wire = WireCase.LOWER_SNAKE,
    wireValues = @WireValue(type = "IN_FLIGHT", value = "busy"))
public interface WireBase {}
