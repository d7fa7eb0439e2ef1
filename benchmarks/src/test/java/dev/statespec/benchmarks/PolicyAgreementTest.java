package dev.statespec.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statespec.benchmarks.policy.HandWrittenPrefectPolicy;
import dev.statespec.benchmarks.policy.PolicyMix;
import dev.statespec.examples.prefect.State;
import dev.statespec.examples.prefect.StateDetails;
import dev.statespec.examples.prefect.StatePolicy;
import dev.statespec.examples.prefect.StateType;
import dev.statespec.runtime.StateClock;
import dev.statespec.runtime.TransitionRejectedException;
import dev.statespec.runtime.TransitionResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The hand-written policy does the generated policy's work: over the benchmark's mix, and over every
 * pair of some 140 states (each type, plain and with each name, detail and data a Prefect rule reads;
 * no state first) the two return equal results (status, state, reason, rule), and {@code enforce}
 * returns the same state or throws the same refusal. The mix is what {@link PolicyMix} says it is.
 */
class PolicyAgreementTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00.123456Z");
  private static final UUID REQUEST = UUID.fromString("0191e4f8-6d3a-7c2e-9b1a-3f2d4c5b6a7a");
  private static final UUID LEASE = UUID.fromString("0191e4f8-6d3a-7c2e-9b1a-3f2d4c5b6a7b");

  @Test
  void theMixIsMostlyAcceptedAsProposedAndRefusedByEightRules() {
    for (PolicyMix.Transition transition : PolicyMix.accepted()) {
      assertSame(transition.proposed(), StatePolicy.enforce(transition.initial(), transition.proposed()));
      assertSame(transition.proposed(), HandWrittenPrefectPolicy.enforce(transition.initial(), transition.proposed()));
    }
    Set<String> rules = new HashSet<>();
    for (PolicyMix.Transition transition : PolicyMix.refused()) {
      TransitionResult<State> result = StatePolicy.apply(transition.initial(), transition.proposed());
      assertTrue(!result.isAccepted(), result::toString);
      rules.add(result.rule());
      assertEquals(result, HandWrittenPrefectPolicy.apply(transition.initial(), transition.proposed()));
    }
    assertEquals(8, rules.size(), rules::toString);
    assertEquals(24, PolicyMix.accepted().size());
    assertEquals(32, PolicyMix.all().size());
  }

  @Test
  void everyBenchmarkMethodReturnsTheSameForBoth() {
    PolicyBenchmark benchmark = new PolicyBenchmark();
    benchmark.setUp();
    assertEquals(benchmark.statespec(), benchmark.handWritten());
    assertEquals(24, benchmark.statespecEnforce());
    assertEquals(24, benchmark.handWrittenEnforce());
  }

  @Test
  void bothDecideEveryPairOfStatesAlike() {
    try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
      List<State> states = states(pin.instant());
      List<State> initials = new ArrayList<>(states);
      initials.add(null);
      int refused = 0;
      for (State initial : initials) {
        for (State proposed : states) {
          TransitionResult<State> generated = StatePolicy.apply(initial, proposed);
          TransitionResult<State> handWritten = HandWrittenPrefectPolicy.apply(initial, proposed);
          String pair = initial + " -> " + proposed + " " + (initial == null ? "" : initial.stateDetails()) + " -> "
              + proposed.stateDetails();
          assertEquals(generated, handWritten, pair);
          assertEquals(enforced(() -> StatePolicy.enforce(initial, proposed)),
              enforced(() -> HandWrittenPrefectPolicy.enforce(initial, proposed)), pair);
          refused += generated.isAccepted() ? 0 : 1;
        }
      }
      assertTrue(refused > 1_000, "refused " + refused);
    }
  }

  /** Each type, plain and with each name, detail and data that one of the rules reads. */
  private static List<State> states(Instant now) {
    List<UnaryOperator<State.Builder>> variants = List.of(
        options -> options,
        options -> options.name("Late"),
        options -> options.name("Resuming"),
        options -> options.name("Suspended"),
        options -> options.name("Submitting"),
        options -> options.name("Pending"),
        options -> options.name(""),
        options -> options.stateDetails(StateDetails.builder().scheduledTime(now.minus(Duration.ofMinutes(5))).build()),
        options -> options.stateDetails(StateDetails.builder().scheduledTime(now.plus(Duration.ofMinutes(5))).build()),
        options -> options.stateDetails(StateDetails.builder().scheduledTime(now.plusMillis(500)).build()),
        options -> options.stateDetails(StateDetails.builder().pauseTimeout(now.minus(Duration.ofMinutes(5))).build()),
        options -> options.stateDetails(StateDetails.builder().pauseTimeout(now.plus(Duration.ofMinutes(5)))
            .pauseReschedule(true).build()),
        options -> options.stateDetails(StateDetails.builder().transitionId(REQUEST).build()),
        options -> options.stateDetails(StateDetails.builder().deploymentConcurrencyLeaseId(LEASE).build()),
        options -> options.data(Map.of("storage_key", "result.json")),
        options -> options.data(Map.of("type", "unpersisted")),
        options -> options.data(Map.of()),
        options -> options.data("hello"));
    List<State> states = new ArrayList<>();
    for (StateType type : StateType.values()) {
      for (UnaryOperator<State.Builder> variant : variants) {
        states.add(variant.apply(State.builder(type)).build());
      }
    }
    return states;
  }

  /** What enforce did: the state that follows, or the refusal's message. */
  private static Object enforced(java.util.function.Supplier<State> enforce) {
    try {
      return enforce.get();
    } catch (TransitionRejectedException refusal) {
      return refusal.getMessage();
    }
  }
}
