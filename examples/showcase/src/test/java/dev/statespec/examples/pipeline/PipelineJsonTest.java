package dev.statespec.examples.pipeline;

import static dev.statespec.examples.pipeline.PipelineFixtures.DAY;
import static dev.statespec.examples.pipeline.PipelineFixtures.DETAILS_KEYS;
import static dev.statespec.examples.pipeline.PipelineFixtures.NOW;
import static dev.statespec.examples.pipeline.PipelineFixtures.SHA;
import static dev.statespec.examples.pipeline.PipelineFixtures.STATE_KEYS;
import static dev.statespec.examples.pipeline.PipelineFixtures.T1;
import static dev.statespec.examples.pipeline.PipelineFixtures.TYPE_NAMES;
import static dev.statespec.examples.pipeline.PipelineFixtures.TYPE_NAMES_LIST;
import static dev.statespec.examples.pipeline.PipelineFixtures.U1;
import static dev.statespec.examples.pipeline.PipelineFixtures.U2;
import static dev.statespec.examples.testing.JsonSupport.keys;
import static dev.statespec.examples.testing.JsonSupport.read;
import static dev.statespec.examples.testing.JsonSupport.tree;
import static dev.statespec.examples.testing.JsonSupport.write;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.statespec.runtime.StateClock;
import dev.statespec.runtime.StateValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pipeline spec's JSON: the wire shape written, documents read, and lossless round trips. */
class PipelineJsonTest {

