package bad;

import dev.statespec.annotations.StateSpec;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface DetailsNotInterface {

  @StateSpec.Details
  abstract class Details {
    abstract String owner();
  }
}
