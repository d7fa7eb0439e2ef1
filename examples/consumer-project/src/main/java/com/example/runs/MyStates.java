package com.example.runs;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Group;
import dev.statespec.annotations.StateSpec.Named;
import dev.statespec.examples.prefect.PrefectSpec;

/**
 * Prefect's run states, from the statespec-prefect jar, extended with a type, a named state, a details
 * field and a group of this project's own. statespec reads {@link PrefectSpec} from its class files and
 * generates {@code StateType}, {@code State}, {@code StateDetails}, {@code CountByState} and
 * {@code States} here, in {@code com.example.runs}; Prefect's rules keep working on them.
 */
@StateSpec(
    types = "SKIPPED",
    terminal = "SKIPPED",
    named = @Named(type = "COMPLETED", names = "Cached"),
    groups = @Group(name = "ACTIVE", types = {"PENDING", "RUNNING", "CANCELLING"}))
public interface MyStates extends PrefectSpec {

  /** What this project adds to Prefect's state details. */
  @StateSpec.Details
  interface Details {
    /** The team that owns the run. */
    String team();
  }
}
