package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Factory;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface RuleNotStatic {

  @Factory("OPEN")
  default StateDetails open(StateDetails details) {
    return details;
  }
}
