package dev.statespec.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * A spec that is not Prefect's, through the same processor: its own types (a terminal SKIPPED, a
 * two-word AWAITING_APPROVAL), fields of every supported kind with defaults, a named state with a
 * rule, and two reset fields. The generated classes are loaded and used.
 */
class SecondSpecTest {

  private static final JavaFileObject SPEC = JavaFileObjects.forResource("specs/good/ReviewSpec.java");

  private final Compilation compilation = PrefectSpecCompilationTest.compile(SPEC);
  private final CompiledClasses classes = new CompiledClasses(compilation);

  @Test
  void compilesWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void typesKnowTheirDefaultNamesAndTerminality() throws Exception {
    Class<?> stateType = classes.load("review.StateType");
    Object awaiting = constant(stateType, "AWAITING_APPROVAL");

    assertEquals("Awaiting Approval", stateType.getMethod("defaultName").invoke(awaiting));
    assertEquals(false, stateType.getMethod("isTerminal").invoke(awaiting));
    assertEquals(true, stateType.getMethod("isTerminal").invoke(constant(stateType, "SKIPPED")));
  }

  @Test
  void factoriesPredicatesAndToStringFollowTheSpec() throws Exception {
    Class<?> states = classes.load("review.States");
    Class<?> state = classes.load("review.State");

    Object awaiting = states.getMethod("awaitingApproval").invoke(null);
    assertEquals("Awaiting Approval", state.getMethod("name").invoke(awaiting));
    assertEquals("Awaiting Approval(type=AWAITING_APPROVAL)", awaiting.toString());
    assertEquals(true, state.getMethod("isAwaitingApproval").invoke(awaiting));
    assertEquals(false, state.getMethod("isFinal").invoke(awaiting));

    Object skipped = states.getMethod("skipped").invoke(null);
    assertEquals(true, state.getMethod("isFinal").invoke(skipped));
    assertEquals("Skipped()", skipped.toString());

    Object escalated = states.getMethod("escalated", String.class).invoke(null, "ada");
    Object details = state.getMethod("stateDetails").invoke(escalated);
    assertEquals("Escalated", state.getMethod("name").invoke(escalated));
    assertEquals(true, state.getMethod("isInReview").invoke(escalated));
    assertEquals("ada", details.getClass().getMethod("reviewer").invoke(details));
  }

