package wire;

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
 * to {@code META-INF/statespec/wire.WireSpec.mmd},
 * and in Graphviz DOT to {@code META-INF/statespec/wire.WireSpec.dot}:
 *
 * <pre>{@code
 * stateDiagram-v2
 *     %% The states of wire.WireSpec, which has no transitions table: every transition is allowed, none is drawn.
 *     %% Terminal types are bold; a state's text names its groups.
 *     classDef terminal font-weight:bold,stroke-width:3px
 *     QUEUED : UNFINISHED
 *     RUNNING : UNFINISHED
 *     UP_FOR_RETRY : UNFINISHED
 *     SUCCEEDED
 *     FAILED : FAILURE
 *     TIMED_OUT : FAILURE
 *     class SUCCEEDED, FAILED, TIMED_OUT terminal
 * }</pre>
 *
 * @see WireSpec
 */
@Generated("dev.statespec.processor.StateSpecProcessor")
@StateSpecGenerated
@NullMarked
public enum StateType implements StateKind {
  /**
   * The type {@code QUEUED}, whose states are named {@code "Queued"} by default.
   */
  QUEUED(false, "Queued", "queued"),

  /**
   * The type {@code RUNNING}, whose states are named {@code "Running"} by default.
   */
  RUNNING(false, "Running", "running"),

  /**
   * The type {@code UP_FOR_RETRY}, whose states are named {@code "Up For Retry"} by default.
   */
  UP_FOR_RETRY(false, "Up For Retry", "up_for_retry"),

  /**
   * The type {@code SUCCEEDED}, a terminal one, whose states are named {@code "Succeeded"} by default.
   */
  SUCCEEDED(true, "Succeeded", "succeeded"),

  /**
   * The type {@code FAILED}, a terminal one, whose states are named {@code "Failed"} by default.
   */
  FAILED(true, "Failed", "failed"),

  /**
   * The type {@code TIMED_OUT}, a terminal one, whose states are named {@code "Timed Out"} by default.
   */
  TIMED_OUT(true, "Timed Out", "timeout");

  /**
   * The terminal types, whose states are final; unmodifiable.
   */
  public static final Set<StateType> TERMINAL_STATES = Collections.unmodifiableSet(
      EnumSet.of(SUCCEEDED, FAILED, TIMED_OUT));

  /**
   * The types of group {@code UNFINISHED}; unmodifiable.
   */
  public static final Set<StateType> UNFINISHED_STATES = Collections.unmodifiableSet(
      EnumSet.of(QUEUED, RUNNING, UP_FOR_RETRY));

  /**
   * The types of group {@code FAILURE}; unmodifiable.
   */
  public static final Set<StateType> FAILURE_STATES = Collections.unmodifiableSet(
      EnumSet.of(FAILED, TIMED_OUT));

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
   * Whether this type is in group {@code FAILURE}, one of {@link #FAILURE_STATES}.
   */
  public boolean isFailure() {
    return FAILURE_STATES.contains(this);
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
