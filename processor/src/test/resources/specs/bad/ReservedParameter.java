package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Factory;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface ReservedParameter {

  @Factory("OPEN")
  static StateDetails open(StateDetails details, String options) {
    return details;
  }
}
