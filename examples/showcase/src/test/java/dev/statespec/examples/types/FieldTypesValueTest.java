package dev.statespec.examples.types;

import static dev.statespec.examples.types.FieldTypesFixtures.T1;
import static dev.statespec.examples.types.FieldTypesFixtures.full;
import static dev.statespec.examples.types.FieldTypesFixtures.linkedSet;
import static dev.statespec.examples.types.FieldTypesFixtures.orderedMap;
import static dev.statespec.examples.types.FieldTypesFixtures.state;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The details as a value: containers and free-form JSON are copied on the way in and unmodifiable
 * (deeply, for JSON), so mutating the input afterwards changes nothing; {@code equals} and {@code
 * hashCode} treat NaN as equal to itself, decimals by {@code equals} (scale matters) and sets as
 * sets; {@code toString} shows every kind.
 */
class FieldTypesValueTest {

  // --- immutability

  @Test
  void containersAreCopiedOnTheWayIn() {
    List<Integer> scores = new ArrayList<>(List.of(1, 2));
    Set<String> tags = new LinkedHashSet<>(List.of("a"));
    Map<String, BigDecimal> prices = new LinkedHashMap<>(Map.of("k", BigDecimal.ONE));
    StateDetails details = StateDetails.builder().scores(scores).tags(tags).prices(prices).build();
    StateDetails before = details.toBuilder().build();

    scores.add(3);
    tags.add("b");
    prices.put("j", BigDecimal.TEN);

    assertEquals(before, details);
    assertEquals(List.of(1, 2), details.scores());
    assertEquals(Set.of("a"), details.tags());
    assertEquals(Map.of("k", BigDecimal.ONE), details.prices());
  }

  @Test
  void freeFormJsonIsCopiedDeeplyOnTheWayIn() {
    List<Object> inner = new ArrayList<>(List.of(1));
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("a", inner);
    List<Object> payload = new ArrayList<>();
    payload.add(config);

    StateDetails details = StateDetails.builder().payload(payload).executorConfig(config).build();
    inner.add(2);
    config.put("b", "new");
    payload.add("more");

    assertEquals(List.of(Map.of("a", List.of(1))), details.payload());
    assertEquals(Map.of("a", List.of(1)), details.executorConfig());
  }

  @Test
  void withersAndFromMapCopyToo() {
    List<Instant> checkpoints = new ArrayList<>(List.of(T1));
    Map<String, Object> json = new LinkedHashMap<>(Map.of("k", new ArrayList<>(List.of("v"))));
    StateDetails withers = StateDetails.builder().build().withCheckpoints(checkpoints).withExecutorConfig(json);
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("checkpoints", checkpoints);
    input.put("executor_config", json);
    StateDetails read = StateDetails.fromMap(input);

    checkpoints.add(T1);
    json.put("k2", 1);

    for (StateDetails details : List.of(withers, read)) {
      assertEquals(List.of(T1), details.checkpoints());
      assertEquals(Map.of("k", List.of("v")), details.executorConfig());
    }
  }

  @Test
  void everyContainerAndJsonValueIsUnmodifiableAllTheWayDown() {
    StateDetails details = full();
    assertAll(
        () -> assertThrows(UnsupportedOperationException.class, () -> details.scores().add(1)),
        () -> assertThrows(UnsupportedOperationException.class, () -> details.checkpoints().clear()),
        () -> assertThrows(UnsupportedOperationException.class, () -> details.watcherIds().set(0, null)),
        () -> assertThrows(UnsupportedOperationException.class, () -> details.checks().add(true)),
        () -> assertThrows(UnsupportedOperationException.class, () -> details.tags().add("x")),
        () -> assertThrows(UnsupportedOperationException.class, () -> details.escalations().remove(Priority.LOW)),
        () -> assertThrows(UnsupportedOperationException.class, () -> details.levels().clear()),
        () -> assertThrows(UnsupportedOperationException.class, () -> details.denominations().clear()),
        () -> assertThrows(UnsupportedOperationException.class, () -> details.counters().put("x", 1L)),
        () -> assertThrows(UnsupportedOperationException.class, () -> details.prices().clear()),
        () -> assertThrows(UnsupportedOperationException.class, () -> details.weights().put("x", 1.0)),
        () -> assertThrows(UnsupportedOperationException.class, () -> details.routing().clear()),
        () -> assertThrows(UnsupportedOperationException.class, () -> details.deadlines().clear()),
        () -> assertThrows(UnsupportedOperationException.class, () -> details.executorConfig().put("x", 1)),
        () -> assertThrows(UnsupportedOperationException.class, () -> mapAt(details.payload()).put("x", 1)),
        () -> assertThrows(UnsupportedOperationException.class,
            () -> listAt(mapAt(mapAt(details.payload()).get("object")).get("deep")).add(1)),
        () -> assertThrows(UnsupportedOperationException.class, () -> listAt(details.history()).add(1)),
        () -> assertThrows(UnsupportedOperationException.class,
            () -> listAt(details.executorConfig().get("env")).clear()));
  }

