package dev.statespec.runtime;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The wire values of one enum, the text each constant is written as in JSON and rows ({@code
 * up_for_retry} for {@code UP_FOR_RETRY}), and the reader of that text: generated code makes one
 * per enum, once, and reads every value through it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <E> the enum
 */
public final class WireValues<E extends Enum<E>> {

  private final Class<E> type;
  private final List<String> wireValues;
  private final Map<String, E> constants;

  /**
   * The wire values of {@code type}'s constants.
   *
   * @param type the enum class, whose simple name appears in errors
   * @param wireValues one wire value per constant, in ordinal order
   * @throws IllegalArgumentException if {@code type} is not an enum class, the number of wire values
   *     is not the number of constants, or two constants have the same wire value
   * @throws NullPointerException if {@code type}, the array or a wire value is null
   */
  public WireValues(Class<E> type, String... wireValues) {
    this.type = Objects.requireNonNull(type, "type");
    E[] all = constants(type);
    String[] values = Objects.requireNonNull(wireValues, "wireValues").clone();
    if (values.length != all.length) {
      throw new IllegalArgumentException(type.getSimpleName() + " has " + all.length + " constants but "
          + values.length + " wire values were given");
    }
    Map<String, E> byWireValue = new HashMap<>(Math.max(4, values.length * 4 / 3 + 1));
    for (E constant : all) {
      String wireValue = values[constant.ordinal()];
      Objects.requireNonNull(wireValue, () -> "wire value of " + type.getSimpleName() + "." + constant.name());
      E earlier = byWireValue.putIfAbsent(wireValue, constant);
      if (earlier != null) {
        throw new IllegalArgumentException("wire value '" + wireValue + "' is given to both " + earlier.name()
            + " and " + constant.name() + " of " + type.getSimpleName());
      }
    }
    this.wireValues = Collections.unmodifiableList(Arrays.asList(values));
    this.constants = byWireValue;
  }

  /**
   * The wire values of {@code type}'s constants, as {@code wireValue} gives them: for an enum whose
   * constants hold their own, such as a generated {@code StateType} ({@code StateType::wireValue}).
   *
   * @param type the enum class, whose simple name appears in errors
   * @param wireValue the wire value of a constant, asked once for each
   * @throws IllegalArgumentException if {@code type} is not an enum class, or two constants have the
   *     same wire value
   * @throws NullPointerException if {@code type}, {@code wireValue} or a wire value is null
   */
  public WireValues(Class<E> type, Function<? super E, String> wireValue) {
    this(type, wireValuesOf(Objects.requireNonNull(type, "type"), Objects.requireNonNull(wireValue, "wireValue")));
  }

  private static <E extends Enum<E>> E[] constants(Class<E> type) {
    E[] all = type.getEnumConstants();
    if (all == null) {
      throw new IllegalArgumentException(type.getName() + " is not an enum class");
    }
    return all;
  }

  private static <E extends Enum<E>> String[] wireValuesOf(Class<E> type, Function<? super E, String> wireValue) {
    E[] all = constants(type);
    String[] values = new String[all.length];
    for (E constant : all) {
      values[constant.ordinal()] = wireValue.apply(constant);
    }
    return values;
  }

  /**
   * The constant whose wire value is {@code wireValue}, exactly, or null when none has it: a lookup
   * for a caller that words its own refusal.
   *
   * @param wireValue the text
   * @return the constant, or null
   */
  public @Nullable E forWireValue(String wireValue) {
    return constants.get(wireValue);
  }

  /**
   * A constant, from the constant itself or its wire value (exactly, case and blanks included).
   * Refuses other text, naming the wire values allowed, and other types.
   *
   * @param value the input; {@code null} is returned as {@code null}
   * @param path the field's path, for the error
   * @return the constant, or null when {@code value} is null
   * @throws StateValidationException naming {@code path} when {@code value} is no constant's
   */
  public @Nullable E read(@Nullable Object value, String path) {
    if (value == null || type.isInstance(value)) {
      return type.cast(value);
    }
    if (value instanceof String) {
      E constant = constants.get(value);
      if (constant == null) {
        throw new StateValidationException(path, "'" + value + "' is not a valid " + type.getSimpleName()
            + "; expected one of " + String.join(", ", wireValues));
      }
      return constant;
    }
    throw Values.wrongType(path, "a " + type.getSimpleName() + " value", value);
  }

  /**
   * The wire value of {@code constant}.
   *
   * @param constant one of the enum's constants
   * @return its wire value
   * @throws NullPointerException if {@code constant} is null
   */
  public String wireValue(E constant) {
    return wireValues.get(constant.ordinal());
  }

  /**
   * Every wire value, in ordinal order.
   *
   * @return the wire values, unmodifiable
   */
  public List<String> all() {
    return wireValues;
  }

  /**
   * The wire value a constant name gives by default: lower-cased (in {@link Locale#ROOT}), with an
   * underscore before an upper-case letter that follows a lower-case one, so both {@code
   * UP_FOR_RETRY} and {@code upForRetry} give {@code up_for_retry}. Underscores and digits are kept
   * as they are; a run of capitals is one word ({@code HTTPServer} gives {@code httpserver}).
   *
   * @param constantName the Java constant's name
   * @return its default wire value
   */
  public static String lowerSnake(String constantName) {
    StringBuilder snake = new StringBuilder(constantName.length() + 4);
    for (int i = 0; i < constantName.length(); i++) {
      char c = constantName.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(constantName.charAt(i - 1))) {
        snake.append('_');
      }
      snake.append(c);
    }
    return snake.toString().toLowerCase(Locale.ROOT);
  }
}
