package dev.statespec.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads field values from loosely typed input (maps, ORM rows, JSON trees) into the Java types of
 * generated fields, the way pydantic's lax mode does, and makes the immutable copies the generated
 * values hold.
 *
 * <p>Every method takes the field's path and throws {@link StateValidationException} naming it
 * when the value cannot be read. The exception carries no cause: its message says all there is,
 * and Jackson, which calls these through the generated JSON setters, reports a setter's root cause
 * in place of the exception, which would hide the field's path. A {@code null} input is returned as {@code null}; the generated
 * code decides what a missing value means.
 */
public final class Values {

  /** 0001-01-01T00:00:00Z, the first second ISO-8601 text (and Python's {@code datetime}) can carry. */
  private static final long FIRST_ISO_SECOND = -62_135_596_800L;

  /** 9999-12-31T23:59:59Z, the last whole second ISO-8601 text can carry. */
  private static final long LAST_ISO_SECOND = 253_402_300_799L;

  /**
   * How deep {@link #json} nests objects and arrays: Jackson reads and writes documents at most
   * 1,000 deep, and a details field's value sits under two of them, the state and its details.
   */
  private static final int MAX_JSON_DEPTH = 998;

  private Values() {}

  /**
   * A UUID, from a {@link UUID} or its text (canonical, or 32 hex digits as Python prints it).
   *
   * @param value the input, of any type
   * @param path the field's path, for the error
   * @return the UUID, or null when {@code value} is null
   */
  public static @Nullable UUID uuid(@Nullable Object value, String path) {
    if (value == null || value instanceof UUID) {
      return (UUID) value;
    }
    if (value instanceof String) {
      UUID parsed = parseUuid(((String) value).trim());
      if (parsed == null) {
        throw new StateValidationException(path, "'" + value + "' is not a valid UUID");
      }
      return parsed;
    }
    throw wrongType(path, "a UUID", value);
  }

