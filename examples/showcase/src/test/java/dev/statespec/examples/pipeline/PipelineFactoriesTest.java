package dev.statespec.examples.pipeline;

import static dev.statespec.examples.pipeline.PipelineFixtures.DAY;
import static dev.statespec.examples.pipeline.PipelineFixtures.NOW;
import static dev.statespec.examples.pipeline.PipelineFixtures.T1;
import static dev.statespec.examples.pipeline.PipelineFixtures.U1;
import static dev.statespec.examples.pipeline.PipelineFixtures.U2;
import static dev.statespec.examples.pipeline.PipelineFixtures.U3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statespec.runtime.StateClock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The pipeline spec's {@code States}: a factory per type and per named state, and the spec's factory rules. */
class PipelineFactoriesTest {

  /** One factory: its two common forms, and the type and name it gives. */
  record Factory(
      String name,
      Supplier<State> plain,
      Function<Consumer<State.Builder>, State> withOptions,
      StateType type,
      String stateName) {}

  static List<Factory> factories() {
    return List.of(
        new Factory("queued", States::queued, States::queued, StateType.QUEUED, "Queued"),
        new Factory("building", States::building, States::building, StateType.BUILDING, "Building"),
        new Factory("testing", States::testing, States::testing, StateType.TESTING, "Testing"),
        new Factory("awaitingApproval", States::awaitingApproval, States::awaitingApproval,
            StateType.AWAITING_APPROVAL, "Awaiting Approval"),
        new Factory("deploying", States::deploying, States::deploying, StateType.DEPLOYING, "Deploying"),
        new Factory("succeeded", States::succeeded, States::succeeded, StateType.SUCCEEDED, "Succeeded"),
        new Factory("failed", States::failed, States::failed, StateType.FAILED, "Failed"),
        new Factory("rolledBack", States::rolledBack, States::rolledBack, StateType.ROLLED_BACK, "Rolled Back"),
        new Factory("skipped", States::skipped, States::skipped, StateType.SKIPPED, "Skipped"),
        new Factory("hotfix", States::hotfix, States::hotfix, StateType.QUEUED, "Hotfix"),
        new Factory("nightly", States::nightly, States::nightly, StateType.QUEUED, "Nightly"),
        new Factory("retrying", States::retrying, States::retrying, StateType.BUILDING, "Retrying"),
        new Factory("canary", States::canary, States::canary, StateType.DEPLOYING, "Canary"),
        new Factory("blueGreen", States::blueGreen, States::blueGreen, StateType.DEPLOYING, "BlueGreen"),
        new Factory("timedOut", States::timedOut, States::timedOut, StateType.FAILED, "TimedOut"),
        new Factory("superseded", States::superseded, States::superseded, StateType.SKIPPED, "Superseded"));
  }

  static Stream<Arguments> eachFactory() {
    return factories().stream().map(factory -> Arguments.of(Named.of(factory.name(), factory)));
  }

  /** Options that set details. */
  private static Consumer<State.Builder> details(StateDetails details) {
    return options -> options.stateDetails(details);
  }

