package dev.statespec.examples.pipeline;

import dev.statespec.runtime.StateKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The types of a {@link State}; the JSON value of each is its name.
 *
 * @see PipelineSpec
 */
@Generated("dev.statespec.processor.StateSpecProcessor")
public enum StateType implements StateKind {
  QUEUED(false, "Queued"),

  BUILDING(false, "Building"),

  TESTING(false, "Testing"),

  AWAITING_APPROVAL(false, "Awaiting Approval"),

  DEPLOYING(false, "Deploying"),

  SUCCEEDED(true, "Succeeded"),

  FAILED(true, "Failed"),

  ROLLED_BACK(true, "Rolled Back"),

  SKIPPED(true, "Skipped");

  /**
   * The terminal types, whose states are final; unmodifiable.
   */
  public static final Set<StateType> TERMINAL_STATES = Collections.unmodifiableSet(
      EnumSet.of(SUCCEEDED, FAILED, ROLLED_BACK, SKIPPED));

  private final boolean terminal;

  private final String defaultName;

  StateType(boolean terminal, String defaultName) {
    this.terminal = terminal;
    this.defaultName = defaultName;
  }

  @Override
  public boolean isTerminal() {
    return terminal;
  }

  @Override
  public String defaultName() {
    return defaultName;
  }
}
