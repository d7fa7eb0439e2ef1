package dev.statespec.examples.types;

import static dev.statespec.examples.types.FieldTypesFixtures.DETAILS_KEYS;
import static dev.statespec.examples.types.FieldTypesFixtures.T1;
import static dev.statespec.examples.types.FieldTypesFixtures.T2;
import static dev.statespec.examples.types.FieldTypesFixtures.U1;
import static dev.statespec.examples.types.FieldTypesFixtures.U2;
import static dev.statespec.examples.types.FieldTypesFixtures.full;
import static dev.statespec.examples.types.FieldTypesFixtures.orderedMap;
import static dev.statespec.examples.types.FieldTypesFixtures.state;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Details as maps: {@code fromMap} reads loose input (numbers and instants from text, enums from
 * their wire names or constants, any collection for a list or set), {@code toMap} and {@code
 * State.ormDict()} give Java values (enum constants, {@code BigDecimal}, unmodifiable collections),
 * and the two round trip.
 */
class FieldTypesMapTest {

  @Test
  void fromMapReadsLooseInputOfEveryKind() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("owner_id", U1.toString().replace("-", ""));
    map.put("due_at", "2024-01-02 05:04:05.000006+02:00");
    map.put("urgent", "yes");
    map.put("acknowledged", 0);
    map.put("retries", "12");
    map.put("boxed_retries", 4.0);
    map.put("size_bytes", new BigDecimal("5000000000"));
    map.put("boxed_size_bytes", "-9");
    map.put("ratio", "NaN");
    map.put("boxed_ratio", "-2e3");
    map.put("weight", 7);
    map.put("amount", "12.50");
    map.put("price", 0.1);
    map.put("priority", "high");
    map.put("default_priority", Priority.LOW);
    map.put("scores", List.of("1", 2L, 3.0));
    map.put("checkpoints", List.of(T1.getEpochSecond(), OffsetDateTime.parse("2024-02-03T05:05:06.123456789+01:00")));
    map.put("watcher_ids", Set.of(U2.toString()));
    map.put("checks", List.of("on", "f", 1));
    map.put("tags", List.of("b", "a", "b"));
    map.put("escalations", List.of("URGENT", Priority.LOW, "low"));
    map.put("levels", new TreeSet<>(List.of(2.5, 1.0)));
    map.put("denominations", List.of("0.50", 3, new BigInteger("10")));
    map.put("counters", Map.of("k", "42"));
    map.put("prices", Map.of("k", "9.990"));
    map.put("weights", Map.of("k", "Infinity"));
    map.put("routing", Map.of("k", "low"));
    map.put("deadlines", Map.of("k", Date.from(Instant.parse("2024-01-02T03:04:05.123Z"))));
    map.put("history", Set.of("only"));
    map.put("executor_config", Map.of("n", (short) 3));

    StateDetails details = StateDetails.fromMap(map);

