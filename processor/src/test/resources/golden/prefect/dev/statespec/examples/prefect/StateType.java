package dev.statespec.examples.prefect;

import dev.statespec.runtime.StateKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The types of a {@link State}; the JSON value of each is its name.
 *
 * @see PrefectSpec
 */
@Generated("dev.statespec.processor.StateSpecProcessor")
public enum StateType implements StateKind {
  SCHEDULED(false, "Scheduled"),

  PENDING(false, "Pending"),

  RUNNING(false, "Running"),

  COMPLETED(true, "Completed"),

  FAILED(true, "Failed"),

  CANCELLED(true, "Cancelled"),

  CRASHED(true, "Crashed"),

  PAUSED(false, "Paused"),

  CANCELLING(false, "Cancelling");

  /**
   * The terminal types, whose states are final; unmodifiable.
   */
  public static final Set<StateType> TERMINAL_STATES = Collections.unmodifiableSet(
      EnumSet.of(COMPLETED, CANCELLED, FAILED, CRASHED));

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
