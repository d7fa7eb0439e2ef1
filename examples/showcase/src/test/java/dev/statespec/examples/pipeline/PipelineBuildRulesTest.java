package dev.statespec.examples.pipeline;

import static dev.statespec.examples.pipeline.PipelineFixtures.DAY;
import static dev.statespec.examples.pipeline.PipelineFixtures.LATER;
import static dev.statespec.examples.pipeline.PipelineFixtures.NOW;
import static dev.statespec.examples.pipeline.PipelineFixtures.T1;
import static dev.statespec.examples.pipeline.PipelineFixtures.U1;
import static dev.statespec.examples.testing.JsonSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.statespec.runtime.StateClock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The spec's {@code @OnBuild} rules: a state awaiting approval always has a deadline (now + one day
 * unless given), a skipped one always a reason, however the state is built.
 */
class PipelineBuildRulesTest {

  /** One way to build a state of a type, with no deadline and no skip reason given. */
  interface Path {
    State build(StateType type) throws Exception;
  }

  static Stream<Arguments> everyPath() {
    Map<String, Path> paths = new LinkedHashMap<>();
    paths.put("builder", type -> State.builder(type).build());
    paths.put("builder with details", type -> State.builder(type)
        .stateDetails(StateDetails.builder().pipelineRunId(U1).build()).build());
    paths.put("toBuilder of other details", type -> State.builder(StateType.QUEUED).build().toBuilder().type(type)
        .build());
    paths.put("withType", type -> State.builder(StateType.QUEUED).build().withType(type));
    paths.put("withStateDetails", type -> State.builder(type).build()
        .withStateDetails(StateDetails.builder().build()));
    paths.put("fromMap", type -> State.fromMap(Map.of("type", type.name())));
    paths.put("fromMap with details", type -> State.fromMap(Map.of("type", type.name(),
        "state_details", Map.of("pipeline_run_id", U1.toString()))));
    paths.put("validateList", type -> State.validateList(List.of(Map.of("type", type.name()))).get(0));
    paths.put("fromOrmWithoutResult(map)", type -> State.fromOrmWithoutResult(Map.of("type", type), null));
    paths.put("fromOrmWithoutResult(function)", type -> State.fromOrmWithoutResult(
        name -> name.equals("type") ? type.name() : null, null));
    paths.put("JSON", type -> read("{\"type\": \"" + type.name() + "\"}", State.class));
    paths.put("JSON with null details", type -> read("{\"type\": \"" + type.name()
        + "\", \"state_details\": {\"approval_deadline\": null, \"skip_reason\": null}}", State.class));
    return paths.entrySet().stream().map(entry -> Arguments.of(Named.of(entry.getKey(), entry.getValue())));
  }

  /** The factory of each type, in its plainest form. */
  static Stream<Arguments> everyFactoryOf() {
    Map<String, Supplier<State>> factories = new LinkedHashMap<>();
    factories.put("awaitingApproval()", States::awaitingApproval);
    factories.put("awaitingApproval(options)", () -> States.awaitingApproval(o -> o.message("m")));
    factories.put("awaitingApproval(null, approvers, options)",
        () -> States.awaitingApproval(null, List.of("ana"), o -> { }));
    factories.put("skipped()", States::skipped);
    factories.put("skipped(options)", () -> States.skipped(o -> o.message("m")));
    factories.put("skipped((String) null)", () -> States.skipped((String) null));
    return factories.entrySet().stream().map(entry -> Arguments.of(Named.of(entry.getKey(), entry.getValue())));
  }

