package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.OnBuild;

@StateSpec(types = {"OPEN", "AWAITING_APPROVAL", "DONE"}, terminal = "DONE")
public interface TypeSpelling {

  // The state type in lowerCamelCase: a type is named by its constant.
  @OnBuild("awaitingApproval")
  static StateDetails normalize(StateDetails details) {
    return details;
  }
}
