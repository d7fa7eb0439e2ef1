package bad;

import dev.statespec.annotations.StateSpec;

@StateSpec(types = {"DRAFT", "SENT"}, terminal = "SENT")
public interface SamePackageToo {}
