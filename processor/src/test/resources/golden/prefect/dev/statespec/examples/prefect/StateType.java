package dev.statespec.examples.prefect;

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
 * <p>The types as a Mermaid state diagram, with where the spec's rules decide, since it has no
 * transitions table and allows every transition they do not refuse; written
 * to {@code META-INF/statespec/dev.statespec.examples.prefect.PrefectSpec.mmd},
 * and in Graphviz DOT to {@code META-INF/statespec/dev.statespec.examples.prefect.PrefectSpec.dot}:
 *
 * <pre>{@code
 * stateDiagram-v2
 *     %% The states of dev.statespec.examples.prefect.PrefectSpec, which has no transitions table: every transition is allowed unless a rule refuses it.
 *     %% Drawn is where its rules decide: an edge is a transition its rules run on, labelled with them in the order they run; a state's text names a rule that runs on every transition entering or leaving it.
 *     %% On every transition: preserveDeploymentConcurrencyLeaseId, preventDuplicateTransitions.
 *     %% Terminal types are bold; a state's text names its groups, then the rules deciding all its ways in or out.
 *     classDef terminal font-weight:bold,stroke-width:3px
 *     SCHEDULED
 *     SCHEDULED : entering decided by ensureOnlyScheduledFlowsMarkedLate
 *     PENDING
 *     RUNNING
 *     COMPLETED
 *     COMPLETED : leaving decided by handleFlowTerminalStateTransitions
 *     FAILED
 *     FAILED : leaving decided by handleFlowTerminalStateTransitions
 *     CANCELLED
 *     CANCELLED : leaving decided by handleFlowTerminalStateTransitions
 *     CRASHED
 *     CRASHED : leaving decided by handleFlowTerminalStateTransitions
 *     PAUSED
 *     PAUSED : entering decided by handlePausingFlows
 *     PAUSED : leaving decided by handleResumingPausedFlows
 *     CANCELLING
 *     SCHEDULED --> PENDING : copyScheduledTime
 *     SCHEDULED --> RUNNING : waitForScheduledTime
 *     SCHEDULED --> CANCELLING : bypassCancellingFlowRunsWithNoInfra
 *     PENDING --> PENDING : preventPendingTransitions
 *     PENDING --> RUNNING : waitForScheduledTime
 *     RUNNING --> PENDING : preventPendingTransitions
 *     CANCELLED --> PENDING : preventPendingTransitions
 *     PAUSED --> CANCELLING : bypassCancellingFlowRunsWithNoInfra
 *     CANCELLING --> SCHEDULED : enforceCancellingToCancelledTransition
 *     CANCELLING --> PENDING : enforceCancellingToCancelledTransition, preventPendingTransitions
 *     CANCELLING --> RUNNING : enforceCancellingToCancelledTransition
 *     CANCELLING --> COMPLETED : enforceCancellingToCancelledTransition
 *     CANCELLING --> FAILED : enforceCancellingToCancelledTransition
 *     CANCELLING --> CRASHED : enforceCancellingToCancelledTransition
 *     CANCELLING --> PAUSED : enforceCancellingToCancelledTransition
 *     CANCELLING --> CANCELLING : enforceCancellingToCancelledTransition
 *     class COMPLETED, FAILED, CANCELLED, CRASHED terminal
 * }</pre>
 *
 * @see PrefectSpec
 */
@Generated("dev.statespec.processor.StateSpecProcessor")
@StateSpecGenerated
@NullMarked
public enum StateType implements StateKind {
  /**
   * The type {@code SCHEDULED}, whose states are named {@code "Scheduled"} by default.
   */
  SCHEDULED(false, "Scheduled", "SCHEDULED"),

  /**
   * The type {@code PENDING}, whose states are named {@code "Pending"} by default.
   */
  PENDING(false, "Pending", "PENDING"),

  /**
   * The type {@code RUNNING}, whose states are named {@code "Running"} by default.
   */
  RUNNING(false, "Running", "RUNNING"),

  /**
   * The type {@code COMPLETED}, a terminal one, whose states are named {@code "Completed"} by default.
   */
  COMPLETED(true, "Completed", "COMPLETED"),

  /**
   * The type {@code FAILED}, a terminal one, whose states are named {@code "Failed"} by default.
   */
  FAILED(true, "Failed", "FAILED"),

  /**
   * The type {@code CANCELLED}, a terminal one, whose states are named {@code "Cancelled"} by default.
   */
  CANCELLED(true, "Cancelled", "CANCELLED"),

  /**
   * The type {@code CRASHED}, a terminal one, whose states are named {@code "Crashed"} by default.
   */
  CRASHED(true, "Crashed", "CRASHED"),

  /**
   * The type {@code PAUSED}, whose states are named {@code "Paused"} by default.
   */
  PAUSED(false, "Paused", "PAUSED"),

  /**
   * The type {@code CANCELLING}, whose states are named {@code "Cancelling"} by default.
   */
  CANCELLING(false, "Cancelling", "CANCELLING");

  /**
   * The terminal types, whose states are final; unmodifiable.
   */
  public static final Set<StateType> TERMINAL_STATES = Collections.unmodifiableSet(
      EnumSet.of(COMPLETED, CANCELLED, FAILED, CRASHED));

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
