package dev.statespec.examples.airflow;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.statespec.runtime.StateKind;
import dev.statespec.runtime.StateSpecGenerated;
import dev.statespec.runtime.StateValidationException;
import dev.statespec.runtime.WireValues;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The types of a {@link State}; the JSON value of each is its {@link #wireValue() wire value}.
 *
 * <p>The types as a Mermaid state diagram, without transitions, since the spec has no transitions
 * table and allows them all; written
 * to {@code META-INF/statespec/dev.statespec.examples.airflow.AirflowSpec.mmd},
 * and in Graphviz DOT to {@code META-INF/statespec/dev.statespec.examples.airflow.AirflowSpec.dot}:
 *
 * <pre>{@code
 * stateDiagram-v2
 *     %% The states of dev.statespec.examples.airflow.AirflowSpec, which has no transitions table: every transition is allowed, none is drawn.
 *     %% Terminal types are bold; a state's text names its groups.
 *     classDef terminal font-weight:bold,stroke-width:3px
 *     REMOVED
 *     SCHEDULED : UNFINISHED
 *     QUEUED : UNFINISHED
 *     RUNNING : UNFINISHED, EXECUTING
 *     SUCCESS : SUCCESSFUL
 *     SHUTDOWN : UNFINISHED, TERMINATING
 *     RESTARTING : UNFINISHED, TERMINATING
 *     FAILED : FAILURE
 *     UP_FOR_RETRY : UNFINISHED
 *     UP_FOR_RESCHEDULE : UNFINISHED
 *     UPSTREAM_FAILED : FAILURE
 *     SKIPPED : SUCCESSFUL
 *     DEFERRED : UNFINISHED, EXECUTING
 *     class REMOVED, SUCCESS, FAILED, UPSTREAM_FAILED, SKIPPED terminal
 * }</pre>
 *
 * @see AirflowSpec
 */
@Generated("dev.statespec.processor.StateSpecProcessor")
@StateSpecGenerated
@NullMarked
public enum StateType implements StateKind {
  /**
   * The type {@code REMOVED}, a terminal one, whose states are named {@code "Removed"} by default.
   */
  REMOVED(true, "Removed", "removed"),

  /**
   * The type {@code SCHEDULED}, whose states are named {@code "Scheduled"} by default.
   */
  SCHEDULED(false, "Scheduled", "scheduled"),

  /**
   * The type {@code QUEUED}, whose states are named {@code "Queued"} by default.
   */
  QUEUED(false, "Queued", "queued"),

  /**
   * The type {@code RUNNING}, whose states are named {@code "Running"} by default.
   */
  RUNNING(false, "Running", "running"),

  /**
   * The type {@code SUCCESS}, a terminal one, whose states are named {@code "Success"} by default.
   */
  SUCCESS(true, "Success", "success"),

  /**
   * The type {@code SHUTDOWN}, whose states are named {@code "Shutdown"} by default.
   */
  SHUTDOWN(false, "Shutdown", "shutdown"),

  /**
   * The type {@code RESTARTING}, whose states are named {@code "Restarting"} by default.
   */
  RESTARTING(false, "Restarting", "restarting"),

  /**
   * The type {@code FAILED}, a terminal one, whose states are named {@code "Failed"} by default.
   */
  FAILED(true, "Failed", "failed"),

  /**
   * The type {@code UP_FOR_RETRY}, whose states are named {@code "Up For Retry"} by default.
   */
  UP_FOR_RETRY(false, "Up For Retry", "up_for_retry"),

  /**
   * The type {@code UP_FOR_RESCHEDULE}, whose states are named {@code "Up For Reschedule"} by default.
   */
  UP_FOR_RESCHEDULE(false, "Up For Reschedule", "up_for_reschedule"),

  /**
   * The type {@code UPSTREAM_FAILED}, a terminal one, whose states are named {@code "Upstream Failed"} by default.
   */
  UPSTREAM_FAILED(true, "Upstream Failed", "upstream_failed"),

  /**
   * The type {@code SKIPPED}, a terminal one, whose states are named {@code "Skipped"} by default.
   */
  SKIPPED(true, "Skipped", "skipped"),

  /**
   * The type {@code DEFERRED}, whose states are named {@code "Deferred"} by default.
   */
  DEFERRED(false, "Deferred", "deferred");

  /**
   * The terminal types, whose states are final; unmodifiable.
   */
  public static final Set<StateType> TERMINAL_STATES = Collections.unmodifiableSet(
      EnumSet.of(SUCCESS, FAILED, SKIPPED, UPSTREAM_FAILED, REMOVED));

  /**
   * The types of group {@code UNFINISHED}; unmodifiable.
   */
  public static final Set<StateType> UNFINISHED_STATES = Collections.unmodifiableSet(
      EnumSet.of(SCHEDULED, QUEUED, RUNNING, SHUTDOWN, RESTARTING, UP_FOR_RETRY, UP_FOR_RESCHEDULE, DEFERRED));

  /**
   * The types of group {@code EXECUTING}; unmodifiable.
   */
  public static final Set<StateType> EXECUTING_STATES = Collections.unmodifiableSet(
      EnumSet.of(RUNNING, DEFERRED));

  /**
   * The types of group {@code FAILURE}; unmodifiable.
   */
  public static final Set<StateType> FAILURE_STATES = Collections.unmodifiableSet(
      EnumSet.of(FAILED, UPSTREAM_FAILED));

  /**
   * The types of group {@code SUCCESSFUL}; unmodifiable.
   */
  public static final Set<StateType> SUCCESSFUL_STATES = Collections.unmodifiableSet(
      EnumSet.of(SUCCESS, SKIPPED));

  /**
   * The types of group {@code TERMINATING}; unmodifiable.
   */
  public static final Set<StateType> TERMINATING_STATES = Collections.unmodifiableSet(
      EnumSet.of(SHUTDOWN, RESTARTING));

  private static final WireValues<StateType> WIRE_VALUES = new WireValues<>(StateType.class,
      StateType::wireValue);

  private final boolean terminal;

  private final String defaultName;

  private final String wireValue;

  StateType(boolean terminal, String defaultName, String wireValue) {
    this.terminal = terminal;
    this.defaultName = defaultName;
    this.wireValue = wireValue;
  }

  /**
   * Reads a type from JSON, a map or a row: a {@code StateType} as it is, or the wire value of one.
   *
   * @param value a type, its wire value, or {@code null}
   * @param path the path of the value, which an error names
   * @return the type, or {@code null} for {@code null}
   * @throws StateValidationException naming {@code path} and the wire values accepted, when
   *     {@code value} is neither
   */
  public static @Nullable StateType read(@Nullable Object value, String path) {
    return WIRE_VALUES.read(value, path);
  }

  /**
   * The type whose wire value is {@code wireValue}, exactly: the lookup of the keys of
   * {@code CountByState.fromMap}, which words its own refusal.
   *
   * @param wireValue the text
   * @return the type, or {@code null} when no type has that wire value
   */
  static @Nullable StateType forWireValue(String wireValue) {
    return WIRE_VALUES.forWireValue(wireValue);
  }

  /**
   * The wire values of every type, in order, as a refusal lists them: {@code "a, b, c"}.
   * Joined when asked, since as one constant they could pass the 64 KB Java allows a string
   * constant.
   *
   * @return the wire values, joined by commas
   */
  static String wireValueList() {
    return String.join(", ", WIRE_VALUES.all());
  }

  @Override
  public boolean isTerminal() {
    return terminal;
  }

  /**
   * Whether this type is in group {@code UNFINISHED}, one of {@link #UNFINISHED_STATES}.
   */
  public boolean isUnfinished() {
    return UNFINISHED_STATES.contains(this);
  }

  /**
   * Whether this type is in group {@code EXECUTING}, one of {@link #EXECUTING_STATES}.
   */
  public boolean isExecuting() {
    return EXECUTING_STATES.contains(this);
  }

  /**
   * Whether this type is in group {@code FAILURE}, one of {@link #FAILURE_STATES}.
   */
  public boolean isFailure() {
    return FAILURE_STATES.contains(this);
  }

  /**
   * Whether this type is in group {@code SUCCESSFUL}, one of {@link #SUCCESSFUL_STATES}.
   */
  public boolean isSuccessful() {
    return SUCCESSFUL_STATES.contains(this);
  }

  /**
   * Whether this type is in group {@code TERMINATING}, one of {@link #TERMINATING_STATES}.
   */
  public boolean isTerminating() {
    return TERMINATING_STATES.contains(this);
  }

  @Override
  public String defaultName() {
    return defaultName;
  }

  /**
   * The text this type is written as in JSON, maps and rows, and the only text read as it.
   *
   * @return the wire value
   */
  @JsonValue
  public String wireValue() {
    return wireValue;
  }
}
