package gated;

import base.PipelineBase;
import dev.statespec.annotations.StateSpec;

// The base resets id.
@StateSpec(types = "AWAITING_APPROVAL", hashKey = {"type", "id"})
public interface HashesBaseReset extends PipelineBase {}
