package gated;

import base.PipelineBase;
import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Named;

@StateSpec(types = "AWAITING_APPROVAL", named = @Named(type = "AWAITING_APPROVAL", names = "Delayed"))
public interface NamesBaseStateAgain extends PipelineBase {}
