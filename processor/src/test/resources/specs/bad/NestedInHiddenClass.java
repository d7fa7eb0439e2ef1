package bad;

import dev.statespec.annotations.StateSpec;

public class NestedInHiddenClass {

  private static class Holder {

    @StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
    public interface HiddenSpec {}
  }
}
