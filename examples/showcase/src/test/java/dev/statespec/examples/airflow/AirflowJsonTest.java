package dev.statespec.examples.airflow;

import static dev.statespec.examples.airflow.AirflowFixtures.ACCEPTED;
import static dev.statespec.examples.airflow.AirflowFixtures.DETAILS_KEYS;
import static dev.statespec.examples.airflow.AirflowFixtures.END;
import static dev.statespec.examples.airflow.AirflowFixtures.NOW;
import static dev.statespec.examples.airflow.AirflowFixtures.POD_OVERRIDE;
import static dev.statespec.examples.airflow.AirflowFixtures.QUEUED_AT;
import static dev.statespec.examples.airflow.AirflowFixtures.START;
import static dev.statespec.examples.airflow.AirflowFixtures.STATE_KEYS;
import static dev.statespec.examples.airflow.AirflowFixtures.U1;
import static dev.statespec.examples.airflow.AirflowFixtures.finishedTry;
import static dev.statespec.examples.airflow.AirflowFixtures.readFails;
import static dev.statespec.examples.testing.JsonSupport.keys;
import static dev.statespec.examples.testing.JsonSupport.read;
import static dev.statespec.examples.testing.JsonSupport.tree;
import static dev.statespec.examples.testing.JsonSupport.write;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statespec.runtime.StateClock;
import dev.statespec.runtime.StateValidationException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Airflow spec's JSON, as an application exchanging task instance states with Airflow uses it:
 * types written and read as Airflow's values, every other spelling refused, and the wider field
 * types (a number, an enum, a list, an ordered set, free-form JSON) both ways.
 */
class AirflowJsonTest {

  /** A successful try as Airflow reports one, with columns this spec does not carry and offsets. */
  static final String SUCCESS_DOCUMENT = "{\"id\": \"" + U1 + "\", \"type\": \"success\", \"name\": \"Success\","
      + " \"timestamp\": \"2024-06-03T10:01:30.500001+02:00\", \"message\": \"Marking task as SUCCESS\","
      + " \"state_details\": {\"dag_id\": \"etl\", \"task_id\": \"load\", \"run_id\": \"scheduled__2024-06-03\","
      + " \"start_date\": \"2024-06-03T08:00:00.000001+00:00\", \"end_date\": \"2024-06-03T08:01:30.500001+00:00\","
      + " \"duration\": 90.5, \"try_number\": 2, \"max_tries\": 3, \"hostname\": \"worker-7\","
      + " \"unixname\": \"airflow\", \"pool\": \"default_pool\", \"pool_slots\": 1, \"queue\": \"default\","
      + " \"priority_weight\": 3, \"weight_rule\": \"upstream\", \"operator\": \"BashOperator\","
      + " \"queued_dttm\": \"2024-06-03T07:59:58.123456+00:00\", \"pid\": 4242, \"executor_config\": {},"
      + " \"trigger_id\": null, \"trigger_timeout\": null, \"next_method\": null, \"next_kwargs\": null,"
      + " \"map_index\": -1, \"skip_on_exit_code\": [99], \"outlets\": [\"s3://lake/orders/\"]}}";

  @Nested
  class Types {

    @Test
    void aStateIsWrittenWithAirflowsValue() {
      State retry = States.upForRetry(o -> o.stateDetails(StateDetails.builder().tryNumber(1).maxTries(2).build()));
      JsonNode node = tree(write(retry));
      assertEquals(STATE_KEYS, keys(node));
      assertEquals("up_for_retry", node.get("type").textValue());
      assertEquals("Up For Retry", node.get("name").textValue());
      assertEquals("Up For Retry(type=up_for_retry)", retry.toString());
    }

    @ParameterizedTest
    @EnumSource(StateType.class)
    void everyTypeIsWrittenAsItsValueAndReadBack(StateType type) throws Exception {
      State state = AirflowStateTypeTest.stateOf(type);
      String json = write(state);
      assertEquals(type.wireValue(), tree(json).get("type").textValue());
      assertEquals("\"" + type.wireValue() + "\"", write(type));
      State back = read(json, State.class);
      assertSame(type, back.type());
      assertEquals(state, back);
      assertEquals(state.id(), back.id());
    }

    @Test
    void airflowsDocumentIsRead() throws Exception {
      State state = read(SUCCESS_DOCUMENT, State.class);
      assertSame(StateType.SUCCESS, state.type());
      assertTrue(state.isSuccess() && state.isSuccessful() && state.isFinal());
      assertFalse(state.isFailure() || state.isUnfinished());
      assertEquals(U1, state.id());
      assertEquals(END, state.timestamp());
      assertEquals("Success('Marking task as SUCCESS')", state.toString());
      StateDetails details = state.stateDetails();
      assertEquals(StateDetails.builder()
          .startDate(START).endDate(END).duration(90.5).tryNumber(2).maxTries(3).hostname("worker-7")
          .priorityWeight(3).weightRule(WeightRule.UPSTREAM).operator("BashOperator").queuedDttm(QUEUED_AT)
          .pid(4242).skipOnExitCode(List.of(99)).outlets(Set.of("s3://lake/orders/")).build(), details);
    }

