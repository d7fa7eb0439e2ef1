package bad;

import dev.statespec.annotations.StateSpec;

public interface DetailsOutsideSpec {

  @StateSpec.Details
  interface Details {
    String owner();
  }
}
