package bad;

import dev.statespec.annotations.StateSpec;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface UnsupportedFieldType {

  @StateSpec.Details
  interface Details {
    String owner();
    java.util.Date openedAt();
  }
}
