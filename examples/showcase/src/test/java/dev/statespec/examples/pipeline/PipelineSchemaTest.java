package dev.statespec.examples.pipeline;

import static dev.statespec.examples.pipeline.PipelineFixtures.DETAILS_KEYS;
import static dev.statespec.examples.pipeline.PipelineFixtures.SCHEMA_RESOURCE;
import static dev.statespec.examples.pipeline.PipelineFixtures.STATE_KEYS;
import static dev.statespec.examples.pipeline.PipelineFixtures.TYPE_NAMES_LIST;
import static dev.statespec.examples.testing.JsonSupport.keys;
import static dev.statespec.examples.testing.JsonSupport.tree;
import static dev.statespec.examples.testing.JsonSupport.write;
import static dev.statespec.examples.testing.SchemaSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import dev.statespec.examples.testing.SchemaSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema the build emits for the pipeline spec: read from the class path with Jackson's
 * tree model, checked keyword by keyword, and used to validate what the generated classes write.
 */
class PipelineSchemaTest {

  private static final JsonNode SCHEMA = tree(text(SCHEMA_RESOURCE));
  private static final JsonNode DEFS = SCHEMA.get("$defs");

  private static JsonNode state() {
    return DEFS.get("State");
  }

  private static JsonNode details() {
    return DEFS.get("StateDetails");
  }

  private static JsonNode detailsProperty(String name) {
    return details().get("properties").get(name);
  }

  /** The non-null branch of an {@code anyOf}-with-null property; fails when the property is not one. */
  private static JsonNode nonNull(JsonNode property) {
    JsonNode anyOf = property.get("anyOf");
    assertTrue(anyOf != null && anyOf.isArray() && anyOf.size() == 2, () -> "anyOf-with-null: " + property);
    assertEquals(tree("{\"type\": \"null\"}"), anyOf.get(1));
    return anyOf.get(0);
  }

  // --- the document

  @Test
  void documentIsADraft2020SchemaOfTheState() {
    assertEquals("https://json-schema.org/draft/2020-12/schema", SCHEMA.get("$schema").textValue());
    assertEquals("PipelineSpec", SCHEMA.get("title").textValue());
    assertEquals("#/$defs/State", SCHEMA.get("$ref").textValue());
    assertEquals(List.of("State", "StateType", "StateDetails", "CountByState"), keys(DEFS));
  }

  // --- StateType

  @Test
  void stateTypeEnumeratesThisSpecsTypesInOrder() {
    JsonNode type = DEFS.get("StateType");
    assertEquals("string", type.get("type").textValue());
    List<String> names = new ArrayList<>();
    type.get("enum").forEach(name -> names.add(name.textValue()));
    assertEquals(TYPE_NAMES_LIST, names);
    assertEquals("StateType", type.get("title").textValue());
    assertEquals("The stages and outcomes of a pipeline run.", type.get("description").textValue());
  }

  // --- State

  @Test
  void stateHasEveryFieldRequiredOnesAndTheSpecsJavadoc() {
    JsonNode state = state();
    assertEquals(STATE_KEYS, keys(state.get("properties")));
    assertEquals("object", state.get("type").textValue());
    assertEquals(tree("[\"type\", \"id\", \"timestamp\"]"), state.get("required"));
    assertEquals("State", state.get("title").textValue());
    assertEquals("The state of one run of a deployment pipeline.\n\n"
        + "A run is queued, built, tested, perhaps held for a person's approval, and deployed; it ends "
        + "SUCCEEDED, FAILED, ROLLED_BACK or SKIPPED.", state.get("description").textValue());
  }

  @Test
  void stateFieldsHaveTheirShapes() {
    JsonNode properties = state().get("properties");
    assertEquals(tree("{\"type\": \"string\", \"format\": \"uuid\", \"title\": \"Id\"}"), properties.get("id"));
    assertEquals(tree("{\"$ref\": \"#/$defs/StateType\"}"), properties.get("type"));
    assertEquals(tree("{\"type\": \"string\", \"format\": \"date-time\", \"title\": \"Timestamp\"}"),
        properties.get("timestamp"));
    assertEquals(tree("{\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"null\"}], \"title\": \"Name\"}"),
        properties.get("name"));
    assertEquals(tree("{\"$ref\": \"#/$defs/StateDetails\"}"), properties.get("state_details"));
  }

