package gated;

import base.PipelineBase;
import dev.statespec.annotations.StateSpec;

@StateSpec(types = "AWAITING_APPROVAL")
public interface RenamesBaseField extends PipelineBase {

  @StateSpec.Details
  interface Details {
    @StateSpec.JsonName("boss")
    String owner();
  }
}
