package dev.statespec.examples.pipeline;

import static dev.statespec.examples.pipeline.PipelineFixtures.LATER;
import static dev.statespec.examples.pipeline.PipelineFixtures.NOW;
import static dev.statespec.examples.pipeline.PipelineFixtures.SHA;
import static dev.statespec.examples.pipeline.PipelineFixtures.U1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statespec.runtime.StateClock;
import dev.statespec.runtime.TransitionRejectedException;
import dev.statespec.runtime.TransitionResult;
import dev.statespec.runtime.TransitionStatus;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's transitions as an application meets them: its table ({@code StateType.canStart},
 * {@code canTransitionTo}), its rules through {@code StatePolicy.apply} and {@code enforce}, and the
 * diagrams the build wrote beside the schema.
 */
class PipelineTransitionsTest {

  private static final String OTHER_SHA = "0000000000000000000000000000000000000000";

  private static StateDetails run() {
    return StateDetails.builder().pipelineRunId(U1).commitSha(SHA).build();
  }

  @Test
  void theTableSaysWhereARunStartsAndWhereEachTypeMayGo() {
    assertEquals(EnumSet.of(StateType.QUEUED), typesThat(StateType::canStart));
    assertEquals(EnumSet.of(StateType.BUILDING, StateType.SKIPPED), successors(StateType.QUEUED));
    assertEquals(EnumSet.of(StateType.BUILDING, StateType.AWAITING_APPROVAL, StateType.DEPLOYING, StateType.FAILED),
        successors(StateType.TESTING));
    assertEquals(EnumSet.of(StateType.QUEUED), successors(StateType.FAILED), "a failed run may be queued again");
    for (StateType terminal : EnumSet.of(StateType.SUCCEEDED, StateType.ROLLED_BACK, StateType.SKIPPED)) {
      assertEquals(EnumSet.noneOf(StateType.class), successors(terminal), terminal.name());
    }
    assertThrows(NullPointerException.class, () -> StateType.QUEUED.canTransitionTo(null));
  }

  @Test
  void aTransitionEveryRuleAcceptsIsTheProposedStateItself() {
    State queued = States.queued(options -> options.stateDetails(run()));
    State building = States.building(options -> options.stateDetails(run()));

    TransitionResult<State> first = StatePolicy.apply(null, queued);
    assertEquals(TransitionStatus.ACCEPTED, first.status());
    assertSame(queued, first.state());
    assertNull(first.reason());
    assertNull(first.rule());

    assertSame(building, StatePolicy.enforce(queued, building));
    assertSame(building, StatePolicy.apply(queued, building).orThrow());
  }

  @Test
  void aTransitionTheTableDoesNotListIsRejectedBeforeAnyRule() {
    State queued = States.queued(options -> options.stateDetails(run()));

    TransitionResult<State> skipAhead = StatePolicy.apply(queued, States.deploying());
    assertEquals(TransitionStatus.REJECTED, skipAhead.status());
    assertSame(queued, skipAhead.state(), "the run stays where it was");
    assertEquals("PipelineSpec.transitions", skipAhead.rule());
    assertEquals("the transitions table does not let QUEUED go to DEPLOYING", skipAhead.reason());

    TransitionResult<State> firstBuilding = StatePolicy.apply(null, States.building());
    assertEquals(TransitionStatus.REJECTED, firstBuilding.status());
    assertNull(firstBuilding.state(), "no state before, none after");
    assertEquals("the transitions table lets no first state be BUILDING", firstBuilding.reason());

    TransitionRejectedException thrown = assertThrows(TransitionRejectedException.class,
        () -> StatePolicy.enforce(States.succeeded(), States.queued()));
    assertEquals("PipelineSpec.transitions rejected the transition: the transitions table does not let SUCCEEDED go "
        + "to QUEUED", thrown.getMessage());
  }

  @Test
  void aProposedStateThatLeavesOutItsRunCarriesThatOfTheStateBefore() {
    State queued = States.queued(options -> options.stateDetails(run()));
    State building = States.building(options -> options.message("Build #41 started"));

    TransitionResult<State> result = StatePolicy.apply(queued, building);

    assertEquals(TransitionStatus.ACCEPTED, result.status());
    assertNotSame(building, result.state(), "PipelineSpec.carryRun accepted an amended state");
    assertEquals(building.withStateDetails(run()), result.state());
    assertEquals(building.id(), result.state().id());
    assertEquals(result.state(), StatePolicy.enforce(queued, building));
  }

  @Test
  void aStateOfAnotherCommitAbortsTheTransition() {
    State building = States.building(options -> options.stateDetails(run()));
    State testing = States.testing(options -> options.stateDetails(run().withCommitSha(OTHER_SHA)));

    TransitionResult<State> result = StatePolicy.apply(building, testing);

    assertEquals(TransitionStatus.ABORTED, result.status());
    assertEquals("PipelineSpec.sameCommit", result.rule());
    assertEquals("The run delivers commit " + SHA + ", not " + OTHER_SHA, result.reason());
    assertSame(building, result.state());
    TransitionRejectedException thrown = assertThrows(TransitionRejectedException.class,
        () -> StatePolicy.enforce(building, testing));
    assertTrue(thrown.isAborted());
    assertEquals("PipelineSpec.sameCommit aborted the transition: " + result.reason(), thrown.getMessage());
  }