  /** Reading {@code json} as {@code type} fails; returns the validation exception Jackson wraps. */
  static StateValidationException readFails(String json, Class<?> type) {
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> read(json, type), json);
    return assertInstanceOf(StateValidationException.class, e.getCause(), () -> "cause of " + e);
  }

  @Nested
  class Writing {

    @Test
    void stateIsWrittenInTheWireShape() {
      JsonNode node = tree(write(PipelineStateTest.full()));
      assertEquals(STATE_KEYS, keys(node));
      assertAll(
          () -> assertEquals(U1.toString(), node.get("id").textValue()),
          () -> assertEquals("FAILED", node.get("type").textValue()),
          () -> assertEquals("Red", node.get("name").textValue()),
          () -> assertEquals("2024-01-02T03:04:05.000006Z", node.get("timestamp").textValue()),
          () -> assertEquals("3 tests failed", node.get("message").textValue()),
          () -> assertEquals(3, node.get("data").get("failed").intValue()));
      JsonNode details = node.get("state_details");
      assertEquals(DETAILS_KEYS, keys(details));
      assertAll(
          () -> assertEquals(U2.toString(), details.get("pipeline_run_id").textValue()),
          () -> assertEquals(SHA, details.get("sha").textValue()),
          () -> assertFalse(details.has("commit_sha")),
          () -> assertEquals("staging", details.get("environment").textValue()),
          () -> assertEquals(2, details.get("attempt").intValue()),
          () -> assertTrue(details.get("max_attempts").isIntegralNumber()),
          () -> assertTrue(details.get("canary_percent").isNull()),
          () -> assertTrue(details.get("artifact_bytes").isNull()),
          () -> assertTrue(details.get("elapsed_millis").isIntegralNumber()),
          () -> assertTrue(details.get("approved").isNull()),
          () -> assertTrue(details.get("dry_run").isBoolean()),
          () -> assertTrue(details.get("notify_owners").booleanValue()),
          () -> assertTrue(details.get("approval_deadline").isNull()),
          () -> assertTrue(details.get("approvers").isArray()),
          () -> assertEquals(0, details.get("approvers").size()),
          () -> assertEquals("payments", details.get("labels").get("team").textValue()),
          () -> assertTrue(details.get("skip_reason").isNull()),
          () -> assertTrue(details.get("rollback_to").isNull()));
    }

    @Test
    void everyDetailsTypeIsWrittenAsItsJsonType() {
      JsonNode node = tree(write(PipelineStateDetailsTest.full()));
      assertAll(
          () -> assertTrue(node.get("pipeline_run_id").isTextual()),
          () -> assertTrue(node.get("approval_deadline").isTextual()),
          () -> assertEquals("2024-01-02T03:04:05.000006Z", node.get("approval_deadline").textValue()),
          () -> assertEquals(5_000_000_000L, node.get("artifact_bytes").longValue()),
          () -> assertEquals(93_000L, node.get("elapsed_millis").longValue()),
          () -> assertEquals(25, node.get("canary_percent").intValue()),
          () -> assertEquals(5, node.get("max_attempts").intValue()),
          () -> assertTrue(node.get("dry_run").booleanValue()),
          () -> assertFalse(node.get("approved").booleanValue()),
          () -> assertEquals("bo", node.get("approvers").get(1).textValue()),
          () -> assertEquals("ledger", node.get("labels").get("service").textValue()));
    }

    @Test
    void countsAreWrittenInTheTypesOrder() {
      JsonNode node = tree(write(CountByState.builder().awaitingApproval(4).skipped(1).build()));
      assertEquals(TYPE_NAMES_LIST, keys(node));
      assertEquals(4, node.get("AWAITING_APPROVAL").intValue());
      assertEquals(1, node.get("SKIPPED").intValue());
      assertEquals(0, node.get("QUEUED").intValue());
    }
  }

  @Nested
  class Reading {

    @Test
    void aMinimalDocumentTakesEveryDefault() throws Exception {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = read("{\"type\": \"TESTING\"}", State.class);
        assertSame(StateType.TESTING, state.type());
        assertEquals("Testing", state.name());
        assertEquals(7, state.id().version());
        assertEquals(pin.instant(), state.timestamp());
        assertEquals(StateDetails.builder().build(), state.stateDetails());
        assertEquals("staging", state.stateDetails().environment());
        assertEquals(1, state.stateDetails().attempt());
        assertEquals(3, state.stateDetails().maxAttempts());
        assertEquals(Boolean.TRUE, state.stateDetails().notifyOwners());
        assertEquals(List.of(), state.stateDetails().approvers());
      }
    }

    @Test
    void aDocumentOfAnotherSystemIsRead() throws Exception {
      String json = "{"
          + "\"id\": \"" + U1 + "\", \"type\": \"AWAITING_APPROVAL\", \"name\": \"Awaiting Approval\","
          + "\"timestamp\": \"2024-01-02T05:04:05.000006+02:00\", \"message\": \"Waiting for release manager\","
          + "\"data\": {\"image\": \"registry/app@sha256:abc\", \"size\": 5000000000},"
          + "\"created\": \"2024-01-02T03:04:05Z\","
          + "\"state_details\": {\"pipeline_run_id\": \"" + U2 + "\", \"sha\": \"" + SHA + "\","
          + " \"commit_sha\": \"ignored\", \"environment\": \"production\", \"attempt\": null,"
          + " \"max_attempts\": 5, \"approval_deadline\": \"2024-01-03T03:04:05Z\", \"approvers\": [\"ana\", \"bo\"],"
          + " \"labels\": {\"team\": \"payments\"}, \"notify_owners\": false, \"unknown\": 1}}";
      State state = read(json, State.class);
      assertEquals(U1, state.id());
      assertTrue(state.isAwaitingApproval());
      assertFalse(state.isFinal());
      assertEquals(T1, state.timestamp());
      assertEquals(Map.of("image", "registry/app@sha256:abc", "size", 5_000_000_000L), state.data());
      StateDetails details = state.stateDetails();
      assertEquals(StateDetails.builder()
          .pipelineRunId(U2).commitSha(SHA).environment("production").attempt(null).maxAttempts(5)
          .approvalDeadline(java.time.Instant.parse("2024-01-03T03:04:05Z")).approvers(List.of("ana", "bo"))
          .labels(Map.of("team", "payments")).notifyOwners(false).build(), details);
      assertEquals("Awaiting Approval('Waiting for release manager', type=AWAITING_APPROVAL)", state.toString());
    }

    @Test
    void explicitNullsOfBoxedDefaultsStayNull() throws Exception {
      StateDetails details = read("{\"environment\": null, \"notify_owners\": null, \"approvers\": null,"
          + " \"max_attempts\": null, \"dry_run\": null}", StateDetails.class);
      assertNull(details.environment());
      assertNull(details.notifyOwners());
      assertNull(details.approvers());
      assertEquals(3, details.maxAttempts());
      assertFalse(details.dryRun());
    }

    @Test
    void missingTypeIsAnErrorNamingTheAllowedValues() {
      StateValidationException e = readFails("{\"name\": \"Queued\"}", State.class);
      assertEquals("type", e.path());
      assertTrue(e.problem().contains(TYPE_NAMES), e.problem());
    }

    @Test
    void unknownTypeIsAnErrorNamingTheAllowedValues() {
      StateValidationException e = readFails("{\"type\": \"RUNNING\"}", State.class);
      assertEquals("type", e.path());
      assertEquals("'RUNNING' is not a valid StateType; expected one of " + TYPE_NAMES, e.problem());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
      "{\"sha\": 1}                     | state_details.sha             | expected a string, got Integer 1",
      "{\"approvers\": [\"ana\", null]} | state_details.approvers.1     | must not be null",
      "{\"labels\": {\"team\": [1]}}    | state_details.labels.team     | expected a string, got ArrayList [1]",
      "{\"rollback_to\": \"nope\"}      | state_details.rollback_to     | 'nope' is not a valid UUID",
      "{\"approved\": \"perhaps\"}      | state_details.approved        | 'perhaps' is not a valid boolean",
      "{\"canary_percent\": 3000000000} | state_details.canary_percent  | 3000000000 is out of range for an int"})
    void badDetailsNameTheirPath(String details, String path, String problem) {
      StateValidationException e =
          readFails("{\"type\": \"DEPLOYING\", \"state_details\": " + details + "}", State.class);
      assertEquals(path, e.path());
      assertEquals(problem, e.problem());
    }

    /**
     * The same, for problems a parser reports (integer text, a fraction, a date-time): the runtime
     * keeps the parser's exception as the cause of its {@code StateValidationException}, and Jackson,
     * which calls the builder's setters reflectively, reports the root cause instead of it, losing
     * path and problem. Reading the same values with {@code fromMap} names them (see
     * PipelineStateDetailsTest#badTextNamesTheField).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
      "{\"attempt\": \"first\"}           | state_details.attempt           | 'first' is not a valid integer",
      "{\"max_attempts\": 1.5}            | state_details.max_attempts      | 1.5 is not a whole number in range",
      "{\"artifact_bytes\": \"big\"}      | state_details.artifact_bytes    | 'big' is not a valid integer",
      "{\"approval_deadline\": \"soon\"}  | state_details.approval_deadline | 'soon' is not an ISO-8601 date-time"})
    void badDetailsWithAParseProblemNameTheirPath(String details, String path, String problem) {
      StateValidationException e =
          readFails("{\"type\": \"DEPLOYING\", \"state_details\": " + details + "}", State.class);
      assertEquals(path, e.path());
      assertEquals(problem, e.problem());
    }

    @Test
    void countsAreReadLenientlyFromJson() throws Exception {
      CountByState counts = read("{\"SKIPPED\": 2, \"ROLLED_BACK\": 1, \"SCHEDULED\": 9}", CountByState.class);
      assertEquals(CountByState.builder().skipped(2).rolledBack(1).build(), counts);
    }
  }

  @Nested
  class RoundTrips {

    @Test
    void randomStatesRoundTripLosslessly() throws Exception {
      for (State state : PipelineRandomStates.states()) {
        String json = write(state);
        State back = read(json, State.class);
        assertEquals(state.toMap(), back.toMap(), json);
        assertEquals(state.id(), back.id(), json);
        assertEquals(state.timestamp(), back.timestamp(), json);
        assertEquals(state, back, json);
        assertEquals(json, write(back));
      }
    }

    @Test
    void randomDetailsRoundTripLosslessly() throws Exception {
      for (StateDetails details : PipelineRandomStates.details()) {
        String json = write(details);
        assertEquals(details, read(json, StateDetails.class), json);
      }
    }

    @Test
    void randomCountsRoundTripLosslessly() throws Exception {
      for (CountByState counts : PipelineRandomStates.counts()) {
        String json = write(counts);
        assertEquals(counts, read(json, CountByState.class), json);
      }
    }

    @Test
    void everyFactoryStateRoundTrips() throws Exception {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        for (PipelineFactoriesTest.Factory factory : PipelineFactoriesTest.factories()) {
          State state = factory.plain().get();
          State back = read(write(state), State.class);
          assertEquals(state.toMap(), back.toMap(), factory.name());
        }
        State waiting = read(write(States.awaitingApproval()), State.class);
        assertEquals(pin.instant().plus(DAY), waiting.stateDetails().approvalDeadline());
      }
    }

    @Test
    void theMapAndTheJsonAgree() throws Exception {
      for (State state : PipelineRandomStates.states().subList(0, 50)) {
        assertEquals(state.toMap(), State.fromMap(state.toMap()).toMap());
        assertEquals(write(state), write(State.fromMap(state.toMap())));
      }
    }
  }
}
