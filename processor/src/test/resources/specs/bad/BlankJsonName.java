package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.JsonName;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface BlankJsonName {

  @StateSpec.Details
  interface Details {
    @JsonName("owner id") String owner();
  }
}
