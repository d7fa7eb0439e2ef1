package brokenext;

import broken.TwiceBrokenBase;
import dev.statespec.annotations.StateSpec;

@StateSpec(types = "ARCHIVED")
public interface ExtendsTwiceBrokenBase extends TwiceBrokenBase {}
