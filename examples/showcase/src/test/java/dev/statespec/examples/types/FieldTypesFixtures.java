package dev.statespec.examples.types;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Values shared by the behaviour tests of the classes generated for {@link FieldTypesSpec}. */
final class FieldTypesFixtures {

  static final Instant T1 = Instant.parse("2024-01-02T03:04:05.000006Z");
  static final Instant T2 = Instant.parse("2024-02-03T04:05:06.123456789Z");

  static final UUID U1 = UUID.fromString("11111111-1111-4111-8111-111111111111");
  static final UUID U2 = UUID.fromString("22222222-2222-4222-8222-222222222222");
  static final UUID U3 = UUID.fromString("33333333-3333-4333-8333-333333333333");

  /** A decimal with more digits than any double holds, and a trailing zero. */
  static final BigDecimal LONG_DECIMAL = new BigDecimal("123456789012345678901234567890.000010");

  /** A long a double cannot hold exactly (2^53 + 1). */
  static final long BEYOND_DOUBLE = 9_007_199_254_740_993L;

  /** The JSON (and map) names of the details fields, in the spec's order. */
  static final List<String> DETAILS_KEYS = List.of(
      "title", "owner_id", "due_at", "urgent", "acknowledged", "retries", "boxed_retries", "size_bytes",
      "boxed_size_bytes", "ratio", "boxed_ratio", "weight", "amount", "price", "priority", "default_priority",
      "scores", "checkpoints", "watcher_ids", "checks", "tags", "escalations", "levels", "denominations",
      "counters", "prices", "weights", "routing", "deadlines", "payload", "history", "executor_config");

  /** The classpath resource the build writes for the spec. */
  static final String SCHEMA_RESOURCE =
      "META-INF/statespec/dev.statespec.examples.types.FieldTypesSpec.schema.json";

  private FieldTypesFixtures() {}

  /**
   * Details with every field set to a value that is not its default, and that shows its kind's
   * edges: unicode, NaN and -0.0, a decimal beyond a double, a set out of sorted order, nested JSON.
   */
  static StateDetails full() {
    return StateDetails.builder()
        .title("Fix the \uD83D\uDE80 launch, \"now\"")
        .ownerId(U1)
        .dueAt(T1)
        .urgent(true)
        .acknowledged(false)
        .retries(3)
        .boxedRetries(-7)
        .sizeBytes(5_000_000_000L)
        .boxedSizeBytes(BEYOND_DOUBLE)
        .ratio(Double.NaN)
        .boxedRatio(-0.0)
        .weight(0.1)
        .amount(new BigDecimal("12.50"))
        .price(LONG_DECIMAL)
        .priority(Priority.LOW)
        .defaultPriority(Priority.URGENT)
        .scores(List.of(3, 1, 2))
        .checkpoints(List.of(T2, T1))
        .watcherIds(List.of(U2, U1))
        .checks(List.of(true, false, true))
        .tags(linkedSet("zeta", "alpha", "mid"))
        .escalations(linkedSet(Priority.URGENT, Priority.LOW))
        .levels(linkedSet(1.5, Double.POSITIVE_INFINITY, -0.0))
        .denominations(linkedSet(new BigDecimal("0.50"), new BigDecimal("1E+3")))
        .counters(orderedMap("b", 2L, "a", BEYOND_DOUBLE))
        .prices(orderedMap("net", new BigDecimal("12.50"), "tax", new BigDecimal("0.00")))
        .weights(orderedMap("low", Double.NEGATIVE_INFINITY, "high", 2.5))
        .routing(orderedMap("ops", Priority.HIGH, "dev", Priority.URGENT))
        .deadlines(orderedMap("soft", T1, "hard", T2))
        .payload(json())
        .history(List.of("created", orderedMap("by", "ada")))
        .executorConfig(orderedMap("image", "python:3.12", "replicas", 3, "env", List.of("A=1", "B=2")))
        .build();
  }

  /**
   * A free-form JSON value of every JSON kind, with the Java types Jackson reads them as (int,
   * long, big integer, double), so that it reads back equal: {@code {"s": "text", "n": null, ...}}.
   */
  static Map<String, Object> json() {
    Map<String, Object> nested = orderedMap("deep", List.of(orderedMap("x", 1)));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("s", "text");
    json.put("n", null);
    json.put("t", true);
    json.put("i", 42);
    json.put("l", 5_000_000_000L);
    json.put("big", new java.math.BigInteger("123456789012345678901234567890"));
    json.put("d", 0.25);
    json.put("list", Arrays.asList(1, null, "two"));
    json.put("object", nested);
    return json;
  }

  /** A state holding {@code details}, with a fixed id and timestamp. */
  static State state(StateDetails details) {
    return State.builder(StateType.OPEN).id(U3).timestamp(T1).message("m").stateDetails(details).build();
  }

  /** An insertion-ordered set of {@code elements}. */
  @SafeVarargs
  static <T> Set<T> linkedSet(T... elements) {
    Set<T> set = new LinkedHashSet<>();
    for (T element : elements) {
      set.add(element);
    }
    return set;
  }

  /** An insertion-ordered map of alternating keys and values. */
  @SuppressWarnings("unchecked")
  static <T> Map<String, T> orderedMap(Object... keysAndValues) {
    Map<String, T> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], (T) keysAndValues[i + 1]);
    }
    return map;
  }
}
