package dev.statespec.benchmarks.records;

/** Prefect's state types, written by hand: a terminal flag and a default name per constant. */
public enum RecordStateType {
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

  RecordStateType(boolean terminal, String defaultName) {
    this.terminal = terminal;
    this.defaultName = defaultName;
  }

  /** Whether states of this type are final. */
  public boolean isTerminal() {
    return terminal;
  }

  /** The name a state of this type takes when none is given. */
  public String defaultName() {
    return defaultName;
  }
}
