package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Named;
import dev.statespec.annotations.StateSpec.OnBuild;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE", named = @Named(type = "OPEN", names = "Escalated"))
public interface OnBuildNamedState {

  // A named state: a build rule applies to every state of a type, so it names the type.
  @OnBuild("Escalated")
  static StateDetails normalize(StateDetails details) {
    return details;
  }
}