    assertAll(
        () -> assertEquals(U1, details.ownerId()),
        () -> assertEquals(T1, details.dueAt()),
        () -> assertTrue(details.urgent()),
        () -> assertEquals(Boolean.FALSE, details.acknowledged()),
        () -> assertEquals(12, details.retries()),
        () -> assertEquals(4, details.boxedRetries()),
        () -> assertEquals(5_000_000_000L, details.sizeBytes()),
        () -> assertEquals(-9L, details.boxedSizeBytes()),
        () -> assertTrue(Double.isNaN(details.ratio())),
        () -> assertEquals(-2000.0, details.boxedRatio()),
        () -> assertEquals(7.0, details.weight()),
        () -> assertEquals(new BigDecimal("12.50"), details.amount()),
        () -> assertEquals(new BigDecimal("0.1"), details.price(), "a double as its shortest decimal"),
        () -> assertEquals(Priority.HIGH, details.priority()),
        () -> assertEquals(Priority.LOW, details.defaultPriority()),
        () -> assertEquals(List.of(1, 2, 3), details.scores()),
        () -> assertEquals(List.of(Instant.ofEpochSecond(T1.getEpochSecond()), T2), details.checkpoints()),
        () -> assertEquals(List.of(U2), details.watcherIds(), "a set taken as a list"),
        () -> assertEquals(List.of(true, false, true), details.checks()),
        () -> assertEquals(List.of("b", "a"), List.copyOf(details.tags()), "duplicates collapse"),
        () -> assertEquals(List.of(Priority.URGENT, Priority.LOW), List.copyOf(details.escalations())),
        () -> assertEquals(List.of(1.0, 2.5), List.copyOf(details.levels()), "the input's iteration order"),
        () -> assertEquals(List.of(new BigDecimal("0.50"), new BigDecimal("3"), new BigDecimal("10")),
            List.copyOf(details.denominations())),
        () -> assertEquals(Map.of("k", 42L), details.counters()),
        () -> assertEquals(Map.of("k", new BigDecimal("9.990")), details.prices()),
        () -> assertEquals(Map.of("k", Double.POSITIVE_INFINITY), details.weights()),
        () -> assertEquals(Map.of("k", Priority.LOW), details.routing()),
        () -> assertEquals(Map.of("k", Instant.parse("2024-01-02T03:04:05.123Z")), details.deadlines()),
        () -> assertEquals(List.of("only"), details.history(), "any collection is a JSON array"),
        () -> assertEquals(Map.of("n", 3), details.executorConfig(), "a short is a JSON integer"));
  }

  @Test
  void fromMapOfNothingIsTheDefaults() {
    StateDetails details = StateDetails.fromMap(Map.of());
    assertEquals(StateDetails.builder().build(), details);
    assertAll(
        () -> assertEquals(2.5, details.weight()),
        () -> assertEquals(new BigDecimal("12.50"), details.price()),
        () -> assertEquals(Priority.HIGH, details.defaultPriority()),
        () -> assertEquals(Set.of(), details.escalations()),
        () -> assertEquals(List.of(), details.history()),
        () -> assertEquals(Map.of(), details.executorConfig()),
        () -> assertNull(details.payload()),
        () -> assertNull(details.tags()));
  }

  @Test
  void toMapHoldsJavaValuesInTheSpecsOrder() {
    StateDetails details = full();
    Map<String, Object> map = details.toMap();
    assertEquals(DETAILS_KEYS, new ArrayList<>(map.keySet()));
    assertAll(
        () -> assertSame(Priority.LOW, map.get("priority")),
        () -> assertSame(Priority.URGENT, map.get("default_priority")),
        () -> assertEquals(new BigDecimal("12.50"), map.get("amount")),
        () -> assertInstanceOf(BigDecimal.class, map.get("price")),
        () -> assertInstanceOf(Double.class, map.get("ratio")),
        () -> assertTrue(Double.isNaN((Double) map.get("ratio"))),
        () -> assertEquals(T1, map.get("due_at")),
        () -> assertEquals(U1, map.get("owner_id")),
        () -> assertEquals(List.of(Priority.URGENT, Priority.LOW), List.copyOf((Set<?>) map.get("escalations"))),
        () -> assertEquals(orderedMap("ops", Priority.HIGH, "dev", Priority.URGENT), map.get("routing")),
        () -> assertSame(details.tags(), map.get("tags"), "the unmodifiable value itself, not a copy"),
        () -> assertSame(details.payload(), map.get("payload")));
    assertUnmodifiable(map.get("scores"));
    assertUnmodifiable(map.get("tags"));
    assertUnmodifiable(map.get("counters"));
    assertUnmodifiable(map.get("executor_config"));
  }

  @Test
  void fromMapOfToMapIsEqual() {
    StateDetails details = full();
    assertEquals(details, StateDetails.fromMap(details.toMap()));
    StateDetails defaults = StateDetails.builder().build();
    assertEquals(defaults, StateDetails.fromMap(defaults.toMap()));
  }

  @Test
  void ormDictNestsTheDetailsAsJavaValuesAndReadsBack() {
    State state = state(full());
    Map<String, Object> row = state.ormDict();
    @SuppressWarnings("unchecked")
    Map<String, Object> details = (Map<String, Object>) row.get("state_details");
    assertEquals(DETAILS_KEYS, new ArrayList<>(details.keySet()));
    assertAll(
        () -> assertSame(Priority.LOW, details.get("priority")),
        () -> assertEquals(FieldTypesFixtures.LONG_DECIMAL, details.get("price")),
        () -> assertEquals(List.of(new BigDecimal("0.50"), new BigDecimal("1E+3")),
            List.copyOf((Set<?>) details.get("denominations"))),
        () -> assertEquals(FieldTypesFixtures.json(), details.get("payload")));
    assertUnmodifiable(details.get("levels"));
    assertUnmodifiable(details.get("payload"));
    assertEquals(state, State.fromOrmWithoutResult(row, null));
    assertEquals(state, State.fromMap(state.toMap()));
  }

  @Test
  void ormRowsMayHoldTheDetailsAsTextValuesAsADatabaseReturnsThem() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("amount", "12.50");
    details.put("priority", "URGENT");
    details.put("tags", List.of("x"));
    details.put("due_at", "2024-01-02T03:04:05.000006Z");
    Map<String, Object> row = Map.of("id", FieldTypesFixtures.U3.toString(), "type", "DONE",
        "timestamp", "2024-01-02T03:04:05.000006Z", "state_details", details);
    StateDetails read = State.fromOrmWithoutResult(row, null).stateDetails();
    assertEquals(new BigDecimal("12.50"), read.amount());
    assertEquals(Priority.URGENT, read.priority());
    assertEquals(Set.of("x"), read.tags());
    assertEquals(T1, read.dueAt());
  }

  private static void assertUnmodifiable(Object collection) {
    if (collection instanceof List<?> list) {
      assertThrows(UnsupportedOperationException.class, () -> list.remove(0));
    } else if (collection instanceof Set<?> set) {
      assertThrows(UnsupportedOperationException.class, set::clear);
    } else if (collection instanceof Map<?, ?> map) {
      assertThrows(UnsupportedOperationException.class, () -> map.remove(map.keySet().iterator().next()));
    } else {
      throw new AssertionError("not a collection: " + collection);
    }
  }
}
