package gated;

import base.PipelineBase;
import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Group;

// The base's type RUNNING already generates State.isRunning().
@StateSpec(types = "AWAITING_APPROVAL", groups = @Group(name = "RUNNING", types = "QUEUED"))
public interface GroupNamedLikeBaseType extends PipelineBase {}