  @Test
  void describedStateFieldsCarryTheirDescriptionsAndExamples() {
    JsonNode message = state().get("properties").get("message");
    assertEquals("string", nonNull(message).get("type").textValue());
    assertEquals("Message", message.get("title").textValue());
    assertEquals(tree("[\"Build #41 started\", \"Waiting for release manager\"]"), message.get("examples"));
    assertNull(message.get("description"));
    JsonNode data = state().get("properties").get("data");
    assertEquals(tree("{}"), nonNull(data));
    assertEquals("What the run produced so far, e.g. image digests or test reports; any JSON value.",
        data.get("description").textValue());
    assertNull(data.get("examples"));
  }

  // --- StateDetails

  @Test
  void detailsHaveEveryFieldUnderItsJsonNameAndTheInterfacesJavadoc() {
    assertEquals(DETAILS_KEYS, keys(details().get("properties")));
    assertEquals("object", details().get("type").textValue());
    assertEquals("StateDetails", details().get("title").textValue());
    assertEquals("What a pipeline state knows about its run besides its type, name and message.",
        details().get("description").textValue());
    assertNull(details().get("required"));
  }

  /** Each details field: JSON name, title, JSON type, format, whether nullable, default (JSON text or "-"). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "pipeline_run_id   | Pipeline Run Id   | string  | uuid      | true  | -",
    "sha               | Sha               | string  |           | true  | -",
    "environment       | Environment       | string  |           | true  | \"staging\"",
    "stage             | Stage             | string  |           | true  | -",
    "attempt           | Attempt           | integer |           | true  | 1",
    "max_attempts      | Max Attempts      | integer |           | false | 3",
    "canary_percent    | Canary Percent    | integer |           | true  | -",
    "artifact_bytes    | Artifact Bytes    | integer |           | true  | -",
    "elapsed_millis    | Elapsed Millis    | integer |           | false | 0",
    "approved          | Approved          | boolean |           | true  | -",
    "dry_run           | Dry Run           | boolean |           | false | false",
    "notify_owners     | Notify Owners     | boolean |           | true  | true",
    "approval_deadline | Approval Deadline | string  | date-time | true  | -",
    "approvers         | Approvers         | array   |           | true  | []",
    "labels            | Labels            | object  |           | true  | -",
    "skip_reason       | Skip Reason       | string  |           | true  | -",
    "rollback_to       | Rollback To       | string  | uuid      | true  | -"})
  void detailsFieldHasItsShape(String name, String title, String type, String format, boolean nullable,
      String defaultJson) {
    JsonNode property = detailsProperty(name);
    assertEquals(title, property.get("title").textValue());
    JsonNode shape = nullable ? nonNull(property) : property;
    assertFalse(!nullable && property.has("anyOf"), "a primitive is never null");
    assertEquals(type, shape.get("type").textValue());
    if (format == null) {
      assertNull(shape.get("format"));
    } else {
      assertEquals(format, shape.get("format").textValue());
    }
    if (defaultJson.equals("-")) {
      assertNull(property.get("default"), "a null default is left out");
    } else {
      assertEquals(tree(defaultJson), property.get("default"));
    }
  }

  @Test
  void collectionsHoldStrings() {
    assertEquals(tree("{\"type\": \"string\"}"), nonNull(detailsProperty("approvers")).get("items"));
    assertEquals(tree("{\"type\": \"string\"}"), nonNull(detailsProperty("labels")).get("additionalProperties"));
  }

  @Test
  void describedDetailsFieldsAreFoundUnderTheirJsonName() {
    JsonNode sha = detailsProperty("sha");
    assertEquals("The commit being delivered, as a full 40-character SHA-1.", sha.get("description").textValue());
    assertEquals(tree("[\"9fceb02d0ae598e95dc970b74767f19372d61af8\"]"), sha.get("examples"));
    assertFalse(details().get("properties").has("commit_sha"));
    JsonNode environment = detailsProperty("environment");
    assertEquals("Where the run deploys to.", environment.get("description").textValue());
    assertEquals(tree("[\"staging\", \"production\"]"), environment.get("examples"));
    // Without @Describe, a field's Javadoc is its description, inline tags reduced to their text.
    assertEquals("The step running now, such as compile or integration-tests.",
        detailsProperty("stage").get("description").textValue());
  }

  // --- CountByState

  @Test
  void countByStateHasAnIntegerPerTypeInTheTypesOrder() {
    JsonNode counts = DEFS.get("CountByState");
    assertEquals(TYPE_NAMES_LIST, keys(counts.get("properties")));
    assertEquals("object", counts.get("type").textValue());
    assertEquals(tree("{\"type\": \"integer\", \"title\": \"Awaiting Approval\", \"default\": 0}"),
        counts.get("properties").get("AWAITING_APPROVAL"));
    assertEquals(tree("{\"type\": \"integer\", \"title\": \"Rolled Back\", \"default\": 0}"),
        counts.get("properties").get("ROLLED_BACK"));
  }

  // --- validating what the classes write

  /** The emitted schema with its root pointed at one definition. */
  private static Schema schema(String definition) {
    return SchemaSupport.schema(SCHEMA_RESOURCE, definition);
  }

