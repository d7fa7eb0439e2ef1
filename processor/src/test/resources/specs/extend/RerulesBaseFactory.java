package gated;

import base.PipelineBase;
import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Factory;

@StateSpec(types = "AWAITING_APPROVAL")
public interface RerulesBaseFactory extends PipelineBase {

  @Factory("Delayed")
  static StateDetails delayAgain(StateDetails details) {
    return details;
  }
}
