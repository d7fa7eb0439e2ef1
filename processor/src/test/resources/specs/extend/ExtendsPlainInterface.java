package gated;

import dev.statespec.annotations.StateSpec;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface ExtendsPlainInterface extends Comparable<String> {}
