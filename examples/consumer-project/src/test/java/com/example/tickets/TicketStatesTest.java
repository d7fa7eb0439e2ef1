package com.example.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The classes statespec generated from {@link TicketSpec}, used as a user's code uses them. */
class TicketStatesTest {

  @Test
  void typesKnowWhichAreTerminal() {
    assertEquals(Set.of(StateType.RESOLVED, StateType.CLOSED), StateType.TERMINAL_STATES);
    assertFalse(StateType.IN_PROGRESS.isTerminal());
  }

  @Test
  void aNewTicketHasTheDefaults() {
    State open = States.open();

    assertTrue(open.isOpen());
    assertEquals("Open", open.name());
    assertEquals(3, open.stateDetails().priority());
    assertNotNull(open.id());
  }

  @Test
  void theSpecsRuleShapesTheNamedState() {
    State escalated = States.escalated("ada");

    assertTrue(escalated.isInProgress());
    assertFalse(escalated.isFinal());
    assertEquals("Escalated", escalated.name());
    assertEquals("ada", escalated.stateDetails().assignee());
    assertEquals(1, escalated.stateDetails().priority());
  }

  @Test
  void resetFieldsRenewsTheIdOnly() {
    State closed = State.builder(StateType.CLOSED).message("done").build();
    State copy = closed.resetFields();

    assertTrue(copy.isFinal());
    assertNotEquals(closed.id(), copy.id());
    assertEquals(closed, copy);
  }

  @Test
  void theSchemaShipsOnTheClassPath() {
    assertNotNull(TicketStatesTest.class.getClassLoader()
        .getResource("META-INF/statespec/com.example.tickets.TicketSpec.schema.json"));
  }
}