  @Test
  void aDeploymentWaitsForItsApprovalAndTimesOutAfterTheDeadline() {
    State awaiting;
    try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
      awaiting = States.awaitingApproval(options -> options.stateDetails(run().withApprovalDeadline(LATER)));
      assertEquals(NOW, pin.instant());
    }
    State deploying = States.deploying(options -> options.stateDetails(run()));

    try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
      TransitionResult<State> waiting = StatePolicy.apply(awaiting, deploying);
      assertEquals(TransitionStatus.REJECTED, waiting.status());
      assertEquals("PipelineSpec.approvalGate", waiting.rule());
      assertEquals("Nobody approved the deployment yet", waiting.reason());
      assertSame(awaiting, waiting.state());
      assertEquals(NOW, pin.instant());
    }
    try (StateClock.Pin pin = StateClock.pinAt(LATER)) {
      TransitionResult<State> lapsed = StatePolicy.apply(awaiting, deploying);
      assertEquals(TransitionStatus.REJECTED, lapsed.status());
      assertEquals("The approval lapsed at " + LATER, lapsed.reason());
      State timedOut = lapsed.state();
      assertEquals(StateType.FAILED, timedOut.type());
      assertEquals("TimedOut", timedOut.name());
      assertEquals("Nobody approved the deployment in time", timedOut.message());
      assertEquals(U1, timedOut.stateDetails().pipelineRunId());
      assertEquals(LATER, pin.instant());
    }

    State approved = awaiting.withStateDetails(awaiting.stateDetails().withApproved(true));
    assertSame(deploying, StatePolicy.enforce(approved, deploying));
  }

  @Test
  void aFailedRunIsQueuedAgainWhileItHasAttemptsLeft() {
    State failedOnce = States.failed(options -> options.stateDetails(run().withAttempt(1)));
    State failedLast = States.failed(options -> options.stateDetails(run().withAttempt(3)));
    State queued = States.queued(options -> options.stateDetails(run()));

    assertEquals(TransitionStatus.ACCEPTED, StatePolicy.apply(failedOnce, queued).status());
    TransitionResult<State> refused = StatePolicy.apply(failedLast, queued);
    assertEquals(TransitionStatus.REJECTED, refused.status());
    assertEquals("PipelineSpec.retryWithinAttempts", refused.rule());
    assertEquals("No attempts left: attempt 3 of 3", refused.reason());
    assertSame(failedLast, refused.state());
  }

  @Test
  void anAcceptedTransitionAllocatesNothing() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    State queued = States.queued(options -> options.stateDetails(run()));
    State building = States.building(options -> options.stateDetails(run()));
    State result = null;
    for (int i = 0; i < 1_000; i++) {
      result = StatePolicy.enforce(queued, building); // loads and initializes every class on the path
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < 100_000; i++) {
      result = StatePolicy.enforce(queued, building);
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;

    assertSame(building, result);
    // By construction, not by the JIT's escape analysis: the interpreter allocates nothing either. The
    // margin is for the allocation counter's own bookkeeping, far below one byte per transition.
    assertTrue(allocated < 1_024, allocated + " bytes for 100,000 accepted transitions");
  }

  @Test
  void theBuildWroteTheDiagramsBesideTheSchema() throws IOException {
    String mermaid = resource("dev.statespec.examples.pipeline.PipelineSpec.mmd");
    assertTrue(mermaid.startsWith("stateDiagram-v2\n"), mermaid);
    assertTrue(mermaid.contains("    [*] --> QUEUED\n"), mermaid);
    assertTrue(mermaid.contains("    FAILED --> QUEUED\n"), mermaid);
    assertTrue(mermaid.contains("    class SUCCEEDED, FAILED, ROLLED_BACK, SKIPPED terminal\n"), mermaid);
    String dot = resource("dev.statespec.examples.pipeline.PipelineSpec.dot");
    assertTrue(dot.contains("digraph \"dev.statespec.examples.pipeline.PipelineSpec\" {\n"), dot);
    assertTrue(dot.contains("  \"DEPLOYING\" -> \"ROLLED_BACK\";\n"), dot);
    assertFalse(dot.contains("\"DEPLOYING\" -> \"QUEUED\""), dot);
  }

  private static Set<StateType> typesThat(java.util.function.Predicate<StateType> test) {
    Set<StateType> types = EnumSet.noneOf(StateType.class);
    for (StateType type : StateType.values()) {
      if (test.test(type)) {
        types.add(type);
      }
    }
    return types;
  }

  private static Set<StateType> successors(StateType from) {
    return typesThat(from::canTransitionTo);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = PipelineTransitionsTest.class.getClassLoader()
        .getResourceAsStream("META-INF/statespec/" + name)) {
      assertTrue(in != null, name + " is on the class path");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
