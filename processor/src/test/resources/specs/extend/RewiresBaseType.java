package gated;

import base.PipelineBase;
import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.WireValue;

@StateSpec(types = "AWAITING_APPROVAL",
    wireValues = @WireValue(type = "RUNNING", value = "running"))
public interface RewiresBaseType extends PipelineBase {}
