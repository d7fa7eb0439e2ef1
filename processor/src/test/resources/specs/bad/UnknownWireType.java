package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.WireValue;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE",
    wireValues = @WireValue(type = "CLOSED", value = "closed"))
public interface UnknownWireType {}
