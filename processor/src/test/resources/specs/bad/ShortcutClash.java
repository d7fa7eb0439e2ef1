package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Factory;
import dev.statespec.annotations.StateSpec.Shortcut;
import java.time.Instant;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface ShortcutClash {

  @Factory("OPEN")
  static StateDetails open(StateDetails details, @Shortcut Instant from,
      @Shortcut Instant until) {
    return details;
  }
}
