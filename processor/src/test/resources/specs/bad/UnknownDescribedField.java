package bad;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Describe;
import dev.statespec.annotations.StateSpec.Schema;

@StateSpec(
    types = {"OPEN", "DONE"},
    terminal = "DONE",
    schema = @Schema(fields = {
        @Describe(field = "message", examples = "Opened"),
        @Describe(field = "stateDetails.owner", description = "Who owns it")}))
public interface UnknownDescribedField {}
