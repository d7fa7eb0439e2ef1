package chain;

import dev.statespec.annotations.StateSpec;
import gated.GatedPipeline;

// RUNNING comes from PipelineBase, through GatedPipeline; SKIPPED from GatedPipeline.
@StateSpec(types = {"ON_HOLD",
    "RUNNING",
    "SKIPPED"})
public interface RedeclaresInheritedTypes extends GatedPipeline {}
