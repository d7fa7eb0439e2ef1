package dev.statespec.benchmarks.immutables;

/** Prefect's state types for the Immutables model: a terminal flag and a default name per constant. */
public enum RunStateType {
  SCHEDULED(false, "Scheduled"),
  PENDING(false, "Pending"),
  RUNNING(false, "Running"),
  COMPLETED(true, "Completed"),
  FAILED(true, "Failed"),
  CANCELLED(true, "Cancelled"),
  CRASHED(true, "Crashed"),
  PAUSED(false, "Paused"),
  CANCELLING(false, "Cancelling");

  private final boolean terminal;
  private final String defaultName;

  RunStateType(boolean terminal, String defaultName) {
    this.terminal = terminal;
    this.defaultName = defaultName;
  }

  public boolean isTerminal() {
    return terminal;
  }

  public String defaultName() {
    return defaultName;
  }
}
