package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Factory;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface FactoryRuledTwice {

  @Factory("Open")
  static StateDetails first(StateDetails details) {
    return details;
  }

  @Factory("Open")
  static StateDetails second(StateDetails details) {
    return details;
  }
}