  @ParameterizedTest
  @MethodSource("everyPath")
  void awaitingApprovalGetsADeadlineOneDayFromNow(Path path) throws Exception {
    try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
      State state = path.build(StateType.AWAITING_APPROVAL);
      assertEquals(pin.instant().plus(DAY), state.stateDetails().approvalDeadline());
      assertNull(state.stateDetails().skipReason());
    }
  }

  @ParameterizedTest
  @MethodSource("everyPath")
  void skippedGetsAReason(Path path) throws Exception {
    State state = path.build(StateType.SKIPPED);
    assertEquals("Nothing to deploy", state.stateDetails().skipReason());
    assertNull(state.stateDetails().approvalDeadline());
  }

  @ParameterizedTest
  @MethodSource("everyPath")
  void otherTypesAreLeftAlone(Path path) throws Exception {
    for (StateType type : StateType.values()) {
      if (type != StateType.AWAITING_APPROVAL && type != StateType.SKIPPED) {
        State state = path.build(type);
        assertNull(state.stateDetails().approvalDeadline(), type.name());
        assertNull(state.stateDetails().skipReason(), type.name());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("everyFactoryOf")
  void factoriesGetTheRuleToo(Supplier<State> factory) {
    try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
      State state = factory.get();
      if (state.isAwaitingApproval()) {
        assertEquals(pin.instant().plus(DAY), state.stateDetails().approvalDeadline());
      } else {
        assertEquals("Nothing to deploy", state.stateDetails().skipReason());
      }
    }
  }

  @Test
  void aGivenDeadlineOrReasonIsKeptOnEveryPath() throws Exception {
    Map<String, Object> details = Map.of("approval_deadline", T1.toString(), "skip_reason", "docs only");
    List<Function<StateType, State>> paths = List.of(
        type -> State.builder(type).stateDetails(StateDetails.fromMap(details)).build(),
        type -> State.fromMap(Map.of("type", type.name(), "state_details", details)),
        type -> State.fromOrmWithoutResult(Map.of("type", type, "state_details", details), null));
    for (Function<StateType, State> path : paths) {
      assertEquals(T1, path.apply(StateType.AWAITING_APPROVAL).stateDetails().approvalDeadline());
      assertEquals("docs only", path.apply(StateType.SKIPPED).stateDetails().skipReason());
    }
    State json = read("{\"type\": \"AWAITING_APPROVAL\", \"state_details\": {\"approval_deadline\": \""
        + T1 + "\"}}", State.class);
    assertEquals(T1, json.stateDetails().approvalDeadline());
  }

  @Test
  void theRuleIsIdempotentAcrossRebuilds() {
    State first;
    try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
      first = States.awaitingApproval();
      assertEquals(pin.instant(), first.timestamp());
    }
    Instant deadline = first.stateDetails().approvalDeadline();
    assertEquals(NOW.plus(DAY), deadline);
    try (StateClock.Pin pin = StateClock.pinAt(LATER)) {
      assertEquals(pin.instant(), first.freshCopy().timestamp());
      assertEquals(deadline, first.toBuilder().build().stateDetails().approvalDeadline());
      assertEquals(deadline, first.withMessage("still waiting").stateDetails().approvalDeadline());
      assertEquals(deadline, first.resetFields().stateDetails().approvalDeadline());
      assertEquals(deadline, first.freshCopy().stateDetails().approvalDeadline());
      assertEquals(deadline, State.fromMap(first.toMap()).stateDetails().approvalDeadline());
      assertEquals(deadline, State.fromOrmWithoutResult(first.ormDict(), null).stateDetails().approvalDeadline());
      assertEquals(first, State.fromMap(first.toMap()));
    }
  }

  @Test
  void clearingTheDeadlineOfAStateAwaitingApprovalGivesAFreshOne() {
    State first;
    try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
      first = States.awaitingApproval(Duration.ofMinutes(5));
      assertEquals(pin.instant().plus(Duration.ofMinutes(5)), first.stateDetails().approvalDeadline());
    }
    try (StateClock.Pin pin = StateClock.pinAt(LATER)) {
      State cleared = first.withStateDetails(first.stateDetails().withApprovalDeadline(null));
      assertEquals(pin.instant().plus(DAY), cleared.stateDetails().approvalDeadline());
    }
  }

  @ParameterizedTest
  @EnumSource(value = StateType.class, names = {"AWAITING_APPROVAL", "SKIPPED"})
  void detailsOnTheirOwnAreNotShapedByStateRules(StateType type) {
    StateDetails details = StateDetails.fromMap(Map.of());
    assertNull(details.approvalDeadline());
    assertNull(details.skipReason());
    assertEquals(type, State.builder(type).stateDetails(details).build().type());
    assertNull(details.approvalDeadline(), "the details given to a builder are not changed in place");
  }
}
