package gated;

import dev.statespec.runtime.StateKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The types of a {@link State}; the JSON value of each is its name.
 *
 * @see GatedPipeline
 */
@Generated("dev.statespec.processor.StateSpecProcessor")
public enum StateType implements StateKind {
  QUEUED(false, "Queued"),

  RUNNING(false, "Running"),

  DONE(true, "Done"),

  FAILED(true, "Failed"),

  AWAITING_APPROVAL(false, "Awaiting Approval"),

  SKIPPED(true, "Skipped");

  /**
   * The terminal types, whose states are final; unmodifiable.
   */
  public static final Set<StateType> TERMINAL_STATES = Collections.unmodifiableSet(
      EnumSet.of(DONE, FAILED, SKIPPED));

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
