package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.OnBuild;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface RuleSignature {

  @OnBuild("OPEN")
  static String open(String details) {
    return details;
  }
}