  static Stream<Arguments> documents() {
    List<Arguments> documents = new ArrayList<>();
    int i = 0;
    for (State state : PipelineRandomStates.states()) {
      documents.add(Arguments.of(Named.of("state " + i++, write(state)), "State"));
    }
    documents.add(Arguments.of(Named.of("canary", write(States.canary(25))), "State"));
    documents.add(Arguments.of(Named.of("awaiting approval", write(States.awaitingApproval())), "State"));
    i = 0;
    for (StateDetails details : PipelineRandomStates.details().subList(0, 50)) {
      documents.add(Arguments.of(Named.of("details " + i++, write(details)), "StateDetails"));
    }
    i = 0;
    for (CountByState counts : PipelineRandomStates.counts().subList(0, 20)) {
      documents.add(Arguments.of(Named.of("counts " + i++, write(counts)), "CountByState"));
    }
    return documents.stream();
  }

  @Test
  void theSchemaIsReadByAValidator() {
    List<Error> errors = schema("State").validate("{\"type\": \"QUEUED\", \"id\": \"" + PipelineFixtures.U1
        + "\", \"timestamp\": \"2024-01-02T03:04:05Z\"}", InputFormat.JSON);
    assertEquals(List.of(), errors);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void whatTheClassesWriteIsValid(String json, String definition) {
    List<Error> errors = schema(definition).validate(json, InputFormat.JSON);
    assertEquals(List.of(), errors, json);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "{\"type\": \"RUNNING\", \"id\": \"11111111-1111-4111-8111-111111111111\", \"timestamp\": \"2024-01-02T03:04:05Z\"}",
    "{\"type\": \"QUEUED\", \"timestamp\": \"2024-01-02T03:04:05Z\"}",
    "{\"type\": \"QUEUED\", \"id\": \"11111111-1111-4111-8111-111111111111\"}",
    "{\"type\": \"QUEUED\", \"id\": \"nope\", \"timestamp\": \"2024-01-02T03:04:05Z\"}",
    "{\"type\": \"QUEUED\", \"id\": \"11111111-1111-4111-8111-111111111111\", \"timestamp\": \"soon\"}",
    "{\"type\": \"QUEUED\", \"id\": \"11111111-1111-4111-8111-111111111111\", \"timestamp\": \"2024-01-02T03:04:05Z\", \"state_details\": {\"max_attempts\": null}}",
    "{\"type\": \"QUEUED\", \"id\": \"11111111-1111-4111-8111-111111111111\", \"timestamp\": \"2024-01-02T03:04:05Z\", \"state_details\": {\"approvers\": [1]}}",
    "{\"type\": \"QUEUED\", \"id\": \"11111111-1111-4111-8111-111111111111\", \"timestamp\": \"2024-01-02T03:04:05Z\", \"state_details\": {\"labels\": {\"a\": 1}}}",
    "{\"type\": \"QUEUED\", \"id\": \"11111111-1111-4111-8111-111111111111\", \"timestamp\": \"2024-01-02T03:04:05Z\", \"state_details\": {\"sha\": 7}}"})
  void documentsTheSchemaRefusesAreRefused(String json) {
    assertFalse(schema("State").validate(json, InputFormat.JSON).isEmpty(), json);
  }

  @Test
  void theSchemaIsNotStricterThanTheReader() {
    // unknown properties: the reader ignores them, and the schema does not forbid them
    String json = "{\"type\": \"SKIPPED\", \"id\": \"" + PipelineFixtures.U1
        + "\", \"timestamp\": \"2024-01-02T03:04:05Z\", \"extra\": 1, \"state_details\": {\"extra\": true}}";
    assertEquals(List.of(), schema("State").validate(json, InputFormat.JSON));
  }
}
