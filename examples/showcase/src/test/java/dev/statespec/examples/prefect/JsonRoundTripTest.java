package dev.statespec.examples.prefect;

import static dev.statespec.examples.testing.JsonSupport.mapper;
import static dev.statespec.examples.testing.JsonSupport.nonNullMapper;
import static dev.statespec.examples.testing.JsonSupport.read;
import static dev.statespec.examples.testing.JsonSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Contract section "JSON": State → JSON → State is lossless, id included, for random states from a
 * fixed seed ({@link RandomStates#SEED}); details and counts on their own too. {@link
 * JsonSchemaValidationTest} validates every document these tests write.
 */
class JsonRoundTripTest {

  @Test
  void randomStatesRoundTripLosslessly() throws Exception {
    ObjectMapper mapper = mapper();
    List<State> states = RandomStates.states();
    for (int i = 0; i < states.size(); i++) {
      State state = states.get(i);
      String json = write(mapper, state);
      State back = read(mapper, json, State.class);
      String context = "state " + i + " of seed " + RandomStates.SEED + ": " + json;
      assertEquals(state, back, context);
      assertEquals(state.id(), back.id(), context);
      assertEquals(state.toMap(), back.toMap(), context);
      assertEquals(json, write(mapper, back), "written again, the same text: " + context);
    }
  }

  @Test
  void randomStatesRoundTripOnANonNullMapper() throws Exception {
    ObjectMapper mapper = nonNullMapper();
    for (State state : RandomStates.states()) {
      String json = write(mapper, state);
      State back = read(mapper, json, State.class);
      assertEquals(state, back, json);
      assertEquals(state.id(), back.id(), json);
    }
  }

  @Test
  void randomStatesRoundTripThroughTrees() throws Exception {
    ObjectMapper mapper = mapper();
    for (State state : RandomStates.states()) {
      JsonNode tree = mapper.valueToTree(state);
      State back = mapper.treeToValue(tree, State.class);
      assertEquals(state, back, tree::toString);
      assertEquals(state.id(), back.id(), tree::toString);
    }
  }

  @Test
  void aListOfRandomStatesRoundTrips() throws Exception {
    ObjectMapper mapper = mapper();
    List<State> states = RandomStates.states();
    List<State> back = mapper.readValue(write(mapper, states), new TypeReference<List<State>>() {});
    assertEquals(states, back);
    assertEquals(states.stream().map(State::id).toList(), back.stream().map(State::id).toList());
  }

  @Test
  void randomDetailsRoundTrip() throws Exception {
    ObjectMapper mapper = mapper();
    for (StateDetails details : RandomStates.details()) {
      String json = write(mapper, details);
      StateDetails back = read(mapper, json, StateDetails.class);
      assertEquals(details, back, json);
      assertEquals(details.toMap(), back.toMap(), json);
    }
  }

  @Test
  void randomCountsRoundTrip() throws Exception {
    ObjectMapper mapper = mapper();
    for (CountByState counts : RandomStates.counts()) {
      String json = write(mapper, counts);
      assertEquals(counts, read(mapper, json, CountByState.class), json);
    }
  }

  /** The random states must cover what they claim to, or the round trips above prove little. */
  @Test
  void theRandomStatesCoverEveryKindOfValue() {
    List<State> states = RandomStates.states();
    Set<StateType> types = EnumSet.noneOf(StateType.class);
    states.forEach(state -> types.add(state.type()));
    assertEquals(EnumSet.allOf(StateType.class), types);

    Set<Class<?>> dataTypes = new java.util.HashSet<>();
    for (State state : states) {
      collectTypes(state.data(), dataTypes);
    }
    for (Class<?> type : List.of(java.util.LinkedHashMap.class, java.util.ArrayList.class, String.class,
        Integer.class, Long.class, Double.class, Boolean.class, Void.class)) {
      assertTrue(dataTypes.contains(type), "data holds a " + type.getSimpleName());
    }

    assertCovered(states, s -> s.timestamp().getNano() == 0, "whole seconds");
    assertCovered(states, s -> s.timestamp().getNano() % 1_000_000 == 0 && s.timestamp().getNano() != 0, "millis");
    assertCovered(states, s -> s.timestamp().getNano() % 1000 == 0 && s.timestamp().getNano() % 1_000_000 != 0,
        "micros");
    assertCovered(states, s -> s.timestamp().getNano() % 1000 != 0, "nanos");
    assertCovered(states, s -> s.timestamp().isBefore(Instant.EPOCH), "before the epoch");
    assertCovered(states, s -> s.name().isEmpty(), "an empty name");
    assertCovered(states, s -> s.name().equals(s.type().defaultName()), "a default name");
    assertCovered(states, s -> s.message() == null, "no message");
    assertCovered(states, s -> s.message() != null && s.message().codePoints().anyMatch(c -> c > 0xffff),
        "an astral character");
    assertCovered(states, s -> s.message() != null && s.message().indexOf('\0') >= 0, "a NUL character");
    assertCovered(states, s -> s.timestamp().isBefore(Instant.parse("1000-01-01T00:00:00Z"))
        && !s.timestamp().equals(Instant.parse("0001-01-01T00:00:00Z")), "a random year before 1000");
    assertCovered(states, s -> s.timestamp().isAfter(Instant.parse("9000-01-01T00:00:00Z"))
        && !s.timestamp().equals(Instant.parse("9999-12-31T23:59:59.999999999Z")), "a random year after 9000");
    assertCovered(states, s -> s.stateDetails().runInputKeyset() != null
        && !s.stateDetails().runInputKeyset().isEmpty(), "a keyset");
    assertCovered(states, s -> s.stateDetails().deferred() == null, "deferred null");
    assertCovered(states, s -> Boolean.TRUE.equals(s.stateDetails().retriable()), "retriable");
    assertCovered(states, s -> s.stateDetails().pauseReschedule(), "pause_reschedule");
    assertCovered(states, s -> s.stateDetails().deploymentConcurrencyLeaseId() != null, "a lease id");
    assertCovered(states, s -> s.stateDetails().cacheExpiration() != null
        && s.stateDetails().cacheExpiration().getNano() % 1000 != 0, "nanos in the details");
  }

  private static void assertCovered(List<State> states, Function<State, Boolean> property, String what) {
    assertTrue(states.stream().anyMatch(property::apply), "some random state has " + what);
  }

  private static void collectTypes(Object value, Set<Class<?>> types) {
    if (value == null) {
      types.add(Void.class);
      return;
    }
    types.add(value.getClass());
    if (value instanceof List) {
      ((List<?>) value).forEach(item -> collectTypes(item, types));
    } else if (value instanceof java.util.Map) {
      ((java.util.Map<?, ?>) value).values().forEach(item -> collectTypes(item, types));
    }
  }
}
