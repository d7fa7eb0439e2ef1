package gated;

import dev.statespec.annotations.StateSpec;

// Compiled without base.PipelineBase on the class path.
@StateSpec(types = "AWAITING_APPROVAL")
public interface ExtendsMissingBase extends base.PipelineBase {}
