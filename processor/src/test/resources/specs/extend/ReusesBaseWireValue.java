package gated;

import base.PipelineBase;
import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.WireValue;

// The base writes RUNNING as "RUNNING".
@StateSpec(types = "AWAITING_APPROVAL",
    wireValues = @WireValue(type = "AWAITING_APPROVAL", value = "RUNNING"))
public interface ReusesBaseWireValue extends PipelineBase {}
