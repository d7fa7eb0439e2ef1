package dev.statespec.examples.prefect;

import static dev.statespec.examples.testing.JsonSupport.read;
import static dev.statespec.examples.testing.JsonSupport.tree;
import static dev.statespec.examples.testing.JsonSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statespec.examples.testing.JsonSupport;
import dev.statespec.runtime.StateClock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Contract section "JSON", reading: documents shaped like Prefect API responses, read with a plain
 * {@code ObjectMapper} and checked field by field.
 */
class PrefectJsonDocumentsTest {

  private static final UUID FLOW_RUN = UUID.fromString("9b1d2c3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e");

  @Test
  void completedFlowRunWithData() throws Exception {
    State state = read(PrefectDocuments.COMPLETED_WITH_DATA, State.class);

    assertEquals(UUID.fromString("0665f1a4-7d2b-7c3e-8000-5b3c9a1d2e4f"), state.id());
    assertSame(StateType.COMPLETED, state.type());
    assertTrue(state.isCompleted());
    assertTrue(state.isFinal());
    assertEquals("Completed", state.name());
    assertEquals(Instant.parse("2024-05-01T12:00:05.123456Z"), state.timestamp());
    assertEquals("All states completed.", state.message());

    Map<String, Object> serializer = new LinkedHashMap<>();
    serializer.put("type", "pickle");
    serializer.put("picklelib", "cloudpickle");
    serializer.put("picklelib_version", null);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("storage_key", "/root/.prefect/storage/4f0c8a8e5d2b4d6c9b1a");
    data.put("expiration", null);
    data.put("serializer", serializer);
    data.put("storage_block_id", null);
    data.put("prefect_version", "3.6.22");
    data.put("attempts", 3);
    data.put("size_bytes", 5_000_000_000L);
    data.put("ratio", 0.25);
    data.put("cached", false);
    data.put("tags", List.of("etl", "nightly"));
    assertEquals(data, state.data());
    Map<?, ?> read = assertInstanceOf(Map.class, state.data());
    assertEquals(List.copyOf(data.keySet()), List.copyOf(read.keySet()), "data keeps its key order");
    assertInstanceOf(Integer.class, read.get("attempts"));
    assertInstanceOf(Long.class, read.get("size_bytes"));
    assertInstanceOf(Double.class, read.get("ratio"));
    assertInstanceOf(Boolean.class, read.get("cached"));
    assertInstanceOf(List.class, read.get("tags"));
    assertInstanceOf(Map.class, read.get("serializer"));

    StateDetails details = state.stateDetails();
    assertEquals(FLOW_RUN, details.flowRunId());
    assertNull(details.taskRunId());
    assertNull(details.childFlowRunId());
    assertNull(details.scheduledTime());
    assertNull(details.cacheKey());
    assertNull(details.cacheExpiration());
    assertEquals(Boolean.FALSE, details.deferred());
    assertFalse(details.untrackableResult());
    assertNull(details.pauseTimeout());
    assertFalse(details.pauseReschedule());
    assertNull(details.pauseKey());
    assertNull(details.runInputKeyset());
    assertNull(details.refreshCache());
    assertNull(details.retriable());
    assertEquals(UUID.fromString("1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9"), details.transitionId());
    assertNull(details.taskParametersId());
    assertEquals("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", details.traceparent());
    assertNull(details.deploymentConcurrencyLeaseId());

    assertEquals("Completed('All states completed.')", state.toString());
  }

  @Test
  void awaitingRetryWithOffsetTimestamps() throws Exception {
    State state = read(PrefectDocuments.AWAITING_RETRY, State.class);

    assertEquals(UUID.fromString("0665f1a4-8e3c-7d4f-9111-6c4d0b2e3f50"), state.id());
    assertSame(StateType.SCHEDULED, state.type());
    assertTrue(state.isScheduled());
    assertFalse(state.isFinal());
    assertEquals("AwaitingRetry", state.name());
    assertEquals(Instant.parse("2024-05-01T12:01:00.000001Z"), state.timestamp());
    assertEquals("Retry 1/3 will start 10 second(s) from now", state.message());
    assertNull(state.data());

    StateDetails details = state.stateDetails();
    assertEquals(FLOW_RUN, details.flowRunId());
    assertEquals(UUID.fromString("2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d"), details.taskRunId());
    assertEquals(Instant.parse("2024-05-01T12:01:10.000001Z"), details.scheduledTime(),
        "a given scheduled_time is kept, not defaulted to now");
    assertEquals(Boolean.TRUE, details.retriable());
    assertNull(details.refreshCache());
    assertEquals(UUID.fromString("3b4c5d6e-7f8a-4b9c-8d0e-2f3a4b5c6d7e"), details.taskParametersId());
    assertEquals(Boolean.FALSE, details.deferred());

    assertEquals(States.awaitingRetry(details.scheduledTime(), o -> o
            .timestamp(state.timestamp())
            .message(state.message())
            .stateDetails(details.withScheduledTime(null))),
        state, "the same state as the factory builds");
    assertEquals("AwaitingRetry('Retry 1/3 will start 10 second(s) from now', type=SCHEDULED)",
        state.toString());
  }