  @Test
  void detailsDefaultsAndJsonNamesComeFromTheSpec() throws Exception {
    Class<?> detailsClass = classes.load("review.StateDetails");
    Object builder = detailsClass.getMethod("builder").invoke(null);
    Object details = builder.getClass().getMethod("build").invoke(builder);

    assertEquals(3, detailsClass.getMethod("round").invoke(details));
    assertEquals(1000L, detailsClass.getMethod("budget").invoke(details));
    assertEquals(Boolean.TRUE, detailsClass.getMethod("notifyOwner").invoke(details));
    assertNull(detailsClass.getMethod("tags").invoke(details));
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) detailsClass.getMethod("toMap").invoke(details);
    assertEquals(List.of("reviewer", "document_id", "due_at", "round", "budget", "notify_owner", "tag_list", "labels"),
        List.copyOf(map.keySet()));
  }

  @Test
  void resetFieldsAreIgnoredByEqualsAndRenewedByReset() throws Exception {
    Class<?> states = classes.load("review.States");
    Class<?> state = classes.load("review.State");
    Object draft = states.getMethod("draft").invoke(null);
    Object reset = state.getMethod("resetFields").invoke(draft);

    assertNotEquals(state.getMethod("id").invoke(draft), state.getMethod("id").invoke(reset));
    assertEquals(draft, reset);
    assertEquals(draft.hashCode(), reset.hashCode());
  }

  @Test
  void countKeysFollowTheTypesWhenNoOrderIsGiven() throws Exception {
    Class<?> count = classes.load("review.CountByState");
    Object builder = count.getMethod("builder").invoke(null);
    Object counts = builder.getClass().getMethod("build").invoke(builder);
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) count.getMethod("toMap").invoke(counts);

    assertEquals(List.of("DRAFT", "IN_REVIEW", "AWAITING_APPROVAL", "APPROVED", "REJECTED", "SKIPPED"),
        List.copyOf(map.keySet()));
    assertFalse(map.containsValue(1));
    assertTrue(map.values().stream().allMatch(value -> value.equals(0)));
  }

  @Test
  void schemaDescribesThisSpecsOwnTypes() throws Exception {
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "",
        "META-INF/statespec/review.ReviewSpec.schema.json").orElseThrow();
    JsonNode schema = new ObjectMapper().readTree(file.openInputStream());
    JsonNode defs = schema.get("$defs");

    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    assertEquals("#/$defs/State", schema.get("$ref").asText());
    assertEquals(json("{\"type\": \"string\", \"title\": \"StateType\", \"description\": \"Where a document stands.\","
        + " \"enum\": [\"DRAFT\", \"IN_REVIEW\", \"AWAITING_APPROVAL\", \"APPROVED\", \"REJECTED\", \"SKIPPED\"]}"),
        defs.get("StateType"));
    assertEquals("The state of a document under review.", defs.get("State").get("description").asText());
    assertEquals(json("[\"type\"]"), defs.get("State").get("required"));

    JsonNode details = defs.get("StateDetails");
    assertEquals("Who reviews what.", details.get("description").asText());
    JsonNode properties = details.get("properties");
    assertEquals(json("{\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"null\"}], \"title\": \"Reviewer\","
        + " \"description\": \"The reviewer's login.\", \"examples\": [\"ada\"]}"), properties.get("reviewer"));
    assertEquals(json("{\"anyOf\": [{\"type\": \"string\", \"format\": \"uuid\"}, {\"type\": \"null\"}],"
        + " \"title\": \"Document Id\"}"), properties.get("document_id"));
    assertEquals(json("{\"anyOf\": [{\"type\": \"string\", \"format\": \"date-time\"}, {\"type\": \"null\"}],"
        + " \"title\": \"Due At\"}"), properties.get("due_at"));
    assertEquals(json("{\"type\": \"integer\", \"title\": \"Round\", \"default\": 3}"), properties.get("round"));
    assertEquals(json("{\"anyOf\": [{\"type\": \"integer\"}, {\"type\": \"null\"}], \"title\": \"Budget\","
        + " \"default\": 1000}"), properties.get("budget"));
    assertEquals(json("{\"anyOf\": [{\"type\": \"boolean\"}, {\"type\": \"null\"}], \"title\": \"Notify Owner\","
        + " \"default\": true}"), properties.get("notify_owner"));
    assertEquals(json("{\"anyOf\": [{\"items\": {\"type\": \"string\"}, \"type\": \"array\"}, {\"type\": \"null\"}],"
        + " \"title\": \"Tag List\"}"), properties.get("tag_list"));
    assertEquals(json("{\"anyOf\": [{\"additionalProperties\": {\"type\": \"string\"}, \"type\": \"object\"},"
        + " {\"type\": \"null\"}], \"title\": \"Labels\"}"), properties.get("labels"));

    List<String> countKeys = new ArrayList<>();
    defs.get("CountByState").get("properties").fieldNames().forEachRemaining(countKeys::add);
    assertEquals(List.of("DRAFT", "IN_REVIEW", "AWAITING_APPROVAL", "APPROVED", "REJECTED", "SKIPPED"), countKeys);
    assertEquals(json("{\"type\": \"integer\", \"title\": \"Awaiting Approval\", \"default\": 0}"),
        defs.get("CountByState").get("properties").get("AWAITING_APPROVAL"));
  }

  private static JsonNode json(String text) throws Exception {
    return new ObjectMapper().readTree(text);
  }

  private static Object constant(Class<?> enumType, String name) {
    for (Object constant : enumType.getEnumConstants()) {
      if (constant.toString().equals(name)) {
        return constant;
      }
    }
    throw new AssertionError(name);
  }
}
