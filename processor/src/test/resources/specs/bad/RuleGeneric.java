package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Factory;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface RuleGeneric {

  @Factory("OPEN")
  static <T> StateDetails open(StateDetails details, T tag) {
    return details;
  }
}
