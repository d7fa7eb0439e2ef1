package gated;

import base.PipelineBase;
import dev.statespec.annotations.StateSpec;

@StateSpec(
    types = {"AWAITING_APPROVAL",
        "RUNNING"})
public interface RedeclaresBaseType extends PipelineBase {}
