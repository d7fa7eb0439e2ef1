package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.WireCase;
import dev.statespec.annotations.StateSpec.WireValue;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE", wire = WireCase.LOWER_SNAKE,
    wireValues = @WireValue(type = "OPEN", value = " "))
public interface BlankWireValue {}
