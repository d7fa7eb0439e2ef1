package bad;

import dev.statespec.annotations.StateSpec;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface FieldParameters {

  @StateSpec.Details
  interface Details {
    String owner(int index);
  }
}