  @Nested
  class EveryFactory {

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.pipeline.PipelineFactoriesTest#eachFactory")
    void givesItsTypeAndName(Factory factory) {
      State state = factory.plain().get();
      assertSame(factory.type(), state.type());
      assertEquals(factory.stateName(), state.name());
      State withNoOptions = factory.withOptions().apply(options -> {});
      assertSame(factory.type(), withNoOptions.type());
      assertEquals(factory.stateName(), withNoOptions.name());
    }

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.pipeline.PipelineFactoriesTest#eachFactory")
    void appliesTheStateDefaults(Factory factory) {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = factory.plain().get();
        assertEquals(7, state.id().version());
        assertEquals(pin.instant(), state.timestamp());
        assertNull(state.message());
        assertNull(state.data());
        assertNull(state.stateDetails().pipelineRunId());
        assertEquals("staging", state.stateDetails().environment());
      }
    }

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.pipeline.PipelineFactoriesTest#eachFactory")
    void optionsSetTheOtherFields(Factory factory) {
      State state = factory.withOptions().apply(options -> options
          .id(U1).timestamp(T1).message("m").data(List.of("d"))
          .stateDetails(StateDetails.builder().pipelineRunId(U2).build()));
      assertEquals(U1, state.id());
      assertEquals(T1, state.timestamp());
      assertEquals("m", state.message());
      assertEquals(List.of("d"), state.data());
      assertEquals(U2, state.stateDetails().pipelineRunId());
      assertEquals(factory.stateName(), state.name());
    }

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.pipeline.PipelineFactoriesTest#eachFactory")
    void aNameInTheOptionsWins(Factory factory) {
      assertEquals("Mine", factory.withOptions().apply(options -> options.name("Mine")).name());
    }

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.pipeline.PipelineFactoriesTest#eachFactory")
    void equalsTheBuilderWithTheSameFields(Factory factory) {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = factory.plain().get();
        State built = State.builder(factory.type()).name(factory.stateName())
            .stateDetails(state.stateDetails()).build();
        assertEquals(built, state);
        assertEquals(pin.instant(), built.timestamp());
      }
    }
  }

  @Nested
  class AwaitingApproval {

    @Test
    void windowSetsTheDeadlineFromNow() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = States.awaitingApproval(Duration.ofHours(2));
        assertEquals(pin.instant().plus(Duration.ofHours(2)), state.stateDetails().approvalDeadline());
        assertEquals(List.of(), state.stateDetails().approvers());
      }
    }

    @Test
    void withoutAWindowTheBuildRuleGivesOneDay() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        assertEquals(pin.instant().plus(DAY), States.awaitingApproval().stateDetails().approvalDeadline());
        assertEquals(pin.instant().plus(DAY),
            States.awaitingApproval(o -> o.message("m")).stateDetails().approvalDeadline());
      }
    }

    @Test
    void fullFormSetsTheApprovers() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = States.awaitingApproval(Duration.ofMinutes(30), List.of("ana", "bo"), o -> o.message("m"));
        assertEquals(pin.instant().plus(Duration.ofMinutes(30)), state.stateDetails().approvalDeadline());
        assertEquals(List.of("ana", "bo"), state.stateDetails().approvers());
        assertEquals("m", state.message());
      }
    }

    @Test
    void nullApproversKeepTheOptionsApprovers() {
      State state = States.awaitingApproval(null, null,
          details(StateDetails.builder().approvers(List.of("cy")).build()));
      assertEquals(List.of("cy"), state.stateDetails().approvers());
    }

    @Test
    void aDeadlineInTheOptionsIsKeptWithoutAWindow() {
      State state = States.awaitingApproval(details(StateDetails.builder().approvalDeadline(T1).build()));
      assertEquals(T1, state.stateDetails().approvalDeadline());
    }

    @Test
    void aWindowAndADeadlineInTheOptionsAreRefused() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> States.awaitingApproval(Duration.ofHours(1), null,
              details(StateDetails.builder().approvalDeadline(T1).build())));
      assertEquals("An extra approval_deadline was provided in state_details", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0S", "PT-1H", "PT-0.000001S"})
    void aWindowThatIsNotPositiveIsRefused(String window) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> States.awaitingApproval(Duration.parse(window)));
      assertEquals("The approval window must be positive, got " + Duration.parse(window), e.getMessage());
    }
  }

  @Nested
  class Deploying {

    @Test
    void environmentArgumentIsSet() {
      assertEquals("production", States.deploying("production").stateDetails().environment());
      assertEquals("production", States.blueGreen("production").stateDetails().environment());
      assertEquals("BlueGreen", States.blueGreen("production").name());
    }

    @Test
    void withoutAnArgumentTheDetailsEnvironmentStays() {
      assertEquals("staging", States.deploying().stateDetails().environment());
      assertEquals("qa", States.deploying(details(StateDetails.builder().environment("qa").build()))
          .stateDetails().environment());
      assertEquals("qa", States.blueGreen(null, details(StateDetails.builder().environment("qa").build()))
          .stateDetails().environment());
    }

    @Test
    void theArgumentOverridesTheOptions() {
      State state = States.deploying("production", details(StateDetails.builder().environment("qa").build()));
      assertEquals("production", state.stateDetails().environment());
    }
  }

  @Nested
  class Canary {

    @Test
    void takesTenPercentUnlessToldOtherwise() {
      assertEquals(10, States.canary().stateDetails().canaryPercent());
      assertEquals(25, States.canary(25).stateDetails().canaryPercent());
      assertEquals(30, States.canary(details(StateDetails.builder().canaryPercent(30).build()))
          .stateDetails().canaryPercent());
    }

    @Test
    void fullFormKeepsTheOptions() {
      State state = States.canary(5, o -> o.message("Rolling out build 41")
          .stateDetails(StateDetails.builder().environment("production").build()));
      assertEquals(5, state.stateDetails().canaryPercent());
      assertEquals("production", state.stateDetails().environment());
      assertEquals("Canary('Rolling out build 41', type=DEPLOYING)", state.toString());
    }

    @Test
    void aShareGivenTwiceIsRefused() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> States.canary(25, details(StateDetails.builder().canaryPercent(30).build())));
      assertEquals("An extra canary_percent was provided in state_details", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 100, -5, 250})
    void aShareOutsideOneTo99IsRefused(int percent) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> States.canary(percent));
      assertEquals("A canary takes between 1 and 99 percent of traffic, got " + percent, e.getMessage());
      IllegalArgumentException fromDetails = assertThrows(IllegalArgumentException.class,
          () -> States.canary(details(StateDetails.builder().canaryPercent(percent).build())));
      assertEquals(e.getMessage(), fromDetails.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 50, 99})
    void sharesFromOneTo99AreTaken(int percent) {
      assertEquals(percent, States.canary(percent).stateDetails().canaryPercent());
    }
  }

  @Nested
  class Retrying {

    @Test
    void takesTheNextAttempt() {
      assertEquals(2, States.retrying().stateDetails().attempt());
      assertEquals(3, States.retrying(details(StateDetails.builder().attempt(2).build())).stateDetails().attempt());
      assertEquals(2, States.retrying(details(StateDetails.builder().attempt(null).build())).stateDetails().attempt());
    }

    @Test
    void moreAttemptsThanAllowedAreRefused() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> States.retrying(details(StateDetails.builder().attempt(3).build())));
      assertEquals("No attempts left: attempt 4 exceeds max_attempts 3", e.getMessage());
      IllegalArgumentException single = assertThrows(IllegalArgumentException.class,
          () -> States.retrying(details(StateDetails.builder().maxAttempts(1).build())));
      assertEquals("No attempts left: attempt 2 exceeds max_attempts 1", single.getMessage());
    }

    @Test
    void aHigherLimitAllowsMore() {
      State state = States.retrying(details(StateDetails.builder().attempt(3).maxAttempts(5).build()));
      assertEquals(4, state.stateDetails().attempt());
      assertEquals(5, state.stateDetails().maxAttempts());
      assertEquals("Retrying(type=BUILDING)", state.toString());
    }
  }

  @Nested
  class RolledBack {

    @Test
    void recordsTheRunRolledBackTo() {
      State state = States.rolledBack(U3);
      assertEquals(U3, state.stateDetails().rollbackTo());
      assertEquals("Rolled Back(type=ROLLED_BACK)", state.toString());
      assertNull(States.rolledBack().stateDetails().rollbackTo());
    }

    @Test
    void aRunCannotRollBackToItself() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> States.rolledBack(U1, details(StateDetails.builder().pipelineRunId(U1).build())));
      assertEquals("A run cannot roll back to itself: " + U1, e.getMessage());
    }

    @Test
    void anotherRunIsFine() {
      State state = States.rolledBack(U3, details(StateDetails.builder().pipelineRunId(U1).build()));
      assertEquals(U1, state.stateDetails().pipelineRunId());
      assertEquals(U3, state.stateDetails().rollbackTo());
    }
  }

  @Nested
  class Skipped {

    @Test
    void recordsTheReason() {
      assertEquals("docs only", States.skipped("docs only").stateDetails().skipReason());
      assertEquals("docs only", States.skipped(details(StateDetails.builder().skipReason("docs only").build()))
          .stateDetails().skipReason());
    }

    @Test
    void withoutAReasonTheBuildRuleGivesOne() {
      assertEquals("Nothing to deploy", States.skipped().stateDetails().skipReason());
    }

    @Test
    void aReasonGivenTwiceIsRefused() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> States.skipped("docs only", details(StateDetails.builder().skipReason("no changes").build())));
      assertEquals("An extra skip_reason was provided in state_details", e.getMessage());
    }

    @Test
    void supersededNamesTheNewerRun() {
      assertEquals("Superseded by run " + U3, States.superseded(U3).stateDetails().skipReason());
      assertEquals("Superseded by a newer run", States.superseded().stateDetails().skipReason());
      State state = States.superseded(U3, o -> o.message("newer commit"));
      assertEquals("Superseded('newer commit', type=SKIPPED)", state.toString());
      assertEquals(true, state.isFinal());
    }
  }

  @Test
  void aRuleOfTwoArgumentsAlsoHasAFormWithoutOptions() {
    try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
      State state = States.awaitingApproval(Duration.ofHours(2), List.of("ana", "bo"));

      assertEquals(NOW.plus(Duration.ofHours(2)), state.stateDetails().approvalDeadline());
      assertEquals(List.of("ana", "bo"), state.stateDetails().approvers());
      assertEquals(state.stateDetails(),
          States.awaitingApproval(Duration.ofHours(2), List.of("ana", "bo"), options -> {}).stateDetails());
      assertEquals(NOW, pin.instant());
    }
  }
}
