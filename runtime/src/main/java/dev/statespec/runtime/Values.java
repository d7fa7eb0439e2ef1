package dev.statespec.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
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
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

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

  private Values() {}

  /** A UUID, from a {@link UUID} or its text (canonical, or 32 hex digits as Python prints it). */
  public static UUID uuid(Object value, String path) {
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
  private static UUID parseUuid(String text) {
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
   */
  public static Instant instant(Object value, String path) {
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
  private static Instant parseCommonInstant(String text) {
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

  /** A string; other types are refused rather than converted, as pydantic does. */
  public static String string(Object value, String path) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw wrongType(path, "a string", value);
  }

  /**
   * A boolean, from a {@link Boolean}, the numbers 0 and 1, or the texts pydantic accepts ({@code
   * true/false}, {@code 1/0}, {@code yes/no}, {@code on/off}, {@code t/f}, {@code y/n}).
   */
  public static Boolean bool(Object value, String path) {
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

  /** An int, from an integral number in range or its decimal text. */
  public static Integer integer(Object value, String path) {
    Long number = longValue(value, path);
    if (number == null) {
      return null;
    }
    if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
      throw new StateValidationException(path, number + " is out of range for an int");
    }
    return number.intValue();
  }

  /** A long, from an integral number in range or its decimal text. */
  public static Long longValue(Object value, String path) {
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
   * An enum constant, from the constant itself or its name.
   *
   * @param type the enum class, whose simple name appears in the error
   */
  public static <E extends Enum<E>> E constant(Class<E> type, Object value, String path) {
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

  /** A map with string keys, for a nested value; the same map, not a copy. */
  @SuppressWarnings("unchecked")
  public static Map<String, ?> object(Object value, String path) {
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
   */
  public static Map<String, String> stringMap(Object value, String path) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof Map)) {
      throw wrongType(path, "an object of strings", value);
    }
    Map<?, ?> map = (Map<?, ?>) value;
    Map<String, String> copy = new LinkedHashMap<>(Math.max(4, map.size() * 4 / 3 + 1));
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String)) {
        throw new StateValidationException(path, "has a key that is not a string: " + entry.getKey());
      }
      String key = (String) entry.getKey();
      Object item = entry.getValue();
      if (item == null) {
        throw new StateValidationException(child(path, key), "must not be null");
      }
      copy.put(key, string(item, child(path, key)));
    }
    return Collections.unmodifiableMap(copy);
  }

  /** An unmodifiable copy of a list of strings; no null elements. */
  public static List<String> stringList(Object value, String path) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof List)) {
      throw wrongType(path, "a list of strings", value);
    }
    List<?> list = (List<?>) value;
    List<String> copy = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      if (item == null) {
        throw new StateValidationException(child(path, i), "must not be null");
      }
      copy.add(string(item, child(path, i)));
    }
    return Collections.unmodifiableList(copy);
  }

  /**
   * Runs {@code reader} on a nested value, re-throwing its problems with {@code path} in front, so
   * a bad details field reads {@code state_details.flow_run_id}.
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
   */
  public static Map<String, Object> overlay(Map<String, Object> base, Map<String, ?> over) {
    Map<String, Object> merged = new LinkedHashMap<>(base);
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

  private static StateValidationException wrongType(String path, String expected, Object value) {
    return new StateValidationException(path, "expected " + expected + ", got "
        + value.getClass().getSimpleName() + " " + value);
  }
}
