package dev.statespec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

  private static final String PATH = "state_details.some_field";

  enum Color { RED, GREEN, BLUE }

  /** Asserts {@code call} fails with the given path and a problem containing every fragment. */
  private static StateValidationException assertInvalid(String path, Executable call, String... fragments) {
    StateValidationException e = assertThrows(StateValidationException.class, call);
    assertEquals(path, e.path(), "path of: " + e.getMessage());
    assertEquals(path.isEmpty() ? e.problem() : path + ": " + e.problem(), e.getMessage());
    for (String fragment : fragments) {
      assertTrue(e.problem().contains(fragment), "problem '" + e.problem() + "' names '" + fragment + "'");
    }
    return e;
  }

  @Nested
  class UuidValues {
    private final UUID expected = UUID.fromString("0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b");

    @Test
    void nullPassesThrough() {
      assertNull(Values.uuid(null, PATH));
    }

    @Test
    void uuidIsReturnedAsIs() {
      assertSame(expected, Values.uuid(expected, PATH));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
        "0190A1B2-C3D4-7E5F-8A6B-7C8D9E0F1A2B",
        "0190a1b2c3d47e5f8a6b7c8d9e0f1a2b", // as Python's uuid.hex prints it
        "0190A1B2C3D47E5F8A6B7C8D9E0F1A2B"})
    void textForms(String text) {
      assertEquals(expected, Values.uuid(text, PATH));
    }

    @Test
    void anyVersionIsAccepted() {
      UUID v4 = UUID.randomUUID();
      assertEquals(v4, Values.uuid(v4.toString(), PATH));
      assertEquals(new UUID(0, 0), Values.uuid("00000000-0000-0000-0000-000000000000", PATH));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "not-a-uuid", "1234",
        "1-2-3-4-5", // java.util.UUID.fromString would take this
        "0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2", // one digit short
        "0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2bc", // one digit long
        "0190a1b2c3d47e5f8a6b7c8d9e0f1a2", // 31 hex digits
        "0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2g", // not hex
        "0190a1b2c3d4-7e5f-8a6b-7c8d9e0f1a2b", // a dash missing
        "0190a1b2-c3d47e5f-8a6b-7c8d-9e0f1a2b"}) // dashes in the wrong place
    void malformedTextIsRejected(String text) {
      assertInvalid(PATH, () -> Values.uuid(text, PATH), "'" + text + "'", "not a valid UUID");
    }

    @Test
    void otherTypesAreRejected() {
      assertInvalid(PATH, () -> Values.uuid(42, PATH), "expected a UUID", "Integer", "42");
      assertInvalid("id", () -> Values.uuid(new byte[16], "id"), "expected a UUID");
    }
  }

  @Nested
  class Instants {
    private final Instant noon = Instant.parse("2024-01-01T12:00:00Z");

    @Test
    void nullPassesThrough() {
      assertNull(Values.instant(null, PATH));
    }

    @Test
    void instantIsReturnedAsIs() {
      assertSame(noon, Values.instant(noon, PATH));
    }

    @Test
    void dateTimeObjects() {
      assertEquals(noon, Values.instant(OffsetDateTime.of(2024, 1, 1, 14, 0, 0, 0, ZoneOffset.ofHours(2)), PATH));
      assertEquals(noon, Values.instant(ZonedDateTime.of(2024, 1, 1, 13, 0, 0, 0, ZoneId.of("Europe/Paris")), PATH));
      assertEquals(noon, Values.instant(LocalDateTime.of(2024, 1, 1, 12, 0), PATH), "naive date-times are UTC");
      assertEquals(noon, Values.instant(Date.from(noon), PATH));
    }

    @Test
    void jdbcTimestampKeepsItsNanoseconds() {
      Instant precise = Instant.parse("2024-01-01T12:00:00.123456789Z");
      assertEquals(precise, Values.instant(Timestamp.from(precise), PATH));
    }

    static Stream<Arguments> epochSeconds() {
      return Stream.of(
          Arguments.of(0, "1970-01-01T00:00:00Z"),
          Arguments.of(1704110400, "2024-01-01T12:00:00Z"),
          Arguments.of(1704110400L, "2024-01-01T12:00:00Z"),
          Arguments.of(BigInteger.valueOf(1704110400L), "2024-01-01T12:00:00Z"),
          Arguments.of(1704110400.5, "2024-01-01T12:00:00.500Z"),
          Arguments.of(1.5f, "1970-01-01T00:00:01.500Z"),
          Arguments.of(new BigDecimal("1704110400.123456789"), "2024-01-01T12:00:00.123456789Z"),
          Arguments.of(new BigDecimal("1704110400.000001"), "2024-01-01T12:00:00.000001Z"),
          Arguments.of(-1, "1969-12-31T23:59:59Z"),
          Arguments.of(-1.5, "1969-12-31T23:59:58.500Z"),
          Arguments.of(new BigDecimal("-0.25"), "1969-12-31T23:59:59.750Z"));
    }

    @ParameterizedTest
    @MethodSource("epochSeconds")
    void numbersAreSecondsSinceTheEpoch(Number seconds, String expected) {
      assertEquals(Instant.parse(expected), Values.instant(seconds, PATH));
    }

    static Stream<Arguments> isoTexts() {
      return Stream.of(
          Arguments.of("2024-01-01T12:00:00Z", "2024-01-01T12:00:00Z"),
          Arguments.of("2024-01-01T12:00:00+00:00", "2024-01-01T12:00:00Z"),
          Arguments.of("2024-01-01T14:00:00+02:00", "2024-01-01T12:00:00Z"),
          Arguments.of("2024-01-01T07:00:00-05:00", "2024-01-01T12:00:00Z"),
          Arguments.of("2024-01-01T12:00:00", "2024-01-01T12:00:00Z"), // no offset: UTC
          Arguments.of("2024-01-01 12:00:00", "2024-01-01T12:00:00Z"), // as str(datetime) prints it
          Arguments.of("2024-01-01 12:00:00+00:00", "2024-01-01T12:00:00Z"),
          Arguments.of("2024-01-01 14:00:00.5+02:00", "2024-01-01T12:00:00.500Z"),
          Arguments.of("2024-01-01T12:00:00.123456Z", "2024-01-01T12:00:00.123456Z"),
          Arguments.of("2024-01-01T12:00:00.123456789Z", "2024-01-01T12:00:00.123456789Z"),
          Arguments.of("2024-01-01T12:00Z", "2024-01-01T12:00:00Z"),
          Arguments.of("2023-12-31T23:30:00-12:30", "2024-01-01T12:00:00Z"), // crosses the date line
          Arguments.of("  2024-01-01T12:00:00Z  ", "2024-01-01T12:00:00Z"));
    }

    @ParameterizedTest
    @MethodSource("isoTexts")
    void isoText(String text, String expected) {
      assertEquals(Instant.parse(expected), Values.instant(text, PATH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2024-13-01T00:00:00Z", "2024-02-30T00:00:00Z",
        "2024-01-01T25:00:00Z", "2024/01/01 12:00:00", "2024-01-01T12:00:00+25:00", "12:00:00"})
    void malformedTextIsRejected(String text) {
      StateValidationException e =
          assertInvalid(PATH, () -> Values.instant(text, PATH), "'" + text + "'", "ISO-8601");
      // No cause: Jackson would report it in place of this exception and lose the path.
      assertNull(e.getCause());
    }

    @Test
    void nonFiniteNumbersAreRejected() {
      assertInvalid(PATH, () -> Values.instant(Double.NaN, PATH));
      assertInvalid(PATH, () -> Values.instant(Double.POSITIVE_INFINITY, PATH));
      assertInvalid(PATH, () -> Values.instant(Float.NaN, PATH));
      assertInvalid(PATH, () -> Values.instant(Float.NEGATIVE_INFINITY, PATH));
    }

    @Test
    void numbersBeyondTheRangeOfInstantAreRejected() {
      assertInvalid(PATH, () -> Values.instant(1e300, PATH), "out of range");
      assertInvalid(PATH, () -> Values.instant(1e19, PATH), "out of range"); // past Long.MAX_VALUE
      assertInvalid(PATH, () -> Values.instant(Long.MAX_VALUE, PATH), "out of range");
      assertInvalid(PATH, () -> Values.instant(new BigDecimal("-1e40"), PATH), "out of range");
    }

    @Test
    void otherTypesAreRejected() {
      assertInvalid(PATH, () -> Values.instant(true, PATH), "expected a date-time", "Boolean", "true");
      assertInvalid(PATH, () -> Values.instant(LocalDate.of(2024, 1, 1), PATH), "expected a date-time", "LocalDate");
      assertInvalid(PATH, () -> Values.instant(List.of(), PATH), "expected a date-time");
    }
  }

  @Nested
  class Strings {
    @Test
    void stringsPassThrough() {
      assertNull(Values.string(null, PATH));
      assertEquals("", Values.string("", PATH));
      assertEquals(" x ", Values.string(" x ", PATH), "not trimmed");
    }

    @Test
    void otherTypesAreNotConverted() {
      assertInvalid(PATH, () -> Values.string(5, PATH), "expected a string", "Integer", "5");
      assertInvalid(PATH, () -> Values.string(true, PATH), "expected a string", "Boolean");
      assertInvalid(PATH, () -> Values.string(UUID.randomUUID(), PATH), "expected a string", "UUID");
      assertInvalid(PATH, () -> Values.string(new StringBuilder("x"), PATH), "expected a string");
    }
  }

  @Nested
  class Booleans {
    @Test
    void nullAndBooleansPassThrough() {
      assertNull(Values.bool(null, PATH));
      assertEquals(Boolean.TRUE, Values.bool(true, PATH));
      assertEquals(Boolean.FALSE, Values.bool(false, PATH));
    }

    @Test
    void zeroAndOne() {
      assertEquals(Boolean.TRUE, Values.bool(1, PATH));
      assertEquals(Boolean.FALSE, Values.bool(0, PATH));
      assertEquals(Boolean.TRUE, Values.bool(1L, PATH));
      assertEquals(Boolean.FALSE, Values.bool((short) 0, PATH));
      assertEquals(Boolean.TRUE, Values.bool(1.0, PATH));
      assertEquals(Boolean.FALSE, Values.bool(0.0, PATH));
      assertEquals(Boolean.TRUE, Values.bool(BigInteger.ONE, PATH));
      assertEquals(Boolean.TRUE, Values.bool(new BigDecimal("1.00"), PATH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", "True", "1", "yes", "Yes", "on", "ON", "t", "T", "y", "Y"})
    void trueTexts(String text) {
      assertEquals(Boolean.TRUE, Values.bool(text, PATH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "FALSE", "False", "0", "no", "No", "off", "OFF", "f", "F", "n", "N"})
    void falseTexts(String text) {
      assertEquals(Boolean.FALSE, Values.bool(text, PATH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "maybe", "2", "-1", "tru", "yess", "1.0", "none"})
    void otherTextsAreRejected(String text) {
      assertInvalid(PATH, () -> Values.bool(text, PATH), "'" + text + "'", "not a valid boolean");
    }

    @Test
    void otherNumbersAreRejected() {
      assertInvalid(PATH, () -> Values.bool(2, PATH), "expected a boolean", "2");
      assertInvalid(PATH, () -> Values.bool(-1L, PATH), "expected a boolean");
      assertInvalid(PATH, () -> Values.bool(0.5, PATH), "expected a boolean");
      assertInvalid(PATH, () -> Values.bool(Double.NaN, PATH), "expected a boolean");
      assertInvalid(PATH, () -> Values.bool(new BigDecimal("1.5"), PATH), "expected a boolean");
    }

    @Test
    void bigNumbersDoNotWrapToZeroOrOne() {
      BigInteger twoTo64 = BigInteger.ONE.shiftLeft(64);
      assertInvalid(PATH, () -> Values.bool(twoTo64, PATH), "expected a boolean");
      assertInvalid(PATH, () -> Values.bool(twoTo64.add(BigInteger.ONE), PATH), "expected a boolean");
      assertInvalid(PATH, () -> Values.bool(new BigDecimal(twoTo64).add(BigDecimal.ONE), PATH), "expected a boolean");
      assertInvalid(PATH, () -> Values.bool(1e20, PATH), "expected a boolean");
    }

    @Test
    void otherTypesAreRejected() {
      assertInvalid(PATH, () -> Values.bool(List.of(true), PATH), "expected a boolean");
      assertInvalid(PATH, () -> Values.bool('t', PATH), "expected a boolean", "Character");
    }
  }

  @Nested
  class Integers {
    @Test
    void nullPassesThrough() {
      assertNull(Values.integer(null, PATH));
      assertNull(Values.longValue(null, PATH));
    }

    static Stream<Arguments> wholeNumbers() {
      return Stream.of(
          Arguments.of(42, 42L), Arguments.of(42L, 42L), Arguments.of((short) -3, -3L), Arguments.of((byte) 7, 7L),
          Arguments.of(BigInteger.valueOf(5), 5L), Arguments.of(3.0, 3L), Arguments.of(-2.0f, -2L),
          Arguments.of(new BigDecimal("3.00"), 3L), Arguments.of(new AtomicLong(9), 9L),
          Arguments.of("42", 42L), Arguments.of("-7", -7L), Arguments.of("+8", 8L), Arguments.of("0", 0L),
          Arguments.of(" 12 ", 12L),
          Arguments.of(Integer.MAX_VALUE, (long) Integer.MAX_VALUE),
          Arguments.of(Integer.MIN_VALUE, (long) Integer.MIN_VALUE));
    }

    @ParameterizedTest
    @MethodSource("wholeNumbers")
    void acceptsWholeNumbersAndTheirText(Object input, long expected) {
      assertEquals(Long.valueOf(expected), Values.longValue(input, PATH));
      assertEquals(Integer.valueOf((int) expected), Values.integer(input, PATH));
    }

    @Test
    void longRange() {
      assertEquals(Long.MAX_VALUE, Values.longValue(Long.MAX_VALUE, PATH));
      assertEquals(Long.MIN_VALUE, Values.longValue(String.valueOf(Long.MIN_VALUE), PATH));
      assertEquals(1_000_000_000_000_000_000L, Values.longValue(1e18, PATH));
      assertEquals(Long.MAX_VALUE, Values.longValue(BigInteger.valueOf(Long.MAX_VALUE), PATH));
      assertInvalid(PATH, () -> Values.longValue(BigInteger.ONE.shiftLeft(63), PATH), "not a whole number in range");
      assertInvalid(PATH, () -> Values.longValue(1e19, PATH), "not a whole number in range");
      assertInvalid(PATH, () -> Values.longValue("9223372036854775808", PATH), "'9223372036854775808'",
          "not a valid integer");
    }

    @Test
    void intRange() {
      assertInvalid(PATH, () -> Values.integer(2_147_483_648L, PATH), "2147483648 is out of range for an int");
      assertInvalid(PATH, () -> Values.integer(-2_147_483_649L, PATH), "out of range for an int");
      assertInvalid(PATH, () -> Values.integer("3000000000", PATH), "out of range for an int");
      assertInvalid(PATH, () -> Values.integer(3e9, PATH), "out of range for an int");
    }

    @Test
    void fractionsAreRejected() {
      assertInvalid(PATH, () -> Values.integer(1.5, PATH), "1.5", "not a whole number");
      assertInvalid(PATH, () -> Values.longValue(new BigDecimal("0.1"), PATH), "not a whole number");
      assertInvalid(PATH, () -> Values.integer(Double.NaN, PATH), "NaN");
      assertInvalid(PATH, () -> Values.integer(Float.NaN, PATH), "NaN");
      assertInvalid(PATH, () -> Values.longValue(Double.POSITIVE_INFINITY, PATH), "Infinity");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1.5", "1e3", "0x10", "12abc", "--1"})
    void malformedTextIsRejected(String text) {
      assertInvalid(PATH, () -> Values.integer(text, PATH), "'" + text + "'", "not a valid integer");
      assertInvalid(PATH, () -> Values.longValue(text, PATH), "'" + text + "'", "not a valid integer");
    }

    @Test
    void otherTypesAreRejected() {
      assertInvalid(PATH, () -> Values.integer(true, PATH), "expected an integer", "Boolean", "true");
      assertInvalid(PATH, () -> Values.longValue(List.of(1), PATH), "expected an integer");
    }
  }

  @Nested
  class Constants {
    @Test
    void constantsAndTheirNames() {
      assertNull(Values.constant(Color.class, null, PATH));
      assertSame(Color.GREEN, Values.constant(Color.class, Color.GREEN, PATH));
      assertSame(Color.BLUE, Values.constant(Color.class, "BLUE", PATH));
    }

    @Test
    void unknownNameIsRejectedListingTheAllowedValues() {
      StateValidationException e = assertInvalid(PATH, () -> Values.constant(Color.class, "PURPLE", PATH),
          "'PURPLE' is not a valid Color");
      assertTrue(e.problem().endsWith("expected one of RED, GREEN, BLUE"), e.problem());
    }

    @Test
    void namesAreCaseSensitive() {
      assertInvalid("type", () -> Values.constant(Color.class, "green", "type"), "'green'", "RED, GREEN, BLUE");
      assertInvalid("type", () -> Values.constant(Color.class, " GREEN", "type"), "' GREEN'");
    }

    @Test
    void otherTypesAreRejected() {
      assertInvalid(PATH, () -> Values.constant(Color.class, 1, PATH), "expected a Color name", "Integer");
      assertInvalid(PATH, () -> Values.constant(Color.class, TimeUnit.SECONDS, PATH), "expected a Color name",
          "TimeUnit");
    }
  }

  @Nested
  class ObjectMaps {
    @Test
    void mapsWithStringKeysAreReturnedAsIs() {
      assertNull(Values.object(null, PATH));
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("a", 1);
      map.put("b", null);
      assertSame(map, Values.object(map, PATH));
      Map<String, ?> empty = Map.of();
      assertSame(empty, Values.object(empty, PATH));
    }

    @Test
    void nonStringKeysAreRejected() {
      Map<Object, Object> map = new HashMap<>();
      map.put("a", 1);
      map.put(7, 2);
      assertInvalid(PATH, () -> Values.object(map, PATH), "key that is not a string", "7");
      Map<Object, Object> nullKey = new HashMap<>();
      nullKey.put(null, 1);
      assertInvalid(PATH, () -> Values.object(nullKey, PATH), "key that is not a string", "null");
    }

    @Test
    void otherTypesAreRejected() {
      assertInvalid(PATH, () -> Values.object(List.of(), PATH), "expected an object");
      assertInvalid(PATH, () -> Values.object("{}", PATH), "expected an object", "String");
    }
  }

  @Nested
  class StringMaps {
    @Test
    void nullPassesThrough() {
      assertNull(Values.stringMap(null, PATH));
    }

    @Test
    void copyKeepsOrderAndIsUnmodifiableAndIndependent() {
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("zeta", "1");
      source.put("alpha", "2");
      source.put("mid", "");
      Map<String, String> copy = Values.stringMap(source, PATH);

      assertEquals(List.of("zeta", "alpha", "mid"), new ArrayList<>(copy.keySet()));
      assertEquals(Map.of("zeta", "1", "alpha", "2", "mid", ""), copy);
      assertThrows(UnsupportedOperationException.class, () -> copy.put("x", "y"));
      assertThrows(UnsupportedOperationException.class, () -> copy.remove("zeta"));
      assertThrows(UnsupportedOperationException.class, copy::clear);

      source.put("later", "3");
      source.put("zeta", "changed");
      assertEquals(Map.of("zeta", "1", "alpha", "2", "mid", ""), copy, "a copy, not a view");
    }

    @Test
    void manyEntriesKeepTheirOrder() {
      Map<String, String> source = new LinkedHashMap<>();
      for (int i = 100; i > 0; i--) {
        source.put("k" + i, "v" + i);
      }
      assertEquals(new ArrayList<>(source.entrySet()), new ArrayList<>(Values.stringMap(source, PATH).entrySet()));
    }

    @Test
    void emptyMap() {
      assertEquals(Map.of(), Values.stringMap(new HashMap<>(), PATH));
    }

    @Test
    void nullValueIsRejectedAtItsKey() {
      Map<String, String> source = new LinkedHashMap<>();
      source.put("ok", "1");
      source.put("key", null);
      assertInvalid("p.key", () -> Values.stringMap(source, "p"), "must not be null");
    }

    @Test
    void nonStringValueIsRejectedAtItsKey() {
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("ok", "1");
      source.put("count", 3);
      assertInvalid("run_input_keyset.count", () -> Values.stringMap(source, "run_input_keyset"),
          "expected a string", "Integer");
    }

    @Test
    void nonStringKeyIsRejected() {
      Map<Object, String> source = new LinkedHashMap<>();
      source.put(1, "one");
      assertInvalid("p", () -> Values.stringMap(source, "p"), "key that is not a string", "1");
    }

    @Test
    void otherTypesAreRejected() {
      assertInvalid("p", () -> Values.stringMap(List.of("a"), "p"), "expected an object of strings");
      assertInvalid("p", () -> Values.stringMap("a=b", "p"), "expected an object of strings");
    }

    @Test
    void atTheTopLevelTheKeyIsThePath() {
      Map<String, String> source = new HashMap<>();
      source.put("key", null);
      assertInvalid("key", () -> Values.stringMap(source, ""), "must not be null");
    }
  }

  @Nested
  class StringLists {
    @Test
    void nullPassesThrough() {
      assertNull(Values.stringList(null, PATH));
    }

    @Test
    void copyKeepsOrderAndIsUnmodifiableAndIndependent() {
      List<Object> source = new ArrayList<>(List.of("c", "a", "b", "a"));
      List<String> copy = Values.stringList(source, PATH);
      assertEquals(List.of("c", "a", "b", "a"), copy);
      assertThrows(UnsupportedOperationException.class, () -> copy.add("x"));
      assertThrows(UnsupportedOperationException.class, () -> copy.set(0, "x"));
      assertThrows(UnsupportedOperationException.class, () -> copy.remove(0));
      source.set(0, "changed");
      source.add("more");
      assertEquals(List.of("c", "a", "b", "a"), copy, "a copy, not a view");
      assertEquals(List.of(), Values.stringList(List.of(), PATH));
    }

    @Test
    void nullElementIsRejectedAtItsIndex() {
      List<String> source = Arrays.asList("a", "b", "c", null, "e");
      assertInvalid("p.3", () -> Values.stringList(source, "p"), "must not be null");
    }

    @Test
    void nonStringElementIsRejectedAtItsIndex() {
      List<Object> source = List.of("a", 2, "c");
      assertInvalid("tags.1", () -> Values.stringList(source, "tags"), "expected a string", "Integer");
    }

    @Test
    void otherTypesAreRejected() {
      assertInvalid("p", () -> Values.stringList("abc", "p"), "expected a list of strings", "String");
      assertInvalid("p", () -> Values.stringList(Map.of(), "p"), "expected a list of strings");
      assertInvalid("p", () -> Values.stringList(new LinkedHashSet<>(List.of("a")), "p"), "expected a list of strings");
    }

    @Test
    void atTheTopLevelTheIndexIsThePath() {
      assertInvalid("0", () -> Values.stringList(Arrays.asList((String) null), ""), "must not be null");
    }
  }

  @Nested
  class NestedPaths {
    @Test
    void returnsTheReadersValue() {
      assertEquals("x", Values.nested("outer", () -> Values.string("x", "inner")));
      assertNull(Values.nested("outer", () -> null));
    }

    @Test
    void prefixesTheProblemsPath() {
      StateValidationException e = assertInvalid("state_details.flow_run_id",
          () -> Values.nested("state_details", () -> Values.uuid("nope", "flow_run_id")),
          "'nope' is not a valid UUID");
      assertEquals("state_details.flow_run_id: 'nope' is not a valid UUID", e.getMessage());
    }

    @Test
    void nestsRepeatedlyAndThroughCollections() {
      Map<String, Object> keyset = new LinkedHashMap<>();
      keyset.put("k", null);
      assertInvalid("a.b.run_input_keyset.k",
          () -> Values.nested("a", () -> Values.nested("b", () -> Values.stringMap(keyset, "run_input_keyset"))),
          "must not be null");
    }

    @Test
    void aProblemWithTheWholeNestedValueTakesTheParentsPath() {
      assertInvalid("state_details",
          () -> Values.nested("state_details", () -> { throw new StateValidationException("", "bad details"); }),
          "bad details");
    }

    @Test
    void carriesNoCauseThatCouldHideThePath() {
      StateValidationException e = assertInvalid("details.scheduled_time",
          () -> Values.nested("details", () -> Values.instant("soon", "scheduled_time")), "ISO-8601");
      assertNull(e.getCause());
    }

    @Test
    void otherExceptionsPassThroughUnchanged() {
      IllegalStateException boom = new IllegalStateException("boom");
      assertSame(boom, assertThrows(IllegalStateException.class, () -> Values.nested("x", () -> { throw boom; })));
    }
  }

  /** The formatter-free reading of common timestamps agrees with java.time's own parsing. */
  @Nested
  class CommonInstantShapes {

    @Test
    void agreeWithJavaTimeOnRandomInstantsOffsetsAndFractions() {
      java.util.SplittableRandom random = new java.util.SplittableRandom(20241125);
      String[] offsets = {"Z", "+00:00", "-00:00", "+02:00", "-05:30", "+14:00", "-18:00", ""};
      for (int i = 0; i < 20_000; i++) {
        Instant instant = Instant.ofEpochSecond(random.nextLong(-62_135_596_800L, 253_402_300_799L),
            random.nextInt(1_000_000_000));
        String offset = offsets[random.nextInt(offsets.length)];
        java.time.ZoneOffset zone = offset.isEmpty() || offset.equals("Z") ? java.time.ZoneOffset.UTC
            : java.time.ZoneOffset.of(offset);
        int fraction = random.nextInt(10); // 0 to 9 digits
        String local = instant.atOffset(zone).toLocalDateTime()
            .format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss"));
        String nanos = String.format("%09d", instant.getNano()).substring(0, fraction);
        String text = local + (fraction > 0 ? "." + nanos : "") + offset;
        Instant expected = java.time.LocalDateTime.parse(local + (fraction > 0 ? "." + nanos : ""))
            .toInstant(zone);
        assertEquals(expected, Values.instant(text, PATH), text);
        assertEquals(expected, Values.instant(text.replace('T', ' '), PATH), text);
      }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30T00:00:00Z", "2023-02-29T00:00:00Z", "2024-04-31T00:00:00Z",
        "2024-01-01T24:00:00Z", "2024-01-01T23:60:00Z", "2024-01-01T23:59:60Z", "2024-00-01T00:00:00Z",
        "2024-01-01T00:00:00.1234567890Z", "2024-01-01T00:00:00+19:00",
        "2024-01-01T00:00:00+02:60", "2024-01-01T00:00:00+0200x", "2024-01-01T00:00:00ZZ", "2024-01-01X00:00:00Z",
        "2024-1-01T00:00:00Z", "２０２４-01-01T00:00:00Z"})
    void refuseWhatJavaTimeRefuses(String text) {
      assertThrows(StateValidationException.class, () -> Values.instant(text, PATH), text);
    }

    @Test
    void leapYearsAndMonthEndsAreRead() {
      assertEquals(Instant.parse("2024-02-29T12:00:00Z"), Values.instant("2024-02-29T12:00:00Z", PATH));
      assertEquals(Instant.parse("2000-02-29T00:00:00Z"), Values.instant("2000-02-29T00:00:00", PATH));
      assertEquals(Instant.parse("2023-12-31T22:00:00Z"), Values.instant("2024-01-01T00:00:00+02:00", PATH));
    }

    @Test
    void uuidTextIsReadByHandExactlyAsUuidFromString() {
      java.util.SplittableRandom random = new java.util.SplittableRandom(7);
      for (int i = 0; i < 10_000; i++) {
        UUID uuid = new UUID(random.nextLong(), random.nextLong());
        assertEquals(uuid, Values.uuid(uuid.toString(), PATH));
        assertEquals(uuid, Values.uuid(uuid.toString().toUpperCase(java.util.Locale.ROOT), PATH));
        assertEquals(uuid, Values.uuid(uuid.toString().replace("-", ""), PATH));
      }
      for (String bad : List.of("0191e4f8-6d3a-7c2e-9b1a-3f2d4c5b6a7", "0191e4f8-6d3a-7c2e-9b1a_3f2d4c5b6a79",
          "0191e4f86d3a7c2e9b1a3f2d4c5b6a7g", "0191e4f8-6d3a-7c2e-9b1a-3f2d4c5b6a7９", "+191e4f8-6d3a-7c2e-9b1a-3f2d4c5b6a79")) {
        assertThrows(StateValidationException.class, () -> Values.uuid(bad, PATH), bad);
      }
    }
  }
}
