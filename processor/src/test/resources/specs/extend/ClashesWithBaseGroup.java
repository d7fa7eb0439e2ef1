package gated;

import base.PipelineBase;
import dev.statespec.annotations.StateSpec;

// The base's group ACTIVE already generates State.isActive().
@StateSpec(types = "ACTIVE")
public interface ClashesWithBaseGroup extends PipelineBase {}
