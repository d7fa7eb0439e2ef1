package bad;

import dev.statespec.annotations.StateSpec;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface TwoDetails {

  @StateSpec.Details
  interface Details {
    String owner();
  }

  @StateSpec.Details
  interface MoreDetails {
    String reviewer();
  }
}
