package dev.statespec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WireValuesTest {

  private static final String PATH = "state_details.status";

  enum TaskState { SCHEDULED, UP_FOR_RETRY, FAILED }

  enum Operation {
    PLUS {
      @Override
      int apply(int a, int b) {
        return a + b;
      }
    },
    MINUS {
      @Override
      int apply(int a, int b) {
        return a - b;
      }
    };

    abstract int apply(int a, int b);
  }

  enum Nothing {}

  private final WireValues<TaskState> states =
      new WireValues<>(TaskState.class, "scheduled", "up_for_retry", "failed");

  /** Asserts {@code call} fails at {@code path} with exactly {@code problem}. */
  private static void assertInvalid(String path, Executable call, String problem) {
    StateValidationException e = assertThrows(StateValidationException.class, call);
    assertEquals(path, e.path());
    assertEquals(problem, e.problem());
    assertEquals(path.isEmpty() ? problem : path + ": " + problem, e.getMessage());
    assertNull(e.getCause());
  }

  @Test
  void readsWireValuesConstantsAndNull() {
    assertSame(TaskState.SCHEDULED, states.read("scheduled", PATH));
    assertSame(TaskState.UP_FOR_RETRY, states.read("up_for_retry", PATH));
    assertSame(TaskState.FAILED, states.read("failed", PATH));
    assertSame(TaskState.UP_FOR_RETRY, states.read(TaskState.UP_FOR_RETRY, PATH));
    assertNull(states.read(null, PATH));
  }

  @Test
  void unknownTextIsRejectedListingTheWireValuesInOrder() {
    assertInvalid(PATH, () -> states.read("running", PATH),
        "'running' is not a valid TaskState; expected one of scheduled, up_for_retry, failed");
  }

  @Test
  void constantNamesCaseAndBlanksAreNotWireValues() {
    String expected = "; expected one of scheduled, up_for_retry, failed";
    assertInvalid(PATH, () -> states.read("UP_FOR_RETRY", PATH), "'UP_FOR_RETRY' is not a valid TaskState" + expected);
    assertInvalid(PATH, () -> states.read("Failed", PATH), "'Failed' is not a valid TaskState" + expected);
    assertInvalid(PATH, () -> states.read(" failed", PATH), "' failed' is not a valid TaskState" + expected);
    assertInvalid(PATH, () -> states.read("", PATH), "'' is not a valid TaskState" + expected);
  }

  @Test
  void wordedAsValuesConstantIs() {
    WireValues<TaskState> byName = new WireValues<>(TaskState.class, "SCHEDULED", "UP_FOR_RETRY", "FAILED");
    StateValidationException fromConstant =
        assertThrows(StateValidationException.class, () -> Values.constant(TaskState.class, "NOPE", PATH));
    StateValidationException fromWire = assertThrows(StateValidationException.class, () -> byName.read("NOPE", PATH));
    assertEquals(fromConstant.getMessage(), fromWire.getMessage());
  }

  @Test
  void otherTypesAreRejected() {
    assertInvalid(PATH, () -> states.read(1, PATH), "expected a TaskState value, got Integer 1");
    assertInvalid(PATH, () -> states.read(TimeUnit.SECONDS, PATH), "expected a TaskState value, got TimeUnit SECONDS");
    assertInvalid(PATH, () -> states.read(new ArrayList<>(List.of("failed")), PATH),
        "expected a TaskState value, got ArrayList [failed]");
    assertInvalid("", () -> states.read(true, ""), "expected a TaskState value, got Boolean true");
  }

  @Test
  void wireValueAndAll() {
    assertEquals("up_for_retry", states.wireValue(TaskState.UP_FOR_RETRY));
    assertEquals("scheduled", states.wireValue(TaskState.SCHEDULED));
    assertEquals(List.of("scheduled", "up_for_retry", "failed"), states.all());
    assertThrows(UnsupportedOperationException.class, () -> states.all().add("x"));
    assertThrows(UnsupportedOperationException.class, () -> states.all().set(0, "x"));
    assertThrows(NullPointerException.class, () -> states.wireValue(null));
  }

  @Test
  void wireValuesMayComeFromTheConstants() {
    WireValues<TaskState> fromConstants =
        new WireValues<>(TaskState.class, state -> WireValues.lowerSnake(state.name()));
    assertEquals(states.all(), fromConstants.all());
    assertSame(TaskState.UP_FOR_RETRY, fromConstants.read("up_for_retry", PATH));
    assertEquals("failed", fromConstants.wireValue(TaskState.FAILED));
    assertInvalid(PATH, () -> fromConstants.read("FAILED", PATH),
        "'FAILED' is not a valid TaskState; expected one of scheduled, up_for_retry, failed");

    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> new WireValues<>(TaskState.class, state -> state == TaskState.FAILED ? "SCHEDULED" : state.name()));
    assertEquals("wire value 'SCHEDULED' is given to both SCHEDULED and FAILED of TaskState", twice.getMessage());
    NullPointerException none = assertThrows(NullPointerException.class,
        () -> new WireValues<>(TaskState.class, state -> state == TaskState.FAILED ? null : state.name()));
    assertEquals("wire value of TaskState.FAILED", none.getMessage());
    assertThrows(NullPointerException.class,
        () -> new WireValues<>(TaskState.class, (java.util.function.Function<TaskState, String>) null));
    assertThrows(NullPointerException.class,
        () -> new WireValues<TaskState>(null, (java.util.function.Function<TaskState, String>) Enum::name));
  }

  @Test
  void forWireValueLooksUpExactlyAndRefusesNothing() {
    assertSame(TaskState.UP_FOR_RETRY, states.forWireValue("up_for_retry"));
    assertNull(states.forWireValue("UP_FOR_RETRY"));
    assertNull(states.forWireValue(" failed"));
    assertNull(states.forWireValue(""));
  }

  @Test
  void theGivenArrayIsCopied() {
    String[] wire = {"a", "b", "c"};
    WireValues<TaskState> values = new WireValues<>(TaskState.class, wire);
    wire[0] = "changed";
    assertEquals(List.of("a", "b", "c"), values.all());
    assertSame(TaskState.SCHEDULED, values.read("a", PATH));
    assertThrows(StateValidationException.class, () -> values.read("changed", PATH));
  }

  @Test
  void constantsWithBodiesAreRead() {
    WireValues<Operation> operations = new WireValues<>(Operation.class, "+", "-");
    assertSame(Operation.MINUS, operations.read("-", PATH));
    assertSame(Operation.PLUS, operations.read(Operation.PLUS, PATH));
    assertEquals("-", operations.wireValue(Operation.MINUS));
  }

  @Test
  void anEnumWithoutConstants() {
    WireValues<Nothing> nothing = new WireValues<>(Nothing.class);
    assertEquals(List.of(), nothing.all());
    assertInvalid(PATH, () -> nothing.read("x", PATH), "'x' is not a valid Nothing; expected one of ");
  }

  @Test
  void works_asAValueReader() {
    ValueReader<TaskState> reader = states::read;
    assertEquals(List.of(TaskState.FAILED, TaskState.SCHEDULED),
        Values.list(List.of("failed", TaskState.SCHEDULED), "states", reader));
    assertInvalid("states.1", () -> Values.list(List.of("failed", "nope"), "states", reader),
        "'nope' is not a valid TaskState; expected one of scheduled, up_for_retry, failed");
    assertEquals(Map.of("a", TaskState.FAILED), Values.map(Map.of("a", "failed"), "by_key", states::read));
  }

  @Test
  void aWireValuePerConstantIsRequired() {
    IllegalArgumentException few = assertThrows(IllegalArgumentException.class,
        () -> new WireValues<>(TaskState.class, "scheduled", "failed"));
    assertEquals("TaskState has 3 constants but 2 wire values were given", few.getMessage());
    IllegalArgumentException many = assertThrows(IllegalArgumentException.class,
        () -> new WireValues<>(TaskState.class, "a", "b", "c", "d"));
    assertEquals("TaskState has 3 constants but 4 wire values were given", many.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new WireValues<>(TaskState.class));
  }

  @Test
  void duplicateWireValuesAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new WireValues<>(TaskState.class, "done", "retry", "done"));
    assertEquals("wire value 'done' is given to both SCHEDULED and FAILED of TaskState", e.getMessage());
  }

  @Test
  void nullsAreRefused() {
    NullPointerException nullValue = assertThrows(NullPointerException.class,
        () -> new WireValues<>(TaskState.class, "a", null, "c"));
    assertEquals("wire value of TaskState.UP_FOR_RETRY", nullValue.getMessage());
    assertThrows(NullPointerException.class, () -> new WireValues<>(null, "a"));
    assertThrows(NullPointerException.class, () -> new WireValues<>(TaskState.class, (String[]) null));
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aClassThatIsNoEnumIsRefused() {
    // A constant's body is a subclass of its enum, with no constants of its own.
    Class bodyClass = Operation.PLUS.getClass();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new WireValues(bodyClass, "+", "-"));
    assertEquals(bodyClass.getName() + " is not an enum class", e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
      "UP_FOR_RETRY, up_for_retry", "SCHEDULED, scheduled", "upForRetry, up_for_retry", "Running, running",
      "AwaitingRetry, awaiting_retry", "V2_READY, v2_ready", "RETRY2X, retry2x", "HTTPServer, httpserver",
      "already_snake, already_snake", "A, a", "'', ''"})
  void lowerSnake(String constantName, String expected) {
    assertEquals(expected, WireValues.lowerSnake(constantName));
  }

  @Test
  void lowerSnakeIsLocaleIndependent() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
      assertEquals("in_progress", WireValues.lowerSnake("IN_PROGRESS"));
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void lowerSnakeOfEveryConstantGivesTheUsualWireValues() {
    List<String> wire = new ArrayList<>();
    for (TaskState state : TaskState.values()) {
      wire.add(WireValues.lowerSnake(state.name()));
    }
    assertEquals(states.all(), new WireValues<>(TaskState.class, wire.toArray(new String[0])).all());
  }
}
