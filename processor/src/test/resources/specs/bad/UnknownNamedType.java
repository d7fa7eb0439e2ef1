package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Named;

@StateSpec(
    types = {"OPEN", "DONE"},
    terminal = "DONE",
    named = @Named(type = "CLOSED", names = "Archived"))
public interface UnknownNamedType {}
