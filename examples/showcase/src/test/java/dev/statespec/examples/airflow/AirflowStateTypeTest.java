package dev.statespec.examples.airflow;

import static dev.statespec.examples.airflow.AirflowFixtures.ACCEPTED;
import static dev.statespec.examples.airflow.AirflowFixtures.FAILED_STATES;
import static dev.statespec.examples.airflow.AirflowFixtures.FINISHED;
import static dev.statespec.examples.airflow.AirflowFixtures.RUNNING;
import static dev.statespec.examples.airflow.AirflowFixtures.SUCCESS_STATES;
import static dev.statespec.examples.airflow.AirflowFixtures.TERMINATING_STATES;
import static dev.statespec.examples.airflow.AirflowFixtures.UNFINISHED;
import static dev.statespec.examples.airflow.AirflowFixtures.WIRE_VALUES;
import static dev.statespec.examples.airflow.AirflowFixtures.types;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statespec.runtime.StateValidationException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Airflow spec's {@code StateType}: Airflow's values, both ways, and Airflow's groups of states
 * as sets and predicates, on the type and on a state of it.
 */
class AirflowStateTypeTest {

  @Test
  void theTypesAreTaskInstanceStatesInItsOrderWrittenInLowerSnakeCase() {
    List<String> values = new ArrayList<>();
    for (StateType type : StateType.values()) {
      values.add(type.wireValue());
    }
    assertEquals(WIRE_VALUES, values);
    assertEquals("up_for_retry", StateType.UP_FOR_RETRY.wireValue());
    assertEquals("Up For Retry", StateType.UP_FOR_RETRY.defaultName(), "Java names and state names do not change");
  }

  @ParameterizedTest
  @EnumSource(StateType.class)
  void eachTypeReadsFromItsWireValueAndAsItself(StateType type) {
    assertSame(type, StateType.read(type.wireValue(), "type"));
    assertSame(type, StateType.read(type, "type"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"SUCCESS", "Success", "UP_FOR_RETRY", "up-for-retry", "none", "None", "", " success"})
  void anyOtherTextIsRefusedNamingThePathAndTheWireValues(String text) {
    StateValidationException e = assertThrows(StateValidationException.class, () -> StateType.read(text, "type"));
    assertEquals("type", e.path());
    assertEquals("'" + text + "' is not a valid StateType; expected one of " + ACCEPTED, e.problem());
  }

  @Test
  void finishedIsTheTerminalTypes() {
    assertEquals(types(FINISHED), StateType.TERMINAL_STATES);
    for (StateType type : StateType.values()) {
      assertEquals(FINISHED.contains(type.wireValue()), type.isTerminal(), type.name());
      assertEquals(type.isTerminal(), stateOf(type).isFinal(), type.name());
    }
  }

  @Test
  void theGroupsAreAirflowsSets() {
    assertAll(
        () -> assertEquals(types(UNFINISHED), StateType.UNFINISHED_STATES),
        () -> assertEquals(types(RUNNING), StateType.EXECUTING_STATES),
        () -> assertEquals(types(FAILED_STATES), StateType.FAILURE_STATES),
        () -> assertEquals(types(SUCCESS_STATES), StateType.SUCCESSFUL_STATES),
        () -> assertEquals(types(TERMINATING_STATES), StateType.TERMINATING_STATES));
  }

  @Test
  void everyTypeIsFinishedOrUnfinishedAndNeverBoth() {
    Set<StateType> both = EnumSet.copyOf(StateType.TERMINAL_STATES);
    both.retainAll(StateType.UNFINISHED_STATES);
    assertEquals(Set.of(), both);
    Set<StateType> either = EnumSet.copyOf(StateType.TERMINAL_STATES);
    either.addAll(StateType.UNFINISHED_STATES);
    assertEquals(EnumSet.allOf(StateType.class), either);
  }

  @Test
  void groupSetsAreUnmodifiable() {
    assertThrows(UnsupportedOperationException.class, () -> StateType.UNFINISHED_STATES.add(StateType.SUCCESS));
    assertThrows(UnsupportedOperationException.class, () -> StateType.FAILURE_STATES.remove(StateType.FAILED));
    assertThrows(UnsupportedOperationException.class, StateType.EXECUTING_STATES::clear);
  }

  @ParameterizedTest
  @EnumSource(StateType.class)
  void eachPredicateOfTheTypeAndOfItsStatesIsMembershipOfTheGroup(StateType type) {
    State state = stateOf(type);
    assertAll(
        () -> check(type, UNFINISHED, StateType::isUnfinished, state.isUnfinished()),
        () -> check(type, RUNNING, StateType::isExecuting, state.isExecuting()),
        () -> check(type, FAILED_STATES, StateType::isFailure, state.isFailure()),
        () -> check(type, SUCCESS_STATES, StateType::isSuccessful, state.isSuccessful()),
        () -> check(type, TERMINATING_STATES, StateType::isTerminating, state.isTerminating()));
  }

  private static void check(StateType type, Set<String> airflow, Predicate<StateType> predicate, boolean ofState) {
    boolean expected = airflow.contains(type.wireValue());
    assertEquals(expected, predicate.test(type), type.name());
    assertEquals(expected, ofState, "state of " + type.name());
  }

  @Test
  void theGroupsReadAsAirflowsChecksDo() {
    // `ti.state in State.running`, `in State.failed_states`, `in State.unfinished`
    assertTrue(States.running().isExecuting());
    assertTrue(States.deferred(42L).isExecuting());
    assertTrue(States.upstreamFailed().isFailure() && States.upstreamFailed().isFinal());
    assertTrue(States.skipped().isSuccessful() && !States.skipped().isSuccess());
    assertTrue(States.restarting().isTerminating() && States.restarting().isUnfinished());
  }

  /** A state of {@code type} built through its factory, with the retries the up-for-retry factory asks for. */
  static State stateOf(StateType type) {
    if (type == StateType.UP_FOR_RETRY) {
      return States.upForRetry(o -> o.stateDetails(StateDetails.builder().tryNumber(1).maxTries(1).build()));
    }
    return State.builder(type).build();
  }
}
