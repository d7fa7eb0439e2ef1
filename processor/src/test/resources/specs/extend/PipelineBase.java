package base;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Factory;
import dev.statespec.annotations.StateSpec.Group;
import dev.statespec.annotations.StateSpec.Named;
import dev.statespec.annotations.StateSpec.OnBuild;
import dev.statespec.annotations.StateSpec.Shortcut;
import java.time.Instant;

/** A small pipeline, compiled on its own into a "jar" that extensions only see as class files. */
@StateSpec(
    types = {"QUEUED", "RUNNING", "DONE", "FAILED"},
    terminal = {"DONE", "FAILED"},
    groups = @Group(name = "ACTIVE", types = {"QUEUED", "RUNNING"}),
    named = @Named(type = "QUEUED", names = "Delayed"),
    reset = "id",
    countOrder = {"DONE", "FAILED", "RUNNING", "QUEUED"})
public interface PipelineBase {

  @StateSpec.Details
  interface Details {
    String owner();
    Instant startAt();
  }

  /** Queued states start now unless told otherwise. */
  @OnBuild("QUEUED")
  static StateDetails startNow(StateDetails details) {
    return details.startAt() != null ? details : details.withStartAt(Instant.EPOCH);
  }

  /** Delayed until {@code until}. */
  @Factory("Delayed")
  static StateDetails delay(StateDetails details, @Shortcut Instant until) {
    return details.withStartAt(until);
  }
}
