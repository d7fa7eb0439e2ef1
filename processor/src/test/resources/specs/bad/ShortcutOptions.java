package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Factory;
import dev.statespec.annotations.StateSpec.Shortcut;
import java.util.function.Consumer;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface ShortcutOptions {

  @Factory("OPEN")
  static StateDetails open(StateDetails details, @Shortcut Consumer<String> callback) {
    return details;
  }
}
