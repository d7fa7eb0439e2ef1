package dev.statespec.examples.prefect;

import static dev.statespec.examples.testing.JsonSupport.mapper;
import static dev.statespec.examples.testing.JsonSupport.nonNullMapper;
import static dev.statespec.examples.testing.JsonSupport.objectTree;
import static dev.statespec.examples.testing.JsonSupport.write;
import static dev.statespec.examples.testing.SchemaSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import dev.statespec.examples.testing.JsonSupport;
import dev.statespec.examples.testing.SchemaSupport;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The emitted JSON Schema, run by a real validator (networknt json-schema-validator, 2020-12, format
 * assertions on): it accepts every document the round-trip tests write and the Prefect-shaped ones,
 * and rejects documents that break it.
 */
class JsonSchemaValidationTest {

  /** The whole emitted document as a schema of {@code definition}, its root {@code $ref} pointed there. */
  static Schema schema(String definition) {
    return SchemaSupport.schema(JsonTesting.SCHEMA_RESOURCE, definition);
  }

  static List<Error> errors(String definition, String json) {
    return schema(definition).validate(json, InputFormat.JSON);
  }

  static void assertValid(String definition, String json) {
    List<Error> errors = errors(definition, json);
    assertTrue(errors.isEmpty(), () -> definition + " rejects " + json + ":\n" + describe(errors));
  }

  /** The document is rejected, and some error is about {@code field} (its name is in the error). */
  static void assertRejected(String definition, String json, String field) {
    List<Error> errors = errors(definition, json);
    assertFalse(errors.isEmpty(), () -> definition + " accepts " + json);
    assertTrue(errors.stream().anyMatch(e -> e.toString().contains(field)),
        () -> "no error about " + field + " in:\n" + describe(errors));
  }

  private static String describe(List<Error> errors) {
    return errors.stream().map(Error::toString).collect(Collectors.joining("\n"));
  }

  /** A valid written state, changed by {@code change}. */
  private static String stateWith(Consumer<ObjectNode> change) {
    ObjectNode document = objectTree(write(JsonWireFormatTest.fullState()));
    change.accept(document);
    return document.toString();
  }

  private static ObjectNode details(ObjectNode state) {
    return (ObjectNode) state.get("state_details");
  }

  @Test
  void theEmittedDocumentIsAValid2020Schema() {
    Schema metaSchema = SchemaSupport.registry().getSchema(SchemaLocation.of(JsonTesting.DRAFT_2020_12));
    List<Error> errors = metaSchema.validate(text(JsonTesting.SCHEMA_RESOURCE), InputFormat.JSON);
    assertTrue(errors.isEmpty(), () -> describe(errors));
  }

  @Test
  void formatAssertionIsOn() {
    assertRejected("State", "{\"type\": \"COMPLETED\", \"id\": \"not-a-uuid\"}", "id");
    assertValid("State", "{\"type\": \"COMPLETED\", \"id\": \"" + Fixtures.U1 + "\"}");
  }

  @Nested
  class Accepts {

    @Test
    void everyRandomStateTheRoundTripTestsWrite() {
      for (ObjectMapper mapper : List.of(mapper(), nonNullMapper())) {
        for (State state : RandomStates.states()) {
          assertValid("State", write(mapper, state));
        }
      }
    }

    @Test
    void aListOfThemItemByItem() {
      ArrayNode list = (ArrayNode) JsonSupport.tree(write(RandomStates.states()));
      assertEquals(RandomStates.COUNT, list.size());
      list.forEach(item -> assertValid("State", item.toString()));
    }

    @Test
    void everyRandomDetailsAndCounts() {
      for (StateDetails details : RandomStates.details()) {
        assertValid("StateDetails", write(details));
      }
      for (CountByState counts : RandomStates.counts()) {
        assertValid("CountByState", write(counts));
      }
    }

    @Test
    void theStatesOfEveryFactory() {
      List<State> states = List.of(States.scheduled(), States.pending(), States.running(), States.completed(),
          States.failed(), States.cancelled(), States.crashed(), States.paused(), States.cancelling(),
          States.suspended(), States.awaitingRetry(), States.awaitingConcurrencySlot(), States.late(),
          States.retrying(), States.submitting(), States.infrastructurePending(),
          States.paused(java.time.Duration.ofMinutes(5)));
      states.forEach(state -> assertValid("State", write(state)));
    }

