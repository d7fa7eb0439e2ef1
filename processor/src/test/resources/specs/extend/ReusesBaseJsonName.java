package gated;

import base.PipelineBase;
import dev.statespec.annotations.StateSpec;

@StateSpec(types = "AWAITING_APPROVAL")
public interface ReusesBaseJsonName extends PipelineBase {

  @StateSpec.Details
  interface Details {
    @StateSpec.JsonName("owner")
    String boss();
  }
}
