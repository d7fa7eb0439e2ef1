package dev.statespec.examples.pipeline;

import static dev.statespec.examples.testing.JsonSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import dev.statespec.runtime.StateValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a spec's rule refuses reaches the caller as the one documented exception, {@link
 * StateValidationException}, on every way a state is built: at {@code state_details}, with the
 * rule's message, the rule's own exception kept as a suppressed one.
 */
class PipelineRuleRefusalsTest {

  private static final String BLANK = " ";
  private static final String REFUSAL = "A skipped run must say why, but skip_reason is blank";

  private static final StateDetails BLANK_REASON = StateDetails.builder().skipReason(BLANK).build();

  /** One way to build a SKIPPED state whose details hold a blank skip reason, which the build rule refuses. */
  interface Path {
    State build() throws Exception;
  }

  static Stream<Arguments> everyPath() {
    Map<String, Object> details = Map.of("skip_reason", BLANK);
    Map<String, Path> paths = new LinkedHashMap<>();
    paths.put("builder", () -> State.builder(StateType.SKIPPED).stateDetails(BLANK_REASON).build());
    paths.put("toBuilder", () -> State.builder(StateType.QUEUED).stateDetails(BLANK_REASON).build().toBuilder()
        .type(StateType.SKIPPED).build());
    paths.put("withType", () -> State.builder(StateType.QUEUED).stateDetails(BLANK_REASON).build()
        .withType(StateType.SKIPPED));
    paths.put("withStateDetails", () -> States.skipped().withStateDetails(BLANK_REASON));
    paths.put("factory options", () -> States.skipped(options -> options.stateDetails(BLANK_REASON)));
    paths.put("fromMap", () -> State.fromMap(Map.of("type", "SKIPPED", "state_details", details)));
    paths.put("fromOrmWithoutResult(map)", () -> State.fromOrmWithoutResult(
        Map.of("type", "SKIPPED", "state_details", details), null));
    paths.put("fromOrmWithoutResult(function)", () -> State.fromOrmWithoutResult(
        name -> name.equals("type") ? "SKIPPED" : name.equals("state_details") ? details : null, null));
    return paths.entrySet().stream().map(entry -> Arguments.of(Named.of(entry.getKey(), entry.getValue())));
  }

  @ParameterizedTest
  @MethodSource("everyPath")
  void aBuildRuleRefusalIsAStateValidationExceptionAtStateDetails(Path path) {
    StateValidationException e = assertThrows(StateValidationException.class, path::build);

    assertEquals("state_details", e.path());
    assertEquals(REFUSAL, e.problem());
    assertEquals(REFUSAL, e.getMessage(), "the rule's message, word for word");
    assertInstanceOf(IllegalArgumentException.class, e.getSuppressed()[0]);
  }

  @Test
  void validateListPrefixesTheIndex() {
    StateValidationException e = assertThrows(StateValidationException.class, () -> State.validateList(List.of(
        Map.of("type", "QUEUED"), Map.of("type", "SKIPPED", "state_details", Map.of("skip_reason", BLANK)))));

    assertEquals("1.state_details", e.path());
    assertEquals(REFUSAL, e.problem());
  }

  @Test
  void jsonCarriesTheRefusalAsJacksonsExceptionWithThePath() {
    String json = "{\"type\": \"SKIPPED\", \"state_details\": {\"skip_reason\": \" \"}}";

    JsonMappingException e = assertThrows(JsonMappingException.class, () -> read(json, State.class));
    StateValidationException refusal = assertInstanceOf(StateValidationException.class, e.getCause());
    assertEquals("state_details", refusal.path());
    assertEquals(REFUSAL, refusal.problem());
  }

  @Test
  void aFactoryRuleRefusalIsAStateValidationExceptionAtStateDetails() {
    StateValidationException e = assertThrows(StateValidationException.class,
        () -> States.skipped("tests only", options -> options.stateDetails(
            StateDetails.builder().skipReason("docs only").build())));

    assertEquals("state_details", e.path());
    assertInstanceOf(IllegalArgumentException.class, e.getSuppressed()[0]);
    assertEquals(e.getSuppressed()[0].getMessage(), e.problem());
  }
}