  // By hand rather than by pattern and UUID.fromString: ids are read on every state from JSON and rows.
  private static @Nullable UUID parseUuid(String text) {
    boolean canonical = text.length() == 36;
    if (!canonical && text.length() != 32) {
      return null;
    }
    long msb = 0;
    long lsb = 0;
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (canonical && (i == 8 || i == 13 || i == 18 || i == 23)) {
        if (c != '-') {
          return null;
        }
        continue;
      }
      int digit = Character.digit(c, 16);
      if (digit < 0 || c > 'f') { // Character.digit also takes full-width digits
        return null;
      }
      if (digits < 16) {
        msb = (msb << 4) | digit;
      } else {
        lsb = (lsb << 4) | digit;
      }
      digits++;
    }
    return new UUID(msb, lsb);
  }

  /**
   * An instant, from an {@link Instant}, {@link OffsetDateTime}, {@link ZonedDateTime}, {@link
   * Date} (so JDBC timestamps), a {@link LocalDateTime} (taken as UTC), a number of seconds since
   * the epoch, or ISO-8601 text with any offset or none (taken as UTC), {@code T} or a space
   * between date and time.
   *
   * <p>Refuses any of these that is, in UTC, outside the years 1 to 9999: ISO-8601 text cannot carry
   * such an instant to Python (whose {@code datetime} stops there) or back to this reader, so it
   * could be read but never written. Text such as {@code +999999999-12-31T23:59:59-18:00} reads as
   * a local date-time in range but is a later year in UTC.
   *
   * @param value the input, of any type
   * @param path the field's path, for the error
   * @return the instant, or null when {@code value} is null
   */
  public static @Nullable Instant instant(@Nullable Object value, String path) {
    Instant instant = readInstant(value, path);
    if (instant != null
        && (instant.getEpochSecond() < FIRST_ISO_SECOND || instant.getEpochSecond() > LAST_ISO_SECOND)) {
      throw outsideIsoYears(path, value, instant);
    }
    return instant;
  }

  private static StateValidationException outsideIsoYears(String path, Object value, Instant instant) {
    String read;
    if (value instanceof Instant) {
      read = instant.toString();
    } else {
      String given = value instanceof String ? "'" + value + "'"
          : value instanceof Number ? value + " seconds since the epoch" : value.toString();
      read = given + " is " + instant + " in UTC, which";
    }
    return new StateValidationException(path, read + " is outside the years 1 to 9999 that ISO-8601 text can carry");
  }

  private static @Nullable Instant readInstant(@Nullable Object value, String path) {
    if (value == null || value instanceof Instant) {
      return (Instant) value;
    }
    if (value instanceof OffsetDateTime) {
      return ((OffsetDateTime) value).toInstant();
    }
    if (value instanceof ZonedDateTime) {
      return ((ZonedDateTime) value).toInstant();
    }
    if (value instanceof LocalDateTime) {
      return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }
    if (value instanceof Date) {
      return ((Date) value).toInstant();
    }
    if (value instanceof Number && !(value instanceof Double && !Double.isFinite((Double) value))
        && !(value instanceof Float && !Float.isFinite((Float) value))) {
      BigDecimal seconds;
      try {
        seconds = new BigDecimal(value.toString());
      } catch (NumberFormatException e) {
        throw wrongType(path, "a date-time", value);
      }
      // Beyond this, longValue() would wrap silently; Instant's own range is far smaller anyway.
      if (seconds.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0) {
        throw new StateValidationException(path, value + " seconds since the epoch is out of range");
      }
      BigDecimal nanos = seconds.remainder(BigDecimal.ONE).movePointRight(9);
      try {
        return Instant.ofEpochSecond(seconds.longValue(), nanos.longValue());
      } catch (DateTimeException e) {
        throw new StateValidationException(path, value + " seconds since the epoch is out of range");
      }
    }
    if (value instanceof String) {
      return parseInstant((String) value, path);
    }
    throw wrongType(path, "a date-time", value);
  }

  private static Instant parseInstant(String value, String path) {
    Instant fast = parseCommonInstant(value);
    if (fast != null) {
      return fast;
    }
    String text = value.trim();
    if (text.length() > 10 && text.charAt(10) == ' ') {
      text = text.substring(0, 10) + 'T' + text.substring(11);
    }
    try {
      TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(text);
      if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
        return OffsetDateTime.from(parsed).toInstant();
      }
      return LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new StateValidationException(path, "'" + value + "' is not an ISO-8601 date-time");
    }
  }

  /**
   * The common shapes, {@code 2024-01-01T00:00:00[.123456][Z|+02:00]} (or a space for the {@code
   * T}), read without a formatter, since every state carries a timestamp; null for anything else,
   * which the formatter then reads or refuses.
   */
  private static @Nullable Instant parseCommonInstant(String text) {
    int length = text.length();
    if (length < 19 || text.charAt(4) != '-' || text.charAt(7) != '-'
        || (text.charAt(10) != 'T' && text.charAt(10) != ' ') || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int position = 19;
    int nanos = 0;
    if (position < length && text.charAt(position) == '.') {
      int start = ++position;
      while (position < length && position - start < 9 && isDigit(text.charAt(position))) {
        nanos = nanos * 10 + (text.charAt(position) - '0');
        position++;
      }
      if (position == start || (position < length && isDigit(text.charAt(position)))) {
        return null;
      }
      for (int scale = position - start; scale < 9; scale++) {
        nanos *= 10;
      }
    }
    int offsetSeconds;
    if (position == length) {
      offsetSeconds = 0; // no offset: UTC
    } else if (position + 1 == length && text.charAt(position) == 'Z') {
      offsetSeconds = 0;
    } else if (position + 6 == length && (text.charAt(position) == '+' || text.charAt(position) == '-')
        && text.charAt(position + 3) == ':') {
      int hours = digits(text, position + 1, 2);
      int minutes = digits(text, position + 4, 2);
      if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
        return null;
      }
      offsetSeconds = (text.charAt(position) == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    } else {
      return null;
    }
    if (day > 28 && day > YearMonth.of(year, month).lengthOfMonth()) {
      return null; // the formatter words the error
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    long epochSecond = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
    return Instant.ofEpochSecond(epochSecond, nanos);
  }

  /** The decimal number of {@code count} ASCII digits at {@code start}, or -1. */
  private static int digits(String text, int start, int count) {
    int number = 0;
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      number = number * 10 + (c - '0');
    }
    return number;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * A string; other types are refused rather than converted, as pydantic does.
   *
   * @param value the input, of any type
   * @param path the field's path, for the error
   * @return the string, or null when {@code value} is null
   */
  public static @Nullable String string(@Nullable Object value, String path) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw wrongType(path, "a string", value);
  }

  /**
   * A boolean, from a {@link Boolean}, the numbers 0 and 1, or the texts pydantic accepts ({@code
   * true/false}, {@code 1/0}, {@code yes/no}, {@code on/off}, {@code t/f}, {@code y/n}).
   *
   * @param value the input, of any type
   * @param path the field's path, for the error
   * @return the boolean, or null when {@code value} is null
   */
  public static @Nullable Boolean bool(@Nullable Object value, String path) {
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    if (value instanceof Number && isIntegral((Number) value)) {
      // Compared exactly: longValue() of 2^64 is 0, of 2^64 + 1 is 1.
      BigDecimal number = new BigDecimal(value.toString());
      if (number.signum() == 0 || number.compareTo(BigDecimal.ONE) == 0) {
        return number.signum() != 0;
      }
    }
    if (value instanceof String) {
      switch (((String) value).trim().toLowerCase(Locale.ROOT)) {
        case "true": case "1": case "yes": case "on": case "t": case "y":
          return Boolean.TRUE;
        case "false": case "0": case "no": case "off": case "f": case "n":
          return Boolean.FALSE;
        default:
          break;
      }
      throw new StateValidationException(path, "'" + value + "' is not a valid boolean");
    }
    throw wrongType(path, "a boolean", value);
  }

  /**
   * An int, from an integral number in range or its decimal text.
   *
   * @param value the input, of any type
   * @param path the field's path, for the error
   * @return the int, or null when {@code value} is null
   */
  public static @Nullable Integer integer(@Nullable Object value, String path) {
    Long number = longValue(value, path);
    if (number == null) {
      return null;
    }
    if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
      throw new StateValidationException(path, number + " is out of range for an int");
    }
    return number.intValue();
  }

  /**
   * A long, from an integral number in range or its decimal text.
   *
   * @param value the input, of any type
   * @param path the field's path, for the error
   * @return the long, or null when {@code value} is null
   */
  public static @Nullable Long longValue(@Nullable Object value, String path) {
    if (value == null) {
      return null;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Number) {
      try {
        return new BigDecimal(value.toString()).longValueExact();
      } catch (ArithmeticException | NumberFormatException e) {
        throw new StateValidationException(path, value + " is not a whole number in range");
      }
    }
    if (value instanceof String) {
      try {
        return Long.parseLong(((String) value).trim());
      } catch (NumberFormatException e) {
        throw new StateValidationException(path, "'" + value + "' is not a valid integer");
      }
    }
    throw wrongType(path, "an integer", value);
  }

  /**
   * A double, as pydantic's lax {@code float} reads one: any {@link Number}, converted (a long, big
   * integer or big decimal rounds to the nearest double; {@code NaN} and the infinities pass), or
   * the text of a decimal number ({@code 1.5}, {@code -2e3}, {@code .5}; surrounding blanks ignored)
   * or exactly {@code NaN}, {@code Infinity} or {@code -Infinity}, as Jackson writes non-finite
   * doubles. Refuses a finite number or text too large for a double (rather than making it
   * infinite), other text ({@code inf}, {@code 0x10}, {@code 1_000}), booleans and other types.
   *
   * @param value the input, of any type
   * @param path the field's path, for the error
   * @return the double, or null when {@code value} is null
   */
  public static @Nullable Double doubleValue(@Nullable Object value, String path) {
    if (value == null || value instanceof Double) {
      return (Double) value;
    }
    if (value instanceof Number) {
      double number = ((Number) value).doubleValue();
      if (Double.isInfinite(number) && !(value instanceof Float)) {
        throw new StateValidationException(path, value + " is out of range for a double");
      }
      return number;
    }
    if (value instanceof String) {
      String text = ((String) value).trim();
      switch (text) {
        case "NaN":
          return Double.NaN;
        case "Infinity":
          return Double.POSITIVE_INFINITY;
        case "-Infinity":
          return Double.NEGATIVE_INFINITY;
        default:
          break;
      }
      if (!isDecimalText(text)) {
        throw new StateValidationException(path, "'" + value + "' is not a valid number");
      }
      double number = Double.parseDouble(text);
      if (Double.isInfinite(number)) {
        throw new StateValidationException(path, "'" + value + "' is out of range for a double");
      }
      return number;
    }
    throw wrongType(path, "a number", value);
  }

  /**
   * Whether {@code text} is a decimal number: an optional sign, digits with an optional fraction
   * (either side of the point may be empty, not both), an optional exponent. Checked by hand since
   * {@link Double#parseDouble} also takes {@code 1d}, {@code 0x1p3} and {@code Infinity} spellings.
   */
  private static boolean isDecimalText(String text) {
    int length = text.length();
    int position = 0;
    if (position < length && (text.charAt(position) == '+' || text.charAt(position) == '-')) {
      position++;
    }
    int digits = 0;
    while (position < length && isDigit(text.charAt(position))) {
      position++;
      digits++;
    }
    if (position < length && text.charAt(position) == '.') {
      position++;
      while (position < length && isDigit(text.charAt(position))) {
        position++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (position < length && (text.charAt(position) == 'e' || text.charAt(position) == 'E')) {
      position++;
      if (position < length && (text.charAt(position) == '+' || text.charAt(position) == '-')) {
        position++;
      }
      int exponentStart = position;
      while (position < length && isDigit(text.charAt(position))) {
        position++;
      }
      if (position == exponentStart) {
        return false;
      }
    }
    return position == length;
  }

  /**
   * A decimal number, exactly: a {@link BigDecimal} as is; an int, long, short, byte or {@link
   * BigInteger} exactly; a double or float as the shortest decimal that reads back as the same
   * double ({@code 0.1}, not {@code 0.1000000000000000055511151231257827}), as pydantic makes a
   * {@code Decimal} of a float, refusing {@code NaN} and the infinities; another number, or text
   * with surrounding blanks ignored, as {@link BigDecimal#BigDecimal(String)} reads it ({@code 1.50},
   * {@code -2e3}). Refuses {@code NaN} and infinity text, other text, booleans and other types.
   *
   * @param value the input, of any type
   * @param path the field's path, for the error
   * @return the decimal, or null when {@code value} is null
   */
  public static @Nullable BigDecimal decimal(@Nullable Object value, String path) {
    if (value == null || value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger) {
      return new BigDecimal((BigInteger) value);
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (!Double.isFinite(number)) {
        throw new StateValidationException(path, value + " is not a decimal number");
      }
      return shortestDecimal(number);
    }
    if (value instanceof Number || value instanceof String) {
      try {
        return new BigDecimal(value.toString().trim());
      } catch (NumberFormatException e) {
        if (value instanceof Number) {
          throw wrongType(path, "a decimal number", value);
        }
        throw new StateValidationException(path, "'" + value + "' is not a valid decimal number");
      }
    }
    throw wrongType(path, "a decimal number", value);
  }

  /**
   * The shortest decimal that reads back as {@code number} (of those, the closest to it), written
   * as {@link Double#toString} of Java 19 and later writes it ({@code 2.0E+23}, {@code 0.1}, {@code
   * 1.0}), so that the result does not depend on the Java version. Before Java 19, {@code
   * Double.toString}, and so {@link BigDecimal#valueOf(double)}, sometimes gives more digits than
   * needed ({@code 1.9999999999999998E23} for {@code 2e23}) or not the closest of 17. Up to 15
   * significant digits its digits are right, since no two decimals of 15 digits or fewer read as the
   * same (normal) double; beyond, the exact value rounded to 15, 16 and then 17 digits is tried, and
   * 17 always reads back.
   */
  private static BigDecimal shortestDecimal(double number) {
    BigDecimal decimal = BigDecimal.valueOf(number);
    if (decimal.precision() <= 15) {
      return decimal;
    }
    BigDecimal exact = new BigDecimal(number);
    for (int digits = 15; digits <= 17; digits++) {
      BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() == number) {
        rounded = rounded.stripTrailingZeros();
        // Double.toString writes at least one digit after the point, in plain and in E notation.
        double magnitude = Math.abs(number);
        boolean plain = magnitude >= 1e-3 && magnitude < 1e7;
        int minimumScale = plain ? 1 : rounded.scale() - rounded.precision() + 2;
        return rounded.scale() < minimumScale ? rounded.setScale(minimumScale) : rounded;
      }
    }
    return decimal; // not reached: 17 digits always read back
  }

  /**
   * An enum constant, from the constant itself or its name.
   *
   * @param <E> the enum
   * @param type the enum class, whose simple name appears in the error
   * @param value the input, of any type
   * @param path the field's path, for the error
   * @return the constant, or null when {@code value} is null
   */
  public static <E extends Enum<E>> @Nullable E constant(Class<E> type, @Nullable Object value, String path) {
    if (value == null || type.isInstance(value)) {
      return type.cast(value);
    }
    if (value instanceof String) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(value)) {
          return constant;
        }
      }
      List<String> names = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        names.add(constant.name());
      }
      throw new StateValidationException(path, "'" + value + "' is not a valid " + type.getSimpleName()
          + "; expected one of " + String.join(", ", names));
    }
    throw wrongType(path, "a " + type.getSimpleName() + " name", value);
  }

  /**
   * A map with string keys, for a nested value; the same map, not a copy.
   *
   * @param value the input, of any type
   * @param path the field's path, for the error
   * @return {@code value} as such a map, or null when {@code value} is null
   */
  @SuppressWarnings("unchecked")
  public static @Nullable Map<String, ?> object(@Nullable Object value, String path) {
    if (value == null) {
      return null;
    }
    if (value instanceof Map) {
      for (Object key : ((Map<?, ?>) value).keySet()) {
        if (!(key instanceof String)) {
          throw new StateValidationException(path, "has a key that is not a string: " + key);
        }
      }
      return (Map<String, ?>) value;
    }
    throw wrongType(path, "an object", value);
  }

  /**
   * An unmodifiable copy of a map of strings to strings, keeping its order; no null keys or values.
   *
   * @param value the input, of any type
   * @param path the field's path, for the error
   * @return the copy, or null when {@code value} is null
   */
  public static @Nullable Map<String, String> stringMap(@Nullable Object value, String path) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof Map)) {
      throw wrongType(path, "an object of strings", value);
    }
    return copyMap((Map<?, ?>) value, path, Values::string);
  }

  /**
   * An unmodifiable copy of a list of strings; no null elements.
   *
   * @param value the input, of any type
   * @param path the field's path, for the error
   * @return the copy, or null when {@code value} is null
   */
  public static @Nullable List<String> stringList(@Nullable Object value, String path) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof List)) {
      throw wrongType(path, "a list of strings", value);
    }
    List<?> list = (List<?>) value;
    return Collections.unmodifiableList(copyElements(list, path, Values::string, new ArrayList<>(list.size())));
  }

  /**
   * An unmodifiable copy of a list, from any {@link Collection} (JSON arrays arrive as lists; a set
   * is taken in its iteration order), each element read by {@code element} at {@code path.i}.
   * Refuses a null element at its index ({@code must not be null}), whatever {@code element}
   * refuses there, and any other type (a map, text, an array).
   *
   * @param <T> the elements' type
   * @param value the input, of any type
   * @param path the field's path, for the error; an element's path adds its index
   * @param element the reader of each element
   * @return the copy, or null when {@code value} is null
   */
  public static <T> @Nullable List<T> list(@Nullable Object value, String path, ValueReader<T> element) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof Collection)) {
      throw wrongType(path, "a list", value);
    }
    Collection<?> collection = (Collection<?>) value;
    return Collections.unmodifiableList(copyElements(collection, path, element, new ArrayList<>(collection.size())));
  }

  /**
   * An unmodifiable copy of a set, from any {@link Collection}, each element read by {@code
   * element} at {@code path.i} (its index in the input), in first-seen order; duplicates, as read,
   * collapse into one, as pydantic's {@code set} does. Refuses a null element at its index ({@code
   * must not be null}), whatever {@code element} refuses there, and any other type.
   *
   * @param <T> the elements' type
   * @param value the input, of any type
   * @param path the field's path, for the error; an element's path adds its index
   * @param element the reader of each element
   * @return the copy, or null when {@code value} is null
   */
  public static <T> @Nullable Set<T> set(@Nullable Object value, String path, ValueReader<T> element) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof Collection)) {
      throw wrongType(path, "a set", value);
    }
    Collection<?> collection = (Collection<?>) value;
    return Collections.unmodifiableSet(
        copyElements(collection, path, element, new LinkedHashSet<>(Math.max(4, collection.size() * 4 / 3 + 1))));
  }

  /**
   * An unmodifiable copy of a map with string keys, keeping its order, each value read by {@code
   * element} at {@code path.key}. Refuses a key that is not a string (at {@code path}), a null
   * value at its key ({@code must not be null}), whatever {@code element} refuses there, and any
   * other type.
   *
   * @param <T> the values' type
   * @param value the input, of any type
   * @param path the field's path, for the error; a value's path adds its key
   * @param element the reader of each value
   * @return the copy, or null when {@code value} is null
   */
  public static <T> @Nullable Map<String, T> map(@Nullable Object value, String path, ValueReader<T> element) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof Map)) {
      throw wrongType(path, "an object", value);
    }
    return copyMap((Map<?, ?>) value, path, element);
  }

  private static <T, C extends Collection<T>> C copyElements(
      Collection<?> elements, String path, ValueReader<T> element, C copy) {
    int index = 0;
    for (Object item : elements) {
      String itemPath = child(path, index++);
      if (item == null) {
        throw new StateValidationException(itemPath, "must not be null");
      }
      copy.add(element.read(item, itemPath));
    }
    return copy;
  }

  private static <T> Map<String, T> copyMap(Map<?, ?> map, String path, ValueReader<T> element) {
    Map<String, T> copy = new LinkedHashMap<>(Math.max(4, map.size() * 4 / 3 + 1));
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String)) {
        throw new StateValidationException(path, "has a key that is not a string: " + entry.getKey());
      }
      String key = (String) entry.getKey();
      Object item = entry.getValue();
      if (item == null) {
        throw new StateValidationException(child(path, key), "must not be null");
      }
      copy.put(key, element.read(item, child(path, key)));
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * A deep, unmodifiable copy of a free-form JSON value, as Jackson hands one over: {@code null}, a
   * {@link String}, a {@link Boolean}, a number ({@link Integer}, {@link Long}, {@link BigInteger},
   * {@link BigDecimal}, a finite {@link Double} or {@link Float}; a {@link Short} or {@link Byte}
   * becomes an {@code Integer}), a map with string keys (copied in its order, null values kept)
   * or any {@link Collection} (copied as a list in its order, null elements kept), nested at most
   * 998 objects and arrays deep, so that a state holding it in its details stays within the 1,000
   * levels Jackson reads and writes.
   *
   * <p>Refuses, at the path of the offending value ({@code
   * executor_config.pod_override.containers.0}): a map key that is not a string; {@code NaN} and the
   * infinities (JSON cannot hold them, and they would not read back equal); deeper nesting, so a map
   * that contains itself; and every other type ({@link UUID}, {@link Instant}, an array, an enum,
   * ...), which JSON would write as something else or not at all.
   *
   * @param value the input, of any type
   * @param path the field's path, for the error
   * @return the copy, or null when {@code value} is null
   */
  public static @Nullable Object json(@Nullable Object value, String path) {
    return copyJson(value, path, new ArrayList<>(), 0);
  }

  /**
   * A deep, unmodifiable copy of a free-form JSON object: as {@link #json}, but the value itself
   * must be a map with string keys (or null); refuses any other type at {@code path}.
   *
   * @param value the input, of any type
   * @param path the field's path, for the error
   * @return the copy, or null when {@code value} is null
   */
  @SuppressWarnings("unchecked") // copyJson copies a map into a Map<String, @Nullable Object>
  public static @Nullable Map<String, @Nullable Object> jsonObject(@Nullable Object value, String path) {
    if (value != null && !(value instanceof Map)) {
      throw wrongType(path, "an object", value);
    }
    return (Map<String, @Nullable Object>) copyJson(value, path, new ArrayList<>(), 0);
  }

  /**
   * Copies {@code value}, found under {@code depth} objects and arrays at the keys and indexes of
   * {@code trail} below {@code path}. The trail becomes a path only for an error: most values are
   * never refused, and their paths would cost a string per value.
   */
  private static @Nullable Object copyJson(@Nullable Object value, String path, List<Object> trail, int depth) {
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
        || value instanceof Long || value instanceof BigInteger || value instanceof BigDecimal) {
      return value;
    }
    if (value instanceof Short || value instanceof Byte) {
      return ((Number) value).intValue();
    }
    if (value instanceof Double || value instanceof Float) {
      if (!Double.isFinite(((Number) value).doubleValue())) {
        throw new StateValidationException(trailPath(path, trail),
            value + " is not a finite number, which JSON cannot hold");
      }
      return value;
    }
    if (value instanceof Map || value instanceof Collection) {
      if (depth == MAX_JSON_DEPTH) {
        throw new StateValidationException(trailPath(path, trail),
            "is nested more than " + MAX_JSON_DEPTH + " objects and arrays deep");
      }
    }
    if (value instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) value;
      Map<String, @Nullable Object> copy = new LinkedHashMap<>(Math.max(4, map.size() * 4 / 3 + 1));
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getKey() instanceof String)) {
          throw new StateValidationException(trailPath(path, trail),
              "has a key that is not a string: " + entry.getKey());
        }
        trail.add(entry.getKey());
        copy.put((String) entry.getKey(), copyJson(entry.getValue(), path, trail, depth + 1));
        trail.remove(trail.size() - 1);
      }
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof Collection) {
      Collection<?> collection = (Collection<?>) value;
      List<@Nullable Object> copy = new ArrayList<>(collection.size());
      int index = 0;
      for (Object item : collection) {
        trail.add(index++);
        copy.add(copyJson(item, path, trail, depth + 1));
        trail.remove(trail.size() - 1);
      }
      return Collections.unmodifiableList(copy);
    }
    throw wrongType(trailPath(path, trail), "a JSON value (object, array, string, number, boolean or null)", value);
  }

  private static String trailPath(String path, List<Object> trail) {
    String joined = path;
    for (Object keyOrIndex : trail) {
      joined = child(joined, keyOrIndex);
    }
    return joined;
  }

  /**
   * Runs {@code reader} on a nested value, re-throwing its problems with {@code path} in front, so
   * a bad details field reads {@code state_details.flow_run_id}.
   *
   * @param <T> the type read
   * @param path the nested value's path ({@code state_details})
   * @param reader reads the nested value, its problems' paths starting inside it
   * @return what {@code reader} returns
   */
  public static <T> T nested(String path, Supplier<T> reader) {
    try {
      return reader.get();
    } catch (StateValidationException e) {
      throw e.under(path);
    }
  }

  /** The path of a map entry or list element: {@code p.key}, or {@code key} at the top level. */
  private static String child(String path, Object keyOrIndex) {
    return path.isEmpty() ? String.valueOf(keyOrIndex) : path + "." + keyOrIndex;
  }

  /**
   * {@code base} with every entry of {@code over} put over it, as a new ordered map: how a spec that
   * extends another merges what a base rule returned into its own, larger details.
   *
   * @param base the entries underneath; not changed
   * @param over the entries that win; not changed
   * @return the merged map, mutable
   */
  public static Map<String, @Nullable Object> overlay(Map<String, @Nullable Object> base, Map<String, ?> over) {
    Map<String, @Nullable Object> merged = new LinkedHashMap<>(base);
    merged.putAll(over);
    return merged;
  }

  private static boolean isIntegral(Number number) {
    if (number instanceof Integer || number instanceof Long || number instanceof Short
        || number instanceof Byte || number instanceof BigInteger) {
      return true;
    }
    try {
      new BigDecimal(number.toString()).toBigIntegerExact();
      return true;
    } catch (ArithmeticException | NumberFormatException e) {
      return false;
    }
  }

  /** {@code expected <expected>, got <type> <value>}: the problem of a value of the wrong type. */
  static StateValidationException wrongType(String path, String expected, Object value) {
    return new StateValidationException(path, "expected " + expected + ", got "
        + value.getClass().getSimpleName() + " " + value);
  }
}
