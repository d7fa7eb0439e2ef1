package brokenext;

import broken.BrokenBase;
import dev.statespec.annotations.StateSpec;

@StateSpec(types = "ARCHIVED")
public interface ExtendsBrokenBase extends BrokenBase {}
