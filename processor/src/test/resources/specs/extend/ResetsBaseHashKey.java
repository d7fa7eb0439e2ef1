package hashedext;

import dev.statespec.annotations.StateSpec;
import hashed.HashedBase;

// The base's hashKey lists timestamp.
@StateSpec(types = "ARCHIVED",
    reset = "timestamp")
public interface ResetsBaseHashKey extends HashedBase {}