    @Test
    void theReadmesDocumentIsRead() throws Exception {
      State done = read("{\"type\": \"success\", \"state_details\": {"
          + "\"start_date\": \"2024-06-03T08:00:00+00:00\", \"end_date\": \"2024-06-03T08:01:30.5+00:00\"}}",
          State.class);
      assertTrue(done.isSuccessful() && done.isFinal());
      assertEquals(90.5, done.stateDetails().duration());
      assertTrue(write(done).contains(",\"type\":\"success\",\"name\":\"Success\","), write(done));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUCCESS", "Success", "UP_FOR_RETRY", "none", "None", "null", "finished"})
    void anyOtherSpellingOfTheTypeIsRefusedNamingTypeAndTheAcceptedValues(String value) {
      StateValidationException e = readFails("{\"type\": \"" + value + "\"}", State.class);
      assertEquals("type", e.path());
      assertEquals("'" + value + "' is not a valid StateType; expected one of " + ACCEPTED, e.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\": null}", "{}", "{\"state_details\": {\"try_number\": 1}}"})
    void aTaskInstanceWithoutAStateHasNoState(String json) {
      // Airflow's None state is no type: a document without one is refused, listing the types.
      StateValidationException e = readFails(json, State.class);
      assertEquals("type", e.path());
      assertEquals("is required; expected one of " + ACCEPTED, e.problem());
    }

    @Test
    void typesAreReadAsValuesWhereverTheyStand() throws Exception {
      assertSame(StateType.UPSTREAM_FAILED, read("\"upstream_failed\"", StateType.class));
      assertEquals(List.of(StateType.DEFERRED, StateType.SHUTDOWN),
          List.of(read("[\"deferred\", \"shutdown\"]", StateType[].class)));
    }
  }

  @Nested
  class FieldTypes {

    private JsonNode fullDetails() {
      return tree(write(finishedTry()));
    }

    @Test
    void everyFieldIsWrittenUnderItsColumnName() {
      JsonNode details = fullDetails();
      assertEquals(DETAILS_KEYS, keys(details));
      assertAll(
          () -> assertEquals("2024-06-03T08:00:00.000001Z", details.get("start_date").textValue()),
          () -> assertEquals(2, details.get("try_number").intValue()),
          () -> assertEquals("etl_pool", details.get("pool").textValue()),
          () -> assertEquals(4242, details.get("pid").intValue()),
          () -> assertEquals(17L, details.get("trigger_id").longValue()),
          () -> assertEquals(3, details.get("map_index").intValue()));
    }

    @Test
    void durationIsANumberOfSeconds() throws Exception {
      State success = States.success(o -> o.stateDetails(StateDetails.builder().startDate(START).endDate(END).build()));
      String json = write(success);
      assertTrue(json.contains("\"duration\":90.5,"), json);
      assertEquals(90.5, read(json, State.class).stateDetails().duration());
      assertEquals(90.0, read("{\"duration\": 90}", StateDetails.class).duration());
      assertEquals(0.000001, read("{\"duration\": 1e-6}", StateDetails.class).duration());
      assertNull(read("{\"duration\": null}", StateDetails.class).duration());
    }

    @Test
    void weightRuleIsWrittenAndReadInLowerCase() throws Exception {
      assertEquals("downstream", tree(write(StateDetails.builder().build())).get("weight_rule").textValue());
      assertEquals("absolute", fullDetails().get("weight_rule").textValue());
      assertSame(WeightRule.UPSTREAM, read("{\"weight_rule\": \"upstream\"}", StateDetails.class).weightRule());
      assertSame(WeightRule.DOWNSTREAM, read("{}", StateDetails.class).weightRule());
    }

    @Test
    void executorConfigIsNestedJsonKeptAsGivenAndInert() throws Exception {
      State state = read("{\"type\": \"queued\", \"state_details\": {\"executor_config\": " + POD_OVERRIDE + "}}",
          State.class);
      Map<String, Object> config = state.stateDetails().executorConfig();
      // "@class" is a key like any other: nothing is instantiated from it
      assertEquals("java.net.URL", config.get("@class"));
      Map<?, ?> spec = (Map<?, ?>) ((Map<?, ?>) config.get("pod_override")).get("spec");
      List<?> containers = (List<?>) spec.get("containers");
      Map<?, ?> container = (Map<?, ?>) containers.get(0);
      assertEquals(1.5, ((Map<?, ?>) ((Map<?, ?>) container.get("resources")).get("limits")).get("cpu"));
      assertTrue(container.containsKey("env") && container.get("env") == null, "a JSON null inside is kept");
      assertEquals(tree(POD_OVERRIDE), tree(write(state)).get("state_details").get("executor_config"));
    }

