package wireenum;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Default;
import java.util.Set;

/** A ticket whose details hold an enum with Jackson wire names. */
@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface LevelSpec {

  /** How urgent the ticket is. */
  @StateSpec.Details
  interface Details {
    /** The ticket's level. */
    @Default("HIGH")
    Level level();

    /** Levels it had before. */
    Set<Level> history();
  }
}
