package dev.statespec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class StateValidationExceptionTest {

  @Test
  void messageIsPathColonProblem() {
    StateValidationException e = new StateValidationException("state_details.flow_run_id", "'x' is not a valid UUID");
    assertEquals("state_details.flow_run_id", e.path());
    assertEquals("'x' is not a valid UUID", e.problem());
    assertEquals("state_details.flow_run_id: 'x' is not a valid UUID", e.getMessage());
    assertNull(e.getCause());
  }

  @Test
  void emptyPathMeansTheWholeValueAndTheMessageIsTheProblemAlone() {
    StateValidationException e = new StateValidationException("", "type is required");
    assertEquals("", e.path());
    assertEquals("type is required", e.problem());
    assertEquals("type is required", e.getMessage());
  }

  @Test
  void isAnIllegalArgumentException() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
      throw new StateValidationException("name", "must not be null");
    });
    assertInstanceOf(StateValidationException.class, e);
  }

  @Test
  void keepsTheCause() {
    DateTimeParseException parseError = new DateTimeParseException("bad", "soon", 0);
    StateValidationException e = new StateValidationException("timestamp", "'soon' is not an ISO-8601 date-time",
        parseError);
    assertSame(parseError, e.getCause());
    assertEquals("timestamp", e.path());
    assertEquals("timestamp: 'soon' is not an ISO-8601 date-time", e.getMessage());
  }

  @Test
  void pathAndProblemAreRequired() {
    assertThrows(NullPointerException.class, () -> new StateValidationException(null, "problem"));
    assertThrows(NullPointerException.class, () -> new StateValidationException("path", null));
    assertThrows(NullPointerException.class, () -> new StateValidationException("", null));
  }

  @Test
  void underPrefixesTheParentPath() {
    StateValidationException inner = new StateValidationException("flow_run_id", "bad");
    StateValidationException outer = inner.under("state_details");
    assertEquals("state_details.flow_run_id", outer.path());
    assertEquals("bad", outer.problem());
    assertEquals("state_details.flow_run_id: bad", outer.getMessage());
    assertEquals("flow_run_id", inner.path(), "the original is not changed");

    assertEquals("a.b.c", new StateValidationException("c", "bad").under("b").under("a").path());
  }

  @Test
  void underAnEmptyPathIsTheParent() {
    StateValidationException outer = new StateValidationException("", "bad details").under("state_details");
    assertEquals("state_details", outer.path());
    assertEquals("state_details: bad details", outer.getMessage());
  }

  @Test
  void underKeepsTheCause() {
    IllegalStateException cause = new IllegalStateException("root");
    assertSame(cause, new StateValidationException("x", "bad", cause).under("p").getCause());
    assertNull(new StateValidationException("x", "bad").under("p").getCause());
  }

  @Test
  void aRuleRefusalKeepsTheRulesMessageWordForWordAtThePath() {
    IllegalArgumentException thrown = new IllegalArgumentException("Cannot supply both");
    StateValidationException refusal = StateValidationException.fromRule("state_details", thrown);

    assertEquals("state_details", refusal.path());
    assertEquals("Cannot supply both", refusal.problem());
    assertEquals("Cannot supply both", refusal.getMessage());
    assertNull(refusal.getCause(), "a cause would take the path's place in Jackson's report");
    assertSame(thrown, refusal.getSuppressed()[0]);
  }

  @Test
  void aRuleRefusalWithoutMessageIsNamedByItsClass() {
    StateValidationException refusal = StateValidationException.fromRule("state_details", new ArithmeticException());

    assertEquals("ArithmeticException", refusal.problem());
  }

  @Test
  void aRulesOwnValidationExceptionPassesUnchanged() {
    StateValidationException own = new StateValidationException("timeout", "too long");

    assertSame(own, StateValidationException.fromRule("state_details", own));
  }

  @Test
  void underKeepsARuleRefusalsSuppressedException() {
    IllegalArgumentException thrown = new IllegalArgumentException("no");
    StateValidationException nested = StateValidationException.fromRule("state_details", thrown).under("2");

    assertEquals("2.state_details: no", nested.getMessage());
    assertSame(thrown, nested.getSuppressed()[0]);
  }

  @Test
  void survivesSerialization() throws Exception {
    StateValidationException original = new StateValidationException("a.b", "bad");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(original);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      StateValidationException copy = (StateValidationException) in.readObject();
      assertEquals("a.b", copy.path());
      assertEquals("bad", copy.problem());
      assertEquals("a.b: bad", copy.getMessage());
    }
  }
}
