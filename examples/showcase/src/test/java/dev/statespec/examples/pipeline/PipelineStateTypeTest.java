package dev.statespec.examples.pipeline;

import static dev.statespec.examples.pipeline.PipelineFixtures.TYPE_ORDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The pipeline spec's {@code StateType}: its own types, in its order, with its own terminal set. */
class PipelineStateTypeTest {

  private static final Set<StateType> TERMINAL =
      EnumSet.of(StateType.SUCCEEDED, StateType.FAILED, StateType.ROLLED_BACK, StateType.SKIPPED);

  @Test
  void constantsAreTheSpecsTypesInOrder() {
    assertEquals(TYPE_ORDER, List.of(StateType.values()));
  }

  @ParameterizedTest
  @EnumSource(StateType.class)
  void isTerminalFollowsTheSpecsTerminalList(StateType type) {
    assertEquals(TERMINAL.contains(type), type.isTerminal());
  }

  @Test
  void skippedIsTerminalThoughPrefectHasNoSuchType() {
    assertEquals(true, StateType.SKIPPED.isTerminal());
    assertEquals(false, StateType.AWAITING_APPROVAL.isTerminal());
  }

  @Test
  void terminalStatesIsTheTerminalSetAndUnmodifiable() {
    assertEquals(TERMINAL, StateType.TERMINAL_STATES);
    assertThrows(UnsupportedOperationException.class, () -> StateType.TERMINAL_STATES.add(StateType.QUEUED));
    assertThrows(UnsupportedOperationException.class, () -> StateType.TERMINAL_STATES.remove(StateType.FAILED));
  }

  @ParameterizedTest
  @CsvSource({
    "QUEUED, Queued", "BUILDING, Building", "TESTING, Testing", "AWAITING_APPROVAL, Awaiting Approval",
    "DEPLOYING, Deploying", "SUCCEEDED, Succeeded", "FAILED, Failed", "ROLLED_BACK, Rolled Back",
    "SKIPPED, Skipped"})
  void defaultNameCapitalizesEachWord(StateType type, String name) {
    assertEquals(name, type.defaultName());
  }

  @ParameterizedTest
  @EnumSource(StateType.class)
  void valueOfReadsTheConstantsName(StateType type) {
    assertSame(type, StateType.valueOf(type.name()));
  }
}
