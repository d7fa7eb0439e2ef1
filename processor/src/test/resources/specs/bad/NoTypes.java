package bad;

import dev.statespec.annotations.StateSpec;

@StateSpec(terminal = {})
public interface NoTypes {}
