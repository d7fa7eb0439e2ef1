package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Factory;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface FactoryRuledTwice {

  @Factory("OPEN")
  static StateDetails first(StateDetails details) {
    return details;
  }

  @Factory("OPEN")
  static StateDetails second(StateDetails details) {
    return details;
  }
}