  @Test
  void pausedWithRunInputKeyset() throws Exception {
    State state = read(PrefectDocuments.PAUSED_FOR_INPUT, State.class);

    assertEquals(UUID.fromString("0665f1a4-9f4d-7e50-a222-7d5e1c3f4061"), state.id());
    assertSame(StateType.PAUSED, state.type());
    assertTrue(state.isPaused());
    assertEquals("Suspended", state.name());
    assertEquals(Instant.parse("2024-05-01T12:02:00Z"), state.timestamp());
    assertNull(state.message());
    assertNull(state.data());

    StateDetails details = state.stateDetails();
    assertEquals(FLOW_RUN, details.flowRunId());
    assertEquals(Instant.parse("2024-05-01T13:02:00.500Z"), details.pauseTimeout());
    assertTrue(details.pauseReschedule());
    assertEquals("1", details.pauseKey());
    Map<String, String> keyset = new LinkedHashMap<>();
    keyset.put("description", "paused-1-description");
    keyset.put("response", "paused-1-response");
    keyset.put("schema", "paused-1-schema");
    assertEquals(keyset, details.runInputKeyset());
    assertEquals(List.copyOf(keyset.keySet()), List.copyOf(details.runInputKeyset().keySet()),
        "run_input_keyset keeps its key order");
    assertEquals(UUID.fromString("4c5d6e7f-8a9b-4c0d-9e1f-3a4b5c6d7e8f"), details.deploymentConcurrencyLeaseId());
    assertNull(details.scheduledTime(), "only SCHEDULED states get a default scheduled_time");
    assertEquals("Suspended(type=PAUSED)", state.toString());
  }

  @Test
  void unknownFieldsAreIgnoredAtTheTopAndInTheDetails() throws Exception {
    try (StateClock.Pin pin = StateClock.pinAt(Fixtures.NOW)) {
      State state = read(PrefectDocuments.WITH_UNKNOWN_FIELDS, State.class);

      assertEquals(UUID.fromString("0665f1a4-a05e-7f61-b333-8e6f2d4a5172"), state.id());
      assertSame(StateType.RUNNING, state.type());
      assertEquals("Running", state.name());
      assertEquals(Instant.parse("2024-05-01T12:03:00.250Z"), state.timestamp());
      assertNull(state.message());
      assertNull(state.data());

      StateDetails expected = StateDetails.builder()
          .flowRunId(FLOW_RUN)
          .cacheKey("abc123")
          .untrackableResult(true)
          .build();
      assertEquals(expected, state.stateDetails(), "details fields left out take their defaults");
      assertEquals(Boolean.FALSE, state.stateDetails().deferred());
      assertNull(state.stateDetails().scheduledTime(), "no clock reading for a RUNNING state: " + pin.instant());

      JsonNode written = tree(write(state));
      assertEquals(JsonTesting.STATE_KEYS, JsonSupport.keys(written), "unknown fields are not written back");
      assertEquals(Fixtures.DETAILS_KEYS, JsonSupport.keys(written.get("state_details")));
    }
  }

  @Test
  void naiveTimestampsAreUtc() throws Exception {
    State state = read(PrefectDocuments.NAIVE_TIMESTAMP, State.class);

    assertEquals(UUID.fromString("0665f1a4-b16f-7072-8444-9f703e5b6283"), state.id());
    assertSame(StateType.PENDING, state.type());
    assertEquals("Pending", state.name());
    assertEquals(Instant.parse("2024-05-01T12:04:00.123456Z"), state.timestamp());
    assertEquals("", state.message());
    assertEquals("a plain string", state.data());
    StateDetails details = state.stateDetails();
    assertNull(details.flowRunId());
    assertEquals(Instant.parse("2024-05-02T00:00:00Z"), details.cacheExpiration());
    assertEquals(Instant.parse("2024-05-01T13:04:00.100Z"), details.pauseTimeout());

    ObjectNode written = (ObjectNode) tree(write(state));
    assertEquals("2024-05-01T12:04:00.123456Z", written.get("timestamp").asText(), "written back in UTC");
    assertEquals("2024-05-02T00:00:00Z", written.get("state_details").get("cache_expiration").asText());
  }

  @Test
  void everyDocumentSurvivesARoundTrip() throws Exception {
    for (String document : List.of(PrefectDocuments.COMPLETED_WITH_DATA, PrefectDocuments.AWAITING_RETRY,
        PrefectDocuments.PAUSED_FOR_INPUT, PrefectDocuments.WITH_UNKNOWN_FIELDS, PrefectDocuments.NAIVE_TIMESTAMP)) {
      State state = read(document, State.class);
      State back = read(write(state), State.class);
      assertEquals(state, back, document);
      assertEquals(state.id(), back.id(), document);
    }
  }

  @Test
  void documentsWithoutUnknownFieldsAreWrittenBackAsRead() throws Exception {
    for (String document : List.of(PrefectDocuments.COMPLETED_WITH_DATA, PrefectDocuments.PAUSED_FOR_INPUT)) {
      State state = read(document, State.class);
      assertEquals(tree(document), tree(write(state)), document);
    }
  }
}
