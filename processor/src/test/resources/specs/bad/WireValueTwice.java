package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.WireValue;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE",
    wireValues = {
      @WireValue(type = "OPEN", value = "open"),
      @WireValue(type = "OPEN", value = "opened")})
public interface WireValueTwice {}
