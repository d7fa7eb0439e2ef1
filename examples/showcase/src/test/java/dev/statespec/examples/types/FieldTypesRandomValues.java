package dev.statespec.examples.types;

import dev.statespec.examples.testing.RandomValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Random details of {@link FieldTypesSpec} from a fixed seed, so a failure reproduces: every field
 * randomized, each value drawn now and then from its kind's edges (the first and last instants ISO
 * text can carry, NaN, the infinities, -0.0, the smallest and largest doubles, decimals of 30 digits
 * or with exponents of 400, trailing zeros, unicode text, empty containers), free-form JSON a
 * JSON-natural value (the Java types Jackson reads JSON as).
 */
final class FieldTypesRandomValues extends RandomValues {

  static final long SEED = 20241130L;
  static final int COUNT = 300;

  /** 0001-01-01T00:00:00Z, the first instant ISO-8601 text carries. */
  static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");

  /** 9999-12-31T23:59:59.999999999Z, the last. */
  static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private static final List<Instant> EDGE_INSTANTS = List.of(
      FIRST, FIRST.plusNanos(1), FIRST.plusSeconds(59), LAST, LAST.minusNanos(999_999_999), LAST.minusNanos(999),
      Instant.EPOCH, Instant.EPOCH.minusNanos(1));

  private static final List<Double> EDGE_DOUBLES = List.of(
      Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, Double.MIN_VALUE, -Double.MIN_VALUE,
      Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL, 0.1, 1e23, 2e23, 9007199254740993.0);

  private static final List<BigDecimal> EDGE_DECIMALS = List.of(
      new BigDecimal("1E+400"), new BigDecimal("1E-400"), new BigDecimal("-1E+400"),
      new BigDecimal("123456789012345678901234567890"), new BigDecimal("0.123456789012345678901234567890"),
      new BigDecimal("12.50"), new BigDecimal("1.000"), new BigDecimal("0E+3"), new BigDecimal("0.000"),
      new BigDecimal("-0.5"), BigDecimal.ZERO, new BigDecimal("1E+3"), new BigDecimal("9.99999999999999999999E-7"));

  private static final int[] CODE_POINTS = {
    'a', 'z', 'A', 'Z', '0', '9', ' ', '_', '-', '.', '\'', '"', '\\', '/', '\n', '\t', 0x00, 0x1f, 0x7f,
    0xe9, 0x4e2d, 0x2028, 0xfeff, 0x1f680, 0x10ffff, '<', '&', '{', '}'
  };

  FieldTypesRandomValues(long seed) {
    super(seed, CODE_POINTS, 9, 4);
  }

  /** {@link #COUNT} random details from {@code seed}. */
  static List<StateDetails> details(long seed) {
    return listOf(COUNT, new FieldTypesRandomValues(seed)::stateDetails);
  }

  /** Details holding the edges of every kind at once, and a JSON value nested {@code 400} deep. */
  static StateDetails edgeDetails() {
    return StateDetails.builder()
        .title(new String(CODE_POINTS, 0, CODE_POINTS.length))
        .dueAt(FIRST)
        .ratio(Double.NaN)
        .boxedRatio(Double.NEGATIVE_INFINITY)
        .weight(-0.0)
        .amount(new BigDecimal("1E-400"))
        .price(new BigDecimal("1E+400"))
        .retries(Integer.MIN_VALUE)
        .boxedRetries(Integer.MAX_VALUE)
        .sizeBytes(Long.MIN_VALUE)
        .boxedSizeBytes(Long.MAX_VALUE)
        .checkpoints(EDGE_INSTANTS)
        .levels(new LinkedHashSet<>(EDGE_DOUBLES))
        .weights(Map.of("", Double.MIN_VALUE))
        .denominations(new LinkedHashSet<>(EDGE_DECIMALS))
        .prices(Map.of("\uD83D\uDE80", new BigDecimal("123456789012345678901234567890.000")))
        .tags(Set.of())
        .scores(List.of())
        .routing(Map.of())
        .payload(nested(400))
        .history(List.of())
        .executorConfig(Map.of())
        .build();
  }

  /** A JSON value {@code depth} objects and arrays deep: {@code {"a": [{"a": [... 1 ...]}]}}. */
  static Object nested(int depth) {
    Object value = 1;
    for (int i = 0; i < depth; i++) {
      value = i % 2 == 0 ? Arrays.asList(value, null) : Map.of("a", value);
    }
    return value;
  }

