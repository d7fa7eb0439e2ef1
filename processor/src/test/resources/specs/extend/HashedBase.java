package hashed;

import dev.statespec.annotations.StateSpec;

/** A base whose states hash their type and timestamp. */
@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE", hashKey = {"type", "timestamp"})
public interface HashedBase {}
