package gated;

import base.PipelineBase;
import dev.statespec.annotations.StateSpec;

@StateSpec(types = "AWAITING_APPROVAL")
public interface RedeclaresBaseField extends PipelineBase {

  @StateSpec.Details
  interface Details {
    String approver();
    String owner();
  }
}