    @Test
    void prefectShapedDocuments() {
      PrefectDocuments.SCHEMA_VALID.forEach(document -> assertValid("State", document));
    }

    @Test
    void prefectShapedDocumentsAsReadAndWrittenAgain() throws Exception {
      for (String document : List.of(PrefectDocuments.COMPLETED_WITH_DATA, PrefectDocuments.AWAITING_RETRY,
          PrefectDocuments.PAUSED_FOR_INPUT, PrefectDocuments.WITH_UNKNOWN_FIELDS, PrefectDocuments.NAIVE_TIMESTAMP)) {
        assertValid("State", write(JsonSupport.read(document, State.class)));
      }
    }

    @Test
    void theMinimalDocument() {
      assertValid("State", "{\"type\": \"RUNNING\", \"id\": \"" + Fixtures.U1 + "\"}");
      assertValid("StateDetails", "{}");
      assertValid("CountByState", "{}");
    }
  }

  @Nested
  class Rejects {

    @ParameterizedTest
    @ValueSource(strings = {"FOO", "completed", ""})
    void aTypeThatIsNotAStateType(String type) {
      assertRejected("State", stateWith(state -> state.put("type", type)), "type");
    }

    @Test
    void aMissingType() {
      assertRejected("State", stateWith(state -> state.remove("type")), "type");
    }

    @Test
    void aMissingId() {
      assertRejected("State", stateWith(state -> state.remove("id")), "id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "11111111-1111-4111-8111-11111111111", ""})
    void anIdThatIsNotAUuid(String id) {
      assertRejected("State", stateWith(state -> state.put("id", id)), "id");
    }

    @Test
    void aNullId() {
      assertRejected("State", stateWith(state -> state.putNull("id")), "id");
    }

    @Test
    void aDetailsUuidThatIsNotAUuid() {
      assertRejected("State", stateWith(state -> details(state).put("flow_run_id", "not-a-uuid")), "flow_run_id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-13-01T00:00:00Z", "2024-05-01", "2024-05-01T12:00:00"})
    void aTimestampThatIsNotADateTime(String timestamp) {
      assertRejected("State", stateWith(state -> state.put("timestamp", timestamp)), "timestamp");
      assertRejected("State", stateWith(state -> details(state).put("scheduled_time", timestamp)),
          "scheduled_time");
    }

    @Test
    void aNumericTimestamp() {
      assertRejected("State", stateWith(state -> state.put("timestamp", 1714564800)), "timestamp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pause_reschedule", "untrackable_result", "deferred", "refresh_cache", "retriable"})
    void aDetailsBooleanGivenAsAString(String field) {
      assertRejected("State", stateWith(state -> details(state).put(field, "true")), field);
      assertRejected("StateDetails", "{\"" + field + "\": \"false\"}", field);
    }

    @Test
    void aNullWhereTheDetailsBooleanIsNotOptional() {
      assertRejected("StateDetails", "{\"pause_reschedule\": null}", "pause_reschedule");
      assertRejected("StateDetails", "{\"untrackable_result\": null}", "untrackable_result");
      assertValid("StateDetails", "{\"deferred\": null, \"refresh_cache\": null, \"retriable\": null}");
    }

    @Test
    void aKeysetWithANonStringValue() {
      assertRejected("State", stateWith(state -> details(state).set("run_input_keyset",
          JsonNodeFactory.instance.objectNode().put("response", 3))), "run_input_keyset");
    }

    @Test
    void detailsThatAreNotAnObject() {
      assertRejected("State", stateWith(state -> state.put("state_details", "none")), "state_details");
    }

    @Test
    void aNameThatIsNotAString() {
      assertRejected("State", stateWith(state -> state.put("name", 42)), "name");
    }

    @Test
    void aCountThatIsNotAnInteger() {
      assertRejected("CountByState", "{\"RUNNING\": \"3\"}", "RUNNING");
      assertRejected("CountByState", "{\"FAILED\": 1.5}", "FAILED");
    }

    @Test
    void aStateThatIsNotAnObject() {
      assertFalse(errors("State", "[]").isEmpty());
      assertFalse(errors("State", "\"COMPLETED\"").isEmpty());
    }
  }
}
