package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.JsonName;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface DuplicateJsonName {

  @StateSpec.Details
  interface Details {
    String ownerId();
    @JsonName("owner_id") String owner();
  }
}
