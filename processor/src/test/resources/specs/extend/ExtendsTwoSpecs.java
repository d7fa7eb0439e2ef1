package gated;

import base.PipelineBase;
import dev.statespec.annotations.StateSpec;
import other.OtherBase;

@StateSpec(types = "AWAITING_APPROVAL")
public interface ExtendsTwoSpecs extends PipelineBase, OtherBase {}
