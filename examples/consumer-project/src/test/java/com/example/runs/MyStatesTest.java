package com.example.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.statespec.runtime.TransitionRejectedException;
import dev.statespec.runtime.TransitionResult;
import dev.statespec.runtime.TransitionStatus;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The classes statespec generated from {@link MyStates}, an extension of the Prefect spec read from the
 * statespec-prefect jar, used as a user's code uses them.
 */
class MyStatesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

  /** A state as Prefect writes it: none of this project's fields, every one of Prefect's. */
  private static final String PREFECT_AWAITING_RETRY = """
      {
        "id": "0665f1a4-8e3c-7d4f-9111-6c4d0b2e3f50",
        "type": "SCHEDULED",
        "name": "AwaitingRetry",
        "timestamp": "2024-05-01T12:00:06.5+02:00",
        "message": "Retry 1/3 will start 10 second(s) from now",
        "data": null,
        "state_details": {
          "flow_run_id": "9b1d2c3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e",
          "task_run_id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
          "child_flow_run_id": null,
          "scheduled_time": "2024-05-01T10:00:16.5Z",
          "cache_key": null,
          "cache_expiration": null,
          "deferred": false,
          "untrackable_result": false,
          "pause_timeout": null,
          "pause_reschedule": false,
          "pause_key": null,
          "run_input_keyset": null,
          "refresh_cache": null,
          "retriable": true,
          "transition_id": null,
          "task_parameters_id": null,
          "traceparent": null,
          "deployment_concurrency_lease_id": null
        }
      }
      """;

  @Test
  void prefectsTypesComeFirstThenSkippedWhichIsTerminal() {
    assertEquals(StateType.SCHEDULED, StateType.values()[0]);
    assertEquals(StateType.SKIPPED, StateType.values()[StateType.values().length - 1]);
    assertEquals(Set.of(StateType.COMPLETED, StateType.CANCELLED, StateType.FAILED, StateType.CRASHED,
        StateType.SKIPPED), StateType.TERMINAL_STATES);
    State skipped = States.skipped();
    assertTrue(skipped.isSkipped());
    assertTrue(skipped.isFinal());
    assertEquals("Skipped", skipped.name());
  }

  @Test
  void theNamedStateOfAnExistingType() {
    State cached = States.cached();
    assertTrue(cached.isCompleted());
    assertTrue(cached.isFinal());
    assertEquals("Cached", cached.name());
  }

  @Test
  void theGroupOfItsOwn() {
    assertEquals(Set.of(StateType.PENDING, StateType.RUNNING, StateType.CANCELLING), StateType.ACTIVE_STATES);
    assertTrue(States.running().isActive());
    assertTrue(StateType.CANCELLING.isActive());
    assertFalse(States.skipped().isActive());
  }

  @Test
  void theExtraDetailsFieldSitsBesidePrefectsFields() {
    UUID flowRunId = UUID.randomUUID();
    State running = States.running(b -> b.stateDetails(StateDetails.builder().flowRunId(flowRunId).team("data").build()));
    assertEquals("data", running.stateDetails().team());
    assertEquals(flowRunId, running.stateDetails().flowRunId());
    assertNull(States.running().stateDetails().team());
  }

  @Test
  void prefectsBuildRuleSetsTheScheduledTime() {
    assertNotNull(States.scheduled().stateDetails().scheduledTime());
    assertNotNull(State.builder(StateType.SCHEDULED).build().stateDetails().scheduledTime());
    Instant at = Instant.parse("2030-01-01T00:00:00Z");
    assertEquals(at, States.scheduled(at).stateDetails().scheduledTime());
    assertEquals(at, States.awaitingRetry(at).stateDetails().scheduledTime());
    // Prefect's rule keeps this project's field as it was.
    State late = States.late(at, b -> b.stateDetails(StateDetails.builder().team("ops").build()));
    assertEquals("ops", late.stateDetails().team());
    assertEquals(at, late.stateDetails().scheduledTime());
  }

  @Test
  void prefectsPauseRuleRefusesBothTimeoutAndExpiration() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> States.paused(Duration.ofMinutes(5), Instant.parse("2030-01-01T00:00:00Z"), false, null));
    assertEquals("Cannot supply both a pause_expiration_time and timeout_seconds", refused.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> States.suspended(Duration.ofMinutes(5), Instant.parse("2030-01-01T00:00:00Z"), "key"));

    Instant until = Instant.parse("2030-01-01T00:00:00Z");
    State paused = States.paused(null, until, true, "approval");
    assertEquals(until, paused.stateDetails().pauseTimeout());
    assertTrue(paused.stateDetails().pauseReschedule());
    assertEquals("approval", paused.stateDetails().pauseKey());
  }

  @Test
  void aSkippedStateMakesTheJsonRoundTrip() throws Exception {
    State skipped = States.skipped(b -> b.message("nothing to do")
        .stateDetails(StateDetails.builder().flowRunId(UUID.randomUUID()).team("data").build()));

    String json = MAPPER.writeValueAsString(skipped);
    JsonNode tree = MAPPER.readTree(json);
    assertEquals("SKIPPED", tree.get("type").asText());
    assertEquals("data", tree.get("state_details").get("team").asText());
    assertTrue(tree.get("state_details").has("scheduled_time"));

    State read = MAPPER.readValue(json, State.class);
    assertEquals(skipped, read);
    assertEquals(skipped.id(), read.id());
    assertTrue(read.isSkipped());
  }

  @Test
  void plainPrefectJsonReadsIntoTheExtendedClasses() throws Exception {
    State state = MAPPER.readValue(PREFECT_AWAITING_RETRY, State.class);

    assertTrue(state.isScheduled());
    assertEquals("AwaitingRetry", state.name());
    assertEquals(UUID.fromString("0665f1a4-8e3c-7d4f-9111-6c4d0b2e3f50"), state.id());
    assertEquals(Instant.parse("2024-05-01T10:00:06.5Z"), state.timestamp());
    assertEquals(Instant.parse("2024-05-01T10:00:16.5Z"), state.stateDetails().scheduledTime());
    assertEquals(Boolean.TRUE, state.stateDetails().retriable());
    assertNull(state.stateDetails().team());
  }

  @Test
  void skippedIsCountedAndPrefectsCountOrderComesFirst() {
    CountByState counts = CountByState.of(List.of(States.skipped(), States.skipped(), States.running()));
    assertEquals(2, counts.skipped());
    assertEquals(1, counts.running());
    assertEquals(2, counts.get(StateType.SKIPPED));

    Map<String, Object> map = counts.toMap();
    assertEquals(List.of("COMPLETED", "PENDING", "RUNNING", "FAILED", "CANCELLED", "CRASHED", "PAUSED",
        "CANCELLING", "SCHEDULED", "SKIPPED"), List.copyOf(map.keySet()));
    assertEquals(counts, CountByState.fromMap(map));
  }

  @Test
  void theSchemaInThisProjectsJarKnowsSkippedAndTheExtraField() throws Exception {
    JsonNode schema;
    try (InputStream in = MyStatesTest.class.getClassLoader()
        .getResourceAsStream("META-INF/statespec/com.example.runs.MyStates.schema.json")) {
      assertNotNull(in, "the schema of MyStates is not on the class path");
      schema = MAPPER.readTree(in);
    }
    JsonNode typeEnum = schema.get("$defs").get("StateType").get("enum");
    assertEquals("SCHEDULED", typeEnum.get(0).asText());
    assertEquals("SKIPPED", typeEnum.get(typeEnum.size() - 1).asText());
    assertTrue(schema.get("$defs").get("CountByState").get("properties").has("SKIPPED"));
    JsonNode details = schema.get("$defs").get("StateDetails").get("properties");
    assertTrue(details.has("team"));
    assertTrue(details.has("scheduled_time"));
    // This spec's own field is described by its Javadoc, though Prefect's keep their Javadoc out
    // of their schema (@Schema(detailsJavadoc = false)): each spec decides for its own.
    assertEquals("The team that owns the run.", details.get("team").get("description").asText());
    assertFalse(details.get("scheduled_time").has("description"));
  }

  @Test
  void prefectsRulesDecideTheTransitionsBetweenPrefectsTypes() {
    // Pending is not entered twice: Prefect's rule aborts, on this project's states.
    State pending = States.pending(b -> b.stateDetails(StateDetails.builder().team("data").build()));
    TransitionResult<State> again = StatePolicy.apply(pending, States.pending());
    assertEquals(TransitionStatus.ABORTED, again.status());
    assertEquals("PrefectSpec.preventPendingTransitions", again.rule());
    assertEquals("This run is in a PENDING state and cannot transition to a PENDING state.", again.reason());
    assertSame(pending, again.state());
    TransitionRejectedException refused =
        assertThrows(TransitionRejectedException.class, () -> StatePolicy.enforce(pending, States.pending()));
    assertTrue(refused.isAborted());

    // An amended state keeps this project's own details field, which Prefect's rule never saw.
    Instant at = Instant.parse("2030-01-01T00:00:00Z");
    State scheduled = States.scheduled(at);
    State submitted = StatePolicy.enforce(scheduled,
        States.pending(b -> b.stateDetails(StateDetails.builder().team("ops").build())));
    assertEquals(at, submitted.stateDetails().scheduledTime());
    assertEquals("ops", submitted.stateDetails().team());

    // A first state goes through; so does a run to completion.
    State first = States.running();
    State running = StatePolicy.enforce(null, first);
    assertSame(first, running);
    assertTrue(StatePolicy.apply(running, States.completed()).isAccepted());
  }

  @Test
  void skippedIsNoneOfPrefectsRulesBusiness() {
    // SKIPPED is this project's own type: Prefect's rules run only between Prefect's types, so they
    // decide no transition to or from it, and this project gave it no rule of its own.
    State completed = States.completed(b -> b.data(Map.of("storage_key", "result.json")));
    // Prefect's terminal rule refuses this to CRASHED ...
    assertEquals("PrefectSpec.handleFlowTerminalStateTransitions",
        StatePolicy.apply(completed, States.crashed()).rule());
    // ... but not to SKIPPED, terminal as it is; and a skipped run may even become pending again.
    assertTrue(StatePolicy.apply(completed, States.skipped()).isAccepted());
    State skipped = States.skipped();
    assertSame(skipped, StatePolicy.enforce(States.running(), skipped));
    assertTrue(StatePolicy.apply(skipped, States.pending()).isAccepted());
    // Even a retried request: the duplicate-transition rule does not see a SKIPPED state.
    UUID transition = UUID.randomUUID();
    State before = States.running(b -> b.stateDetails(StateDetails.builder().transitionId(transition).build()));
    State duplicate = States.skipped(b -> b.stateDetails(StateDetails.builder().transitionId(transition).build()));
    assertTrue(StatePolicy.apply(before, duplicate).isAccepted());
    State duplicateRunning =
        States.running(b -> b.stateDetails(StateDetails.builder().transitionId(transition).build()));
    assertEquals("PrefectSpec.preventDuplicateTransitions", StatePolicy.apply(before, duplicateRunning).rule());
  }
}
