package gated;

import base.PipelineBase;
import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.WireCase;

@StateSpec(types = "AWAITING_APPROVAL", wire = WireCase.LOWER_SNAKE)
public interface ChangesWireCase extends PipelineBase {}
