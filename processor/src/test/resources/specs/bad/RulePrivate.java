package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Factory;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface RulePrivate {

  @Factory("OPEN")
  private static StateDetails open(StateDetails details) {
    return details;
  }
}
