package dev.statespec.examples.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The seeded random values the specs' generators of random states are built on (text, ids, instants,
 * free-form JSON, values that are now and then null), so that a failure reproduces from its seed.
 */
public abstract class RandomValues {

  /** The precisions {@link #instant(Instant, Instant, Precision...)} draws instants at. */
  public enum Precision {
    SECONDS,
    MILLIS,
    MICROS,
    NANOS
  }

  /** Every draw comes from this one generator, in the order the builders ask. */
  protected final Random random;

  private final int[] codePoints;
  private final int maxLength;
  private final int nullOneIn;

  /**
   * Values from {@code seed}: text of up to {@code maxLength} of {@code codePoints}, and {@link
   * #maybe} null one time in {@code nullOneIn}. A spec's generator extends this class with the
   * builders of its own states and details, and may change the leaves of its JSON trees by
   * overriding {@link #jsonLeafKinds()} and {@link #jsonLeaf(int)}.
   */
  protected RandomValues(long seed, int[] codePoints, int maxLength, int nullOneIn) {
    this.random = new Random(seed);
    this.codePoints = codePoints.clone();
    this.maxLength = maxLength;
    this.nullOneIn = nullOneIn;
  }

  /** The next {@code count} values of {@code next}, in order. */
  public static <T> List<T> listOf(int count, Supplier<T> next) {
    List<T> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      list.add(next.get());
    }
    return list;
  }

  /** Null now and then (one time in the {@code nullOneIn} given), otherwise {@code value}'s value. */
  protected <T> T maybe(Supplier<T> value) {
    return random.nextInt(nullOneIn) == 0 ? null : value.get();
  }

  /** One of {@code values}, each as likely. */
  protected <T> T oneOf(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A string of 0 to {@code maxLength} code points, each one of the generator's characters. */
  protected String string() {
    int length = random.nextInt(maxLength + 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
    }
    return out.toString();
  }

  /** A UUID of any bit pattern. */
  protected UUID uuid() {
    return new UUID(random.nextLong(), random.nextLong());
  }

  /** A map of 0 to 3 entries, keys and values {@link #string() strings}. */
  protected Map<String, String> stringMap() {
    Map<String, String> map = new LinkedHashMap<>();
    int size = random.nextInt(4);
    for (int i = 0; i < size; i++) {
      map.put(string(), string());
    }
    return map;
  }

  /**
   * An instant in the second of {@code from} to that of {@code to}, at one of {@code precisions},
   * each as likely: a whole second, or with a random milli-, micro- or nanosecond fraction.
   */
  protected Instant instant(Instant from, Instant to, Precision... precisions) {
    long seconds = from.getEpochSecond() + (long) (random.nextDouble() * (to.getEpochSecond() - from.getEpochSecond()));
    return switch (precisions[random.nextInt(precisions.length)]) {
      case SECONDS -> Instant.ofEpochSecond(seconds);
      case MILLIS -> Instant.ofEpochSecond(seconds, random.nextInt(1000) * 1_000_000L);
      case MICROS -> Instant.ofEpochSecond(seconds, random.nextInt(1_000_000) * 1000L);
      case NANOS -> Instant.ofEpochSecond(seconds, random.nextInt(1_000_000_000));
    };
  }

  /**
   * A free-form JSON value: one of the {@link #jsonLeaf leaves}, or, while {@code depth} is above 0,
   * now and then an array or an {@link #object object} of 0 to 3 values one level less deep.
   */
  protected Object json(int depth) {
    int kind = random.nextInt(depth > 0 ? jsonLeafKinds() + 2 : jsonLeafKinds());
    if (kind < jsonLeafKinds()) {
      return jsonLeaf(kind);
    }
    if (kind == jsonLeafKinds()) {
      List<Object> list = new ArrayList<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        list.add(json(depth - 1));
      }
      return list;
    }
    return object(depth);
  }

  /** A JSON object of 0 to 3 {@link #string() string} keys, its values {@link #json} one level less deep. */
  protected Map<String, Object> object(int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      map.put(string(), json(depth - 1));
    }
    return map;
  }

  /** How many kinds of leaf {@link #jsonLeaf(int)} draws. */
  protected int jsonLeafKinds() {
    return 6;
  }

  /**
   * A JSON leaf of {@code kind}, as Jackson reads untyped JSON, so that it reads back equal: null, a
   * Boolean, a string, an Integer, a Long beyond an int, or a Double of eighths.
   */
  protected Object jsonLeaf(int kind) {
    return switch (kind) {
      case 0 -> null;
      case 1 -> random.nextBoolean();
      case 2 -> string();
      case 3 -> random.nextInt();
      case 4 -> (long) Integer.MAX_VALUE + 1 + random.nextInt(1000);
      default -> random.nextInt(10_000) / 8.0;
    };
  }
}
