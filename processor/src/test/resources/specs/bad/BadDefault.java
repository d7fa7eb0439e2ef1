package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Default;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface BadDefault {

  @StateSpec.Details
  interface Details {
    @Default("maybe") Boolean urgent();
  }
}
