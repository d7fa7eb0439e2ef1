package gated;

import base.PipelineBase;
import dev.statespec.annotations.StateSpec;

// The base's named state Delayed already generates States.delayed().
@StateSpec(types = "DELAYED")
public interface TypeNamedLikeBaseState extends PipelineBase {}