  StateDetails stateDetails() {
    return StateDetails.builder()
        .title(maybe(this::string))
        .ownerId(maybe(this::uuid))
        .dueAt(maybe(this::instant))
        .urgent(random.nextBoolean())
        .acknowledged(maybe(random::nextBoolean))
        .retries(integer())
        .boxedRetries(maybe(this::integer))
        .sizeBytes(longValue())
        .boxedSizeBytes(maybe(this::longValue))
        .ratio(doubleValue())
        .boxedRatio(maybe(this::doubleValue))
        .weight(doubleValue())
        .amount(maybe(this::decimal))
        .price(maybe(this::decimal))
        .priority(maybe(this::priority))
        .defaultPriority(maybe(this::priority))
        .scores(maybe(() -> list(this::integer)))
        .checkpoints(maybe(() -> list(this::instant)))
        .watcherIds(maybe(() -> list(this::uuid)))
        .checks(maybe(() -> list(random::nextBoolean)))
        .tags(maybe(() -> set(this::string)))
        .escalations(maybe(() -> set(this::priority)))
        .levels(maybe(() -> set(this::doubleValue)))
        .denominations(maybe(() -> set(this::decimal)))
        .counters(maybe(() -> map(this::longValue)))
        .prices(maybe(() -> map(this::decimal)))
        .weights(maybe(() -> map(this::doubleValue)))
        .routing(maybe(() -> map(this::priority)))
        .deadlines(maybe(() -> map(this::instant)))
        .payload(json(3))
        .history(maybe(() -> json(3)))
        .executorConfig(maybe(() -> object(4)))
        .build();
  }

  /** Any instant ISO-8601 text carries, at any precision; now and then an edge. */
  Instant instant() {
    if (random.nextInt(8) == 0) {
      return oneOf(EDGE_INSTANTS);
    }
    return instant(FIRST, LAST, Precision.values());
  }

  int integer() {
    return switch (random.nextInt(4)) {
      case 0 -> random.nextInt(10);
      case 1 -> random.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE;
      default -> random.nextInt();
    };
  }

  long longValue() {
    return switch (random.nextInt(4)) {
      case 0 -> random.nextInt(10);
      case 1 -> random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
      default -> random.nextLong();
    };
  }

  /** Any double, NaN with any payload included; now and then an edge. */
  double doubleValue() {
    return switch (random.nextInt(4)) {
      case 0 -> oneOf(EDGE_DOUBLES);
      case 1 -> Double.longBitsToDouble(random.nextLong());
      case 2 -> random.nextInt(10_000) / 8.0;
      default -> random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
    };
  }

  /** Up to 40 digits with a scale from -400 to 400; now and then an edge. */
  BigDecimal decimal() {
    if (random.nextInt(4) == 0) {
      return oneOf(EDGE_DECIMALS);
    }
    BigInteger unscaled = new BigInteger(random.nextInt(133), random);
    int scale = random.nextBoolean() ? random.nextInt(7) : random.nextInt(801) - 400;
    BigDecimal decimal = new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), scale);
    return decimal;
  }

  Priority priority() {
    return Priority.values()[random.nextInt(Priority.values().length)];
  }

  <T> List<T> list(Supplier<T> element) {
    List<T> list = new ArrayList<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      list.add(element.get());
    }
    return list;
  }

  <T> Set<T> set(Supplier<T> element) {
    return new LinkedHashSet<>(list(element));
  }

  <T> Map<String, T> map(Supplier<T> value) {
    Map<String, T> map = new LinkedHashMap<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      map.put(string(), value.get());
    }
    return map;
  }

  /**
   * The leaves of free-form JSON, with the Java types Jackson reads JSON as: null, a boolean, a
   * string, an int, a long beyond an int, a big integer beyond a long, or a finite double.
   */
  @Override
  protected int jsonLeafKinds() {
    return 7;
  }

  @Override
  protected Object jsonLeaf(int kind) {
    switch (kind) {
      case 4:
        return random.nextBoolean() ? (long) Integer.MAX_VALUE + 1 + random.nextInt(1000) : Long.MIN_VALUE;
      case 5:
        return BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.valueOf(1 + random.nextInt(1000)));
      case 6:
        double number = doubleValue();
        return Double.isFinite(number) ? number : 0.5;
      default:
        // null, a Boolean, a String or an Integer
        return super.jsonLeaf(kind);
    }
  }
}
