package cycle;

import dev.statespec.annotations.StateSpec;

@StateSpec(types = {"DRAFT", "SENT"}, terminal = "SENT")
public interface CycleB extends CycleA {}
