package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Factory;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface UnknownFactory {

  @Factory("Closed")
  static StateDetails closed(StateDetails details) {
    return details;
  }
}