  // --- equals and hashCode

  @Test
  void nanEqualsNanForPrimitiveAndBoxedDoubles() {
    StateDetails a = StateDetails.builder().ratio(Double.NaN).boxedRatio(Double.NaN)
        .levels(Set.of(Double.NaN)).weights(Map.of("k", Double.NaN)).build();
    StateDetails b = StateDetails.builder().ratio(0.0 / 0.0).boxedRatio(Double.longBitsToDouble(0x7ff8000000000001L))
        .levels(Set.of(Double.NaN)).weights(Map.of("k", Double.NaN)).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a, a.toBuilder().build());
  }

  @Test
  void minusZeroIsNotZeroSoEqualDetailsWriteTheSameJson() {
    assertNotEquals(StateDetails.builder().ratio(-0.0).build(), StateDetails.builder().ratio(0.0).build());
    assertNotEquals(StateDetails.builder().boxedRatio(-0.0).build(), StateDetails.builder().boxedRatio(0.0).build());
  }

  @Test
  void decimalsCompareByEqualsSoScaleMatters() {
    StateDetails scaleTwo = StateDetails.builder().amount(new BigDecimal("12.50")).build();
    StateDetails scaleOne = StateDetails.builder().amount(new BigDecimal("12.5")).build();
    assertNotEquals(scaleTwo, scaleOne, "12.50 and 12.5 are written differently, so they differ");
    assertEquals(scaleTwo, StateDetails.builder().amount(new BigDecimal("1250E-2")).build());
    assertEquals(scaleTwo.hashCode(), StateDetails.builder().amount(new BigDecimal("12.50")).build().hashCode());
    assertNotEquals(StateDetails.builder().denominations(Set.of(new BigDecimal("1.0"))).build(),
        StateDetails.builder().denominations(Set.of(new BigDecimal("1.00"))).build());
  }

  @Test
  void setsCompareAsSetsWhateverTheirOrder() {
    StateDetails ab = StateDetails.builder().tags(linkedSet("a", "b"))
        .escalations(linkedSet(Priority.LOW, Priority.HIGH)).build();
    StateDetails ba = StateDetails.builder().tags(linkedSet("b", "a"))
        .escalations(linkedSet(Priority.HIGH, Priority.LOW)).build();
    assertEquals(ab, ba);
    assertEquals(ab.hashCode(), ba.hashCode());
    assertNotEquals(ab, ab.withTags(Set.of("a")));
  }

  @Test
  void listsAndMapsCompareInOrderAndByContent() {
    StateDetails details = StateDetails.builder().scores(List.of(1, 2)).counters(orderedMap("a", 1L, "b", 2L)).build();
    assertNotEquals(details, details.withScores(List.of(2, 1)));
    assertEquals(details, details.withCounters(orderedMap("b", 2L, "a", 1L)), "a map is a map, whatever its order");
    assertEquals(details.hashCode(), details.withCounters(orderedMap("b", 2L, "a", 1L)).hashCode());
  }

  @Test
  void eachFieldTakesPartInEquals() {
    StateDetails defaults = StateDetails.builder().build();
    StateDetails full = full();
    for (String key : FieldTypesFixtures.DETAILS_KEYS) {
      Map<String, Object> map = new LinkedHashMap<>(defaults.toMap());
      map.put(key, full.toMap().get(key));
      StateDetails oneChanged = StateDetails.fromMap(map);
      assertNotEquals(defaults, oneChanged, key);
      assertEquals(oneChanged, StateDetails.fromMap(map), key);
      assertEquals(oneChanged.hashCode(), StateDetails.fromMap(map).hashCode(), key);
    }
  }

  @Test
  void statesWithEqualDetailsAreEqual() {
    assertEquals(state(full()), state(full()));
    assertEquals(state(full()).hashCode(), state(full()).hashCode());
    assertNotEquals(state(full()), state(full().withAmount(new BigDecimal("12.5"))));
  }

  // --- toString

  @Test
  void toStringShowsEveryKindKeyedAsInItsMap() {
    String text = full().toString();
    assertAll(
        () -> assertTrue(text.startsWith("StateDetails[title=Fix the"), text),
        () -> assertTrue(text.contains(", ratio=NaN, boxed_ratio=-0.0, weight=0.1,"), text),
        () -> assertTrue(text.contains(", amount=12.50, price=123456789012345678901234567890.000010,"), text),
        () -> assertTrue(text.contains(", priority=LOW, default_priority=URGENT,"), text),
        () -> assertTrue(text.contains(", tags=[zeta, alpha, mid],"), text),
        () -> assertTrue(text.contains(", denominations=[0.50, 1E+3],"), text),
        () -> assertTrue(text.contains(", routing={ops=HIGH, dev=URGENT},"), text),
        () -> assertTrue(text.contains(", history=[created, {by=ada}],"), text),
        () -> assertTrue(text.endsWith(", executor_config={image=python:3.12, replicas=3, env=[A=1, B=2]}]"), text));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mapAt(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> listAt(Object value) {
    return (List<Object>) value;
  }
}