    @Test
    void executorConfigIsUnmodifiableAllTheWayDown() throws Exception {
      Map<String, Object> config = read("{\"executor_config\": " + POD_OVERRIDE + "}", StateDetails.class)
          .executorConfig();
      Map<?, ?> podOverride = (Map<?, ?>) config.get("pod_override");
      List<?> containers = (List<?>) ((Map<?, ?>) podOverride.get("spec")).get("containers");
      assertAll(
          () -> assertThrows(UnsupportedOperationException.class, () -> config.put("x", 1)),
          () -> assertThrows(UnsupportedOperationException.class, podOverride::clear),
          () -> assertThrows(UnsupportedOperationException.class, () -> containers.remove(0)));
    }

    @Test
    void executorConfigDefaultsToAnEmptyObjectAndNextKwargsToNull() {
      JsonNode details = tree(write(StateDetails.builder().build()));
      assertEquals(tree("{}"), details.get("executor_config"));
      assertTrue(details.get("next_kwargs").isNull());
    }

    @Test
    void skipOnExitCodeIsAListOfInts() throws Exception {
      assertEquals(tree("[99, 100]"), fullDetails().get("skip_on_exit_code"));
      assertEquals(List.of(99, 100, 99), read("{\"skip_on_exit_code\": [99, 100, 99]}", StateDetails.class)
          .skipOnExitCode());
      assertEquals(tree("[]"), tree(write(StateDetails.builder().build())).get("skip_on_exit_code"));
    }

    @Test
    void outletsKeepTheOrderTheTaskListsThemIn() throws Exception {
      assertEquals(tree("[\"s3://lake/orders/\", \"s3://lake/customers/\", \"postgres://dw/sales\"]"),
          fullDetails().get("outlets"));
      String json = "{\"outlets\": [\"s3://b\", \"s3://a\", \"s3://c\", \"s3://a\"]}";
      StateDetails details = read(json, StateDetails.class);
      assertEquals(List.of("s3://b", "s3://a", "s3://c"), List.copyOf(details.outlets()), "duplicates collapse");
      assertEquals(tree("[\"s3://b\", \"s3://a\", \"s3://c\"]"), tree(write(details)).get("outlets"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
      "{\"duration\": \"fast\"}                 | state_details.duration",
      "{\"weight_rule\": \"DOWNSTREAM\"}        | state_details.weight_rule",
      "{\"weight_rule\": \"priority\"}          | state_details.weight_rule",
      "{\"skip_on_exit_code\": [99, \"x\"]}     | state_details.skip_on_exit_code.1",
      "{\"skip_on_exit_code\": [null]}          | state_details.skip_on_exit_code.0",
      "{\"skip_on_exit_code\": 99}              | state_details.skip_on_exit_code",
      "{\"outlets\": [\"s3://a\", 1]}           | state_details.outlets.1",
      "{\"executor_config\": [1]}               | state_details.executor_config",
      "{\"next_kwargs\": \"event\"}             | state_details.next_kwargs",
      "{\"trigger_timeout\": \"soon\"}          | state_details.trigger_timeout"})
    void badValuesAreRefusedAtTheirPath(String details, String path) {
      StateValidationException e = readFails("{\"type\": \"running\", \"state_details\": " + details + "}", State.class);
      assertEquals(path, e.path(), e.getMessage());
    }

    @Test
    void aBadWeightRuleNamesTheAcceptedOnes() {
      StateValidationException e = readFails("{\"weight_rule\": \"DOWNSTREAM\"}", StateDetails.class);
      assertEquals("weight_rule", e.path());
      assertTrue(e.problem().contains("downstream, upstream, absolute"), e.problem());
    }
  }

  @Nested
  class RoundTrips {

    @Test
    void everyDetailsFieldSurvivesJson() throws Exception {
      StateDetails details = finishedTry();
      StateDetails back = read(write(details), StateDetails.class);
      assertEquals(details, back);
      assertEquals(write(details), write(back));
    }

    @Test
    void randomStatesSurviveJsonAndMaps() throws Exception {
      for (State state : AirflowRandomStates.states()) {
        String json = write(state);
        State back = read(json, State.class);
        assertEquals(state, back, json);
        assertEquals(json, write(back));
        assertEquals(state.toMap(), State.fromMap(state.toMap()).toMap());
      }
    }

    @Test
    void aDocumentReadTwiceIsTheSameState() throws Exception {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State queued = read("{\"type\": \"queued\"}", State.class);
        assertEquals(pin.instant(), queued.stateDetails().queuedDttm());
        assertEquals(queued, read(write(queued), State.class));
      }
    }
  }

  @Test
  void aStateDetailsValueIsWrittenAsTheObjectItIs() {
    // The state_details object of a State is written as StateDetails writes itself.
    State state = State.builder(StateType.RUNNING).stateDetails(finishedTry().withEndDate(null)).build();
    assertEquals(tree(write(state.stateDetails())), tree(write(state)).get("state_details"));
  }
}
