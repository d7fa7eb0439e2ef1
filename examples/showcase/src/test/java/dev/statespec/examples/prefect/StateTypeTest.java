package dev.statespec.examples.prefect;

import static dev.statespec.examples.prefect.Fixtures.TYPE_ORDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statespec.runtime.StateKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Contract section "StateType (enum)". */
class StateTypeTest {

  @Test
  void constantsAreDeclaredInPrefectsOrder() {
    assertEquals(TYPE_ORDER, Arrays.asList(StateType.values()));
    for (int i = 0; i < TYPE_ORDER.size(); i++) {
      assertEquals(i, TYPE_ORDER.get(i).ordinal());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "SCHEDULED, SCHEDULED", "PENDING, PENDING", "RUNNING, RUNNING", "COMPLETED, COMPLETED", "FAILED, FAILED",
    "CANCELLED, CANCELLED", "CRASHED, CRASHED", "PAUSED, PAUSED", "CANCELLING, CANCELLING"})
  void valueIsTheConstantsName(String value, StateType type) {
    // The JSON value is the constant's name: it names the constant and reads back as it.
    assertEquals(value, type.name());
    assertSame(type, StateType.valueOf(value));
    StateKind kind = type;
    assertEquals(value, kind.name());
  }

  @Test
  void valuesAsReadFromMapsAreTheNames() {
    // Map input carries the JSON value; each name reads as its constant, nothing else does.
    for (StateType type : StateType.values()) {
      assertSame(type, State.fromMap(Map.of("type", type.name())).type());
    }
    assertThrows(IllegalArgumentException.class, () -> State.fromMap(Map.of("type", "Completed")));
  }

  @Test
  void terminalStatesHoldExactlyTheFourFinalTypes() {
    assertEquals(
        Set.of(StateType.COMPLETED, StateType.CANCELLED, StateType.FAILED, StateType.CRASHED),
        StateType.TERMINAL_STATES);
    assertEquals(4, StateType.TERMINAL_STATES.size());
  }

  @Test
  void terminalStatesIsUnmodifiable() {
    Set<StateType> terminal = StateType.TERMINAL_STATES;
    assertThrows(UnsupportedOperationException.class, () -> terminal.add(StateType.RUNNING));
    assertThrows(UnsupportedOperationException.class, () -> terminal.remove(StateType.COMPLETED));
    assertThrows(UnsupportedOperationException.class, terminal::clear);
    assertThrows(UnsupportedOperationException.class, () -> terminal.removeIf(type -> true));
    assertThrows(UnsupportedOperationException.class, () -> terminal.retainAll(List.of()));
    assertEquals(EnumSet.of(StateType.COMPLETED, StateType.CANCELLED, StateType.FAILED, StateType.CRASHED),
        terminal);
  }

  @ParameterizedTest
  @EnumSource(StateType.class)
  void isTerminalIsMembershipOfTerminalStates(StateType type) {
    Set<StateType> terminal =
        EnumSet.of(StateType.COMPLETED, StateType.CANCELLED, StateType.FAILED, StateType.CRASHED);
    assertEquals(terminal.contains(type), type.isTerminal());
    assertEquals(StateType.TERMINAL_STATES.contains(type), type.isTerminal());
  }

  @Test
  void isTerminalOfEveryType() {
    Map<StateType, Boolean> terminal = new LinkedHashMap<>();
    for (StateType type : StateType.values()) {
      terminal.put(type, type.isTerminal());
    }
    Map<StateType, Boolean> expected = new LinkedHashMap<>();
    expected.put(StateType.SCHEDULED, false);
    expected.put(StateType.PENDING, false);
    expected.put(StateType.RUNNING, false);
    expected.put(StateType.COMPLETED, true);
    expected.put(StateType.FAILED, true);
    expected.put(StateType.CANCELLED, true);
    expected.put(StateType.CRASHED, true);
    expected.put(StateType.PAUSED, false);
    expected.put(StateType.CANCELLING, false);
    assertEquals(expected, terminal);
  }

  @ParameterizedTest
  @CsvSource({
    "SCHEDULED, Scheduled", "PENDING, Pending", "RUNNING, Running", "COMPLETED, Completed", "FAILED, Failed",
    "CANCELLED, Cancelled", "CRASHED, Crashed", "PAUSED, Paused", "CANCELLING, Cancelling"})
  void defaultNameIsTheCapitalizedTypeName(StateType type, String name) {
    StateKind kind = type;
    assertEquals(name, kind.defaultName());
  }
}
