package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Factory;

@StateSpec(types = {"OPEN", "AWAITING_APPROVAL", "DONE"}, terminal = "DONE")
public interface FactorySpelling {

  // A display name: the factory of a type is named by the type's constant.
  @Factory("Awaiting Approval")
  static StateDetails awaiting(StateDetails details) {
    return details;
  }
}
