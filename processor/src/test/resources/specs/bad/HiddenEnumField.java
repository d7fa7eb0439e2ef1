package bad;

import dev.statespec.annotations.StateSpec;

@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface HiddenEnumField {

  @StateSpec.Details
  interface Details {
    String owner();
    java.util.List<Secret.Level> levels();
  }

  final class Secret {
    private enum Level { LOW, HIGH }
  }
}
