package gated;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.statespec.runtime.StateKind;
import dev.statespec.runtime.StateSpecGenerated;
import dev.statespec.runtime.StateValidationException;
import dev.statespec.runtime.WireValues;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The types of a {@link State}; the JSON value of each is its {@link #wireValue() wire value}.
 *
 * <p>The types and the transitions the spec's table allows, as a Mermaid state diagram, written
 * to {@code META-INF/statespec/gated.GatedPipeline.mmd},
 * and in Graphviz DOT to {@code META-INF/statespec/gated.GatedPipeline.dot}:
 *
 * <pre>{@code
 * stateDiagram-v2
 *     %% The states of gated.GatedPipeline and the transitions its table allows.
 *     %% Terminal types are bold; a state's text names its groups.
 *     classDef terminal font-weight:bold,stroke-width:3px
 *     QUEUED : ACTIVE
 *     RUNNING : ACTIVE
 *     DONE
 *     FAILED : STOPPED
 *     AWAITING_APPROVAL : ACTIVE
 *     SKIPPED : STOPPED
 *     [*] --> QUEUED
 *     QUEUED --> RUNNING
 *     QUEUED --> DONE
 *     QUEUED --> FAILED
 *     QUEUED --> AWAITING_APPROVAL
 *     QUEUED --> SKIPPED
 *     RUNNING --> RUNNING
 *     RUNNING --> DONE
 *     RUNNING --> FAILED
 *     RUNNING --> SKIPPED
 *     FAILED --> QUEUED
 *     AWAITING_APPROVAL --> RUNNING
 *     AWAITING_APPROVAL --> DONE
 *     AWAITING_APPROVAL --> FAILED
 *     AWAITING_APPROVAL --> SKIPPED
 *     class DONE, FAILED, SKIPPED terminal
 * }</pre>
 *
 * @see GatedPipeline
 */
@Generated("dev.statespec.processor.StateSpecProcessor")
@StateSpecGenerated
@NullMarked
public enum StateType implements StateKind {
  /**
   * The type {@code QUEUED}, whose states are named {@code "Queued"} by default.
   */
  QUEUED(false, "Queued", "QUEUED"),

  /**
   * The type {@code RUNNING}, whose states are named {@code "Running"} by default.
   */
  RUNNING(false, "Running", "RUNNING"),

  /**
   * The type {@code DONE}, a terminal one, whose states are named {@code "Done"} by default.
   */
  DONE(true, "Done", "DONE"),

  /**
   * The type {@code FAILED}, a terminal one, whose states are named {@code "Failed"} by default.
   */
  FAILED(true, "Failed", "FAILED"),

  /**
   * The type {@code AWAITING_APPROVAL}, whose states are named {@code "Awaiting Approval"} by default.
   */
  AWAITING_APPROVAL(false, "Awaiting Approval", "AWAITING_APPROVAL"),

  /**
   * The type {@code SKIPPED}, a terminal one, whose states are named {@code "Skipped"} by default.
   */
  SKIPPED(true, "Skipped", "SKIPPED");

  /**
   * The terminal types, whose states are final; unmodifiable.
   */
  public static final Set<StateType> TERMINAL_STATES = Collections.unmodifiableSet(
      EnumSet.of(DONE, FAILED, SKIPPED));

  /**
   * The types of group {@code ACTIVE}; unmodifiable.
   */
  public static final Set<StateType> ACTIVE_STATES = Collections.unmodifiableSet(
      EnumSet.of(QUEUED, RUNNING, AWAITING_APPROVAL));

  /**
   * The types of group {@code STOPPED}; unmodifiable.
   */
  public static final Set<StateType> STOPPED_STATES = Collections.unmodifiableSet(
      EnumSet.of(FAILED, SKIPPED));

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
   * Whether this type is in group {@code ACTIVE}, one of {@link #ACTIVE_STATES}.
   */
  public boolean isActive() {
    return ACTIVE_STATES.contains(this);
  }

  /**
   * Whether this type is in group {@code STOPPED}, one of {@link #STOPPED_STATES}.
   */
  public boolean isStopped() {
    return STOPPED_STATES.contains(this);
  }

  /**
   * Whether a first state, one with no state before it, may be of this type, by the spec's
   * transitions table.
   *
   * @return whether the table lets a first state be of this type
   */
  public boolean canStart() {
    return this == QUEUED;
  }

  /**
   * Whether the spec's transitions table lets a state of type {@code next} follow a state of
   * this type; {@code StatePolicy} refuses every transition it does not, before any rule runs.
   *
   * @param next the type of the state after
   * @return whether the table allows the transition
   */
  public boolean canTransitionTo(StateType next) {
    Objects.requireNonNull(next, "next");
    return switch (this) {
      case QUEUED -> next == RUNNING || next == DONE || next == FAILED ||
          next == AWAITING_APPROVAL || next == SKIPPED;
      case RUNNING, AWAITING_APPROVAL -> next == RUNNING || next == DONE || next == FAILED ||
          next == SKIPPED;
      case DONE, SKIPPED -> false;
      case FAILED -> next == QUEUED;
    };
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
