package wireext;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.WireValue;
import wirebase.WireBase;

/** Inherits the base's lower snake case for its own types; gives one of them a wire value of its own. */
@StateSpec(
    types = {"ON_HOLD", "GAVE_UP"},
    terminal = "GAVE_UP",
    wireValues = @WireValue(type = "GAVE_UP", value = "abandoned"))
public interface WireExtension extends WireBase {}
