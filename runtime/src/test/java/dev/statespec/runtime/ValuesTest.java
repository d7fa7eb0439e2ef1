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

  @Nested
  class InstantRange {
    private static final String BEYOND = "outside the years 1 to 9999 that ISO-8601 text can carry";

    @Test
    void textThatIsAnotherYearInUtcIsRejectedWithWhatItIs() {
      StateValidationException e = assertInvalid(PATH,
          () -> Values.instant("+999999999-12-31T23:59:59-18:00", PATH));
      assertEquals("'+999999999-12-31T23:59:59-18:00' is +1000000000-01-01T17:59:59Z in UTC, which is " + BEYOND,
          e.problem());
      assertNull(e.getCause());
      assertInvalid(PATH, () -> Values.instant("-999999999-01-01T00:00:00+18:00", PATH), BEYOND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00Z", "0001-01-01T00:00:00", "0001-01-01 00:00:00.000001Z",
        "0000-12-31T23:00:00-01:00", "9999-12-31T23:59:59.999999999Z", "9999-12-31T23:59:59",
        "+10000-01-01T00:30:00+01:00"})
    void theFirstAndLastSecondsOfTheRangeAreRead(String text) {
      Instant read = Values.instant(text, PATH);
      int year = read.atOffset(ZoneOffset.UTC).getYear();
      assertTrue(year == 1 || year == 9999, text + " -> " + read);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-12-31T23:59:59Z", "0000-12-31T23:59:59.999999999", "0001-01-01T00:00:00+00:01",
        "0001-01-01 00:30:00+01:00", "9999-12-31T23:59:59-00:01", "+10000-01-01T00:00:00Z",
        "-0001-06-01T00:00:00Z", "+999999999-12-31T23:59:59Z"})
    void textOutsideTheRangeIsRejected(String text) {
      StateValidationException e = assertInvalid(PATH, () -> Values.instant(text, PATH), "'" + text + "' is ",
          " in UTC, which is " + BEYOND);
      assertNull(e.getCause());
    }

    @Test
    void instantsOutsideTheRangeAreRejectedAsThemselves() {
      StateValidationException max = assertInvalid(PATH, () -> Values.instant(Instant.MAX, PATH));
      assertEquals("+1000000000-12-31T23:59:59.999999999Z is " + BEYOND, max.problem());
      assertInvalid(PATH, () -> Values.instant(Instant.MIN, PATH), "-1000000000-01-01T00:00:00Z is " + BEYOND);
      assertInvalid(PATH, () -> Values.instant(Instant.parse("0000-12-31T23:59:59.999999999Z"), PATH), BEYOND);
      assertInvalid(PATH, () -> Values.instant(Instant.parse("+10000-01-01T00:00:00Z"), PATH), BEYOND);
      Instant last = Instant.parse("9999-12-31T23:59:59.999999999Z");
      assertSame(last, Values.instant(last, PATH));
      Instant first = Instant.parse("0001-01-01T00:00:00Z");
      assertSame(first, Values.instant(first, PATH));
    }

    @Test
    void dateTimeObjectsOutsideTheRangeAreRejected() {
      OffsetDateTime early = OffsetDateTime.of(1, 1, 1, 0, 30, 0, 0, ZoneOffset.ofHours(1));
      StateValidationException e = assertInvalid(PATH, () -> Values.instant(early, PATH));
      assertEquals("0001-01-01T00:30+01:00 is 0000-12-31T23:30:00Z in UTC, which is " + BEYOND, e.problem());
      assertInvalid(PATH, () -> Values.instant(LocalDateTime.of(10_000, 1, 1, 0, 0), PATH), BEYOND);
      assertInvalid(PATH, () -> Values.instant(LocalDateTime.of(0, 12, 31, 23, 59), PATH), BEYOND);
      assertInvalid(PATH,
          () -> Values.instant(ZonedDateTime.of(9999, 12, 31, 23, 0, 0, 0, ZoneId.of("America/New_York")), PATH),
          BEYOND);
      assertInvalid(PATH, () -> Values.instant(new Date(Long.MIN_VALUE), PATH), BEYOND);
      assertInvalid(PATH, () -> Values.instant(new Date(Long.MAX_VALUE), PATH), BEYOND);
      assertEquals(Instant.parse("9999-12-31T23:59:59.999Z"),
          Values.instant(Date.from(Instant.parse("9999-12-31T23:59:59.999Z")), PATH));
    }

    @Test
    void secondsSinceTheEpochOutsideTheRangeAreRejected() {
      StateValidationException e = assertInvalid(PATH, () -> Values.instant(253_402_300_800L, PATH));
      assertEquals("253402300800 seconds since the epoch is +10000-01-01T00:00:00Z in UTC, which is " + BEYOND,
          e.problem());
      assertInvalid(PATH, () -> Values.instant(-62_135_596_801L, PATH), "-62135596801 seconds since the epoch",
          BEYOND);
      assertInvalid(PATH, () -> Values.instant(1e16, PATH), BEYOND);
      assertInvalid(PATH, () -> Values.instant(new BigDecimal("-62135596800.5"), PATH), BEYOND);
      assertEquals(Instant.parse("9999-12-31T23:59:59.5Z"), Values.instant(253_402_300_799.5, PATH));
      assertEquals(Instant.parse("0001-01-01T00:00:00Z"), Values.instant(-62_135_596_800L, PATH));
    }

    @Test
    void nestedPathsAreKept() {
      assertInvalid("state_details.scheduled_time", () -> Values.nested("state_details",
          () -> Values.instant("+12345-01-01T00:00:00Z", "scheduled_time")), BEYOND);
    }
  }

  @Nested
  class Doubles {
    @Test
    void nullAndDoublesPassThrough() {
      assertNull(Values.doubleValue(null, PATH));
      Double boxed = 1.25;
      assertSame(boxed, Values.doubleValue(boxed, PATH));
      assertTrue(Values.doubleValue(Double.NaN, PATH).isNaN());
      assertEquals(Double.POSITIVE_INFINITY, Values.doubleValue(Double.POSITIVE_INFINITY, PATH));
      assertEquals(Double.NEGATIVE_INFINITY, Values.doubleValue(Double.NEGATIVE_INFINITY, PATH));
      assertEquals(-0.0, Values.doubleValue(-0.0, PATH));
    }

    static Stream<Arguments> numbers() {
      return Stream.of(
          Arguments.of(42, 42.0), Arguments.of(-42L, -42.0), Arguments.of((short) 3, 3.0),
          Arguments.of((byte) -7, -7.0),
          Arguments.of(BigInteger.TEN.pow(20), 1e20), Arguments.of(new BigDecimal("1.5"), 1.5),
          Arguments.of(1.5f, 1.5), Arguments.of(1.1f, (double) 1.1f), // a float's own value, widened
          Arguments.of(new AtomicLong(9), 9.0),
          // Rounded to the nearest double, as pydantic's lax float does.
          Arguments.of(Long.MAX_VALUE, 9.223372036854775807e18),
          Arguments.of(9_007_199_254_740_993L, 9.007199254740992e15),
          Arguments.of(new BigDecimal("0.1000000000000000000001"), 0.1),
          Arguments.of(new BigDecimal("1e-400"), 0.0), // underflow rounds to zero
          Arguments.of(Float.NaN, Double.NaN), Arguments.of(Float.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY));
    }

    @ParameterizedTest
    @MethodSource("numbers")
    void numbersAreConverted(Number input, double expected) {
      assertEquals(Double.valueOf(expected), Values.doubleValue(input, PATH));
    }

    static Stream<Arguments> texts() {
      return Stream.of(
          Arguments.of("1.5", 1.5), Arguments.of("-2e3", -2000.0), Arguments.of("2E-3", 0.002),
          Arguments.of("+1.5", 1.5),
          Arguments.of("1e+2", 100.0), Arguments.of(".5", 0.5), Arguments.of("5.", 5.0), Arguments.of("0", 0.0),
          Arguments.of("-0", -0.0), Arguments.of("42", 42.0), Arguments.of(" 2.5 ", 2.5), Arguments.of("0.1", 0.1),
          Arguments.of("1.7976931348623157E308", Double.MAX_VALUE), Arguments.of("4.9E-324", Double.MIN_VALUE),
          Arguments.of("1e-400", 0.0), Arguments.of("00012.50", 12.5),
          Arguments.of("NaN", Double.NaN), Arguments.of("Infinity", Double.POSITIVE_INFINITY),
          Arguments.of("-Infinity", Double.NEGATIVE_INFINITY), Arguments.of(" NaN ", Double.NaN));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void decimalTextAndJacksonsNonFiniteSpellings(String text, double expected) {
      assertEquals(Double.valueOf(expected), Values.doubleValue(text, PATH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "1.5d", "1.5f", "0x10", "0x1p3", "1_000", "1,5", "inf", "-inf", "nan",
        "infinity", "+Infinity", "+NaN", "-NaN", "1e", "e5", ".", "-", "+", "1.2.3", "1e5.5", "1e+", "--1",
        "１", "1 000", "true"})
    void otherTextIsRejected(String text) {
      StateValidationException e = assertInvalid(PATH, () -> Values.doubleValue(text, PATH));
      assertEquals("'" + text + "' is not a valid number", e.problem());
    }

    @Test
    void finiteNumbersTooLargeForADoubleAreRejected() {
      assertInvalid(PATH, () -> Values.doubleValue(BigInteger.TEN.pow(400), PATH),
          "1" + "0".repeat(400) + " is out of range for a double");
      assertInvalid(PATH, () -> Values.doubleValue(new BigDecimal("-1e400"), PATH),
          "-1E+400 is out of range for a double");
      StateValidationException e = assertInvalid(PATH, () -> Values.doubleValue("1e999", PATH));
      assertEquals("'1e999' is out of range for a double", e.problem());
      assertInvalid(PATH, () -> Values.doubleValue("-1.8e308", PATH), "'-1.8e308' is out of range for a double");
    }

    @Test
    void booleansAndOtherTypesAreRejected() {
      StateValidationException e = assertInvalid(PATH, () -> Values.doubleValue(true, PATH));
      assertEquals("expected a number, got Boolean true", e.problem());
      assertInvalid(PATH, () -> Values.doubleValue(false, PATH), "expected a number", "Boolean");
      assertInvalid(PATH, () -> Values.doubleValue(List.of(1.0), PATH), "expected a number");
      assertInvalid(PATH, () -> Values.doubleValue('1', PATH), "expected a number", "Character");
      assertInvalid("", () -> Values.doubleValue(Map.of(), ""), "expected a number");
    }
  }

  @Nested
  class Decimals {
    @Test
    void nullAndDecimalsPassThrough() {
      assertNull(Values.decimal(null, PATH));
      BigDecimal decimal = new BigDecimal("1.50");
      assertSame(decimal, Values.decimal(decimal, PATH));
    }

    @Test
    void wholeNumbersAreExact() {
      assertEquals(new BigDecimal("42"), Values.decimal(42, PATH));
      assertEquals(new BigDecimal("9223372036854775807"), Values.decimal(Long.MAX_VALUE, PATH));
      assertEquals(new BigDecimal("-9223372036854775808"), Values.decimal(Long.MIN_VALUE, PATH));
      assertEquals(new BigDecimal("-3"), Values.decimal((short) -3, PATH));
      assertEquals(new BigDecimal("7"), Values.decimal((byte) 7, PATH));
      assertEquals(new BigDecimal("1267650600228229401496703205377"),
          Values.decimal(BigInteger.TWO.pow(100).add(BigInteger.ONE), PATH));
      assertEquals(new BigDecimal("9"), Values.decimal(new AtomicLong(9), PATH));
    }

    static Stream<Arguments> doubles() {
      // What BigDecimal.valueOf gives on Java 19 and later: Double.toString's shortest digits.
      return Stream.of(
          Arguments.of(0.1, "0.1"), Arguments.of(1.5, "1.5"), Arguments.of(1.0, "1.0"), Arguments.of(100.0, "100.0"),
          Arguments.of(-2.25, "-2.25"), Arguments.of(0.0, "0.0"), Arguments.of(-0.0, "0.0"),
          Arguments.of(0.1 + 0.2, "0.30000000000000004"), Arguments.of(1e22, "1.0E+22"), Arguments.of(0.002, "0.002"),
          Arguments.of(1e-5, "1.0E-5"), Arguments.of(1234567.0, "1234567.0"), Arguments.of(1e7, "1.0E+7"),
          // Java 17's Double.toString gives more digits than needed for these:
          Arguments.of(2e23, "2.0E+23"), Arguments.of(1e23, "1.0E+23"), Arguments.of(8.41e21, "8.41E+21"),
          Arguments.of(2.82879384806159e17, "2.82879384806159E+17"),
          Arguments.of(1.387364135037754e18, "1.387364135037754E+18"),
          Arguments.of(1.45800632428665e17, "1.45800632428665E+17"),
          Arguments.of(Double.MAX_VALUE, "1.7976931348623157E+308"), Arguments.of(Double.MIN_NORMAL,
              "2.2250738585072014E-308"),
          Arguments.of(9_007_199_254_740_993.0, "9007199254740992"),
          Arguments.of(2.1356851607756722e15, "2135685160775672.2"), // exactly ...72.25: a tie, to the even digit
          Arguments.of(1.5f, "1.5"), Arguments.of(1.1f, "1.100000023841858")); // a float is widened first
    }

    @ParameterizedTest
    @MethodSource("doubles")
    void doublesAreTheShortestDecimalThatReadsBack(Number input, String expected) {
      BigDecimal read = Values.decimal(input, PATH);
      assertEquals(new BigDecimal(expected), read, "scale too: " + read);
      assertTrue(input.doubleValue() == read.doubleValue(), "reads back (-0.0 as 0.0)");
    }

    @Test
    void randomDoublesAreTheShortestDecimalThatReadsBack() {
      java.util.SplittableRandom random = new java.util.SplittableRandom(2024);
      boolean modernToString = Runtime.version().feature() >= 19;
      int shortened = 0;
      for (int i = 0; i < 50_000; i++) {
        double number = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong())
            : random.nextDouble() * Math.pow(10, random.nextInt(-30, 30));
        if (!Double.isFinite(number) || Math.abs(number) < Double.MIN_NORMAL) {
          continue;
        }
        BigDecimal read = Values.decimal(number, PATH);
        assertEquals(number, read.doubleValue(), "reads back: " + number);
        BigDecimal shortest = shortestByRounding(number);
        assertEquals(0, shortest.compareTo(read), number + ": " + read + " vs " + shortest);
        BigDecimal valueOf = BigDecimal.valueOf(number);
        if (valueOf.precision() <= 15 || modernToString) {
          assertEquals(valueOf, read, "as BigDecimal.valueOf: " + number);
        } else if (valueOf.compareTo(read) != 0) {
          shortened++;
        }
      }
      if (!modernToString) {
        assertTrue(shortened > 0, "Java 17's Double.toString is not always shortest");
      }
    }

    /** The double rounded to the fewest significant digits that read back, ties to even. */
    private BigDecimal shortestByRounding(double number) {
      BigDecimal exact = new BigDecimal(number);
      for (int digits = 1; ; digits++) {
        BigDecimal rounded = exact.round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_EVEN));
        if (rounded.doubleValue() == number) {
          return rounded;
        }
      }
    }

    @Test
    void nonFiniteDoublesAreRejected() {
      StateValidationException e = assertInvalid(PATH, () -> Values.decimal(Double.NaN, PATH));
      assertEquals("NaN is not a decimal number", e.problem());
      assertInvalid(PATH, () -> Values.decimal(Double.POSITIVE_INFINITY, PATH), "Infinity is not a decimal number");
      StateValidationException negative = assertInvalid(PATH, () -> Values.decimal(Double.NEGATIVE_INFINITY, PATH));
      assertEquals("-Infinity is not a decimal number", negative.problem());
      assertInvalid(PATH, () -> Values.decimal(Float.NaN, PATH), "NaN is not a decimal number");
      assertInvalid(PATH, () -> Values.decimal(Float.POSITIVE_INFINITY, PATH), "Infinity is not a decimal number");
    }

    static Stream<Arguments> texts() {
      return Stream.of(
          Arguments.of("1.50", "1.50"), Arguments.of("-2e3", "-2E+3"), Arguments.of("+.5", "0.5"),
          Arguments.of(" 3 ", "3"),
          Arguments.of("0.1000000000000000055511151231257827", "0.1000000000000000055511151231257827"),
          Arguments.of("1E-7", "1E-7"), Arguments.of("12345678901234567890.123", "12345678901234567890.123"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void textIsReadExactly(String text, String expected) {
      assertEquals(new BigDecimal(expected), Values.decimal(text, PATH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "NaN", "Infinity", "-Infinity", "1,5", "0x10", "1_000", "1e", "1.2.3",
        "1.5d", "true", "1e9999999999"})
    void otherTextIsRejected(String text) {
      StateValidationException e = assertInvalid(PATH, () -> Values.decimal(text, PATH));
      assertEquals("'" + text + "' is not a valid decimal number", e.problem());
    }

    @Test
    void booleansAndOtherTypesAreRejected() {
      StateValidationException e = assertInvalid(PATH, () -> Values.decimal(true, PATH));
      assertEquals("expected a decimal number, got Boolean true", e.problem());
      assertInvalid(PATH, () -> Values.decimal(List.of(1), PATH), "expected a decimal number", "List");
      assertInvalid(PATH, () -> Values.decimal('1', PATH), "expected a decimal number", "Character");
      assertInvalid(PATH, () -> Values.decimal(new Weird(), PATH), "expected a decimal number, got Weird weird");
    }
  }

  @Nested
  class Lists {
    private final UUID u1 = UUID.fromString("0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b");
    private final UUID u2 = UUID.fromString("11111111-1111-4111-8111-111111111111");

    @Test
    void nullPassesThrough() {
      assertNull(Values.list(null, PATH, Values::uuid));
    }

    @Test
    void eachElementIsReadInOrder() {
      assertEquals(List.of(u2, u1, u2), Values.list(List.of(u2.toString(), u1, u2.toString()), PATH, Values::uuid));
      assertEquals(List.of(3, 1, 2), Values.list(List.of("3", 1L, 2.0), PATH, Values::integer));
      assertEquals(List.of(), Values.list(List.of(), PATH, Values::string));
    }

    @Test
    void copyIsUnmodifiableAndIndependent() {
      List<Object> source = new ArrayList<>(List.of("c", "a", "b", "a"));
      List<String> copy = Values.list(source, PATH, Values::string);
      assertEquals(List.of("c", "a", "b", "a"), copy);
      assertThrows(UnsupportedOperationException.class, () -> copy.add("x"));
      assertThrows(UnsupportedOperationException.class, () -> copy.set(0, "x"));
      assertThrows(UnsupportedOperationException.class, () -> copy.remove(0));
      assertThrows(UnsupportedOperationException.class, copy::clear);
      source.set(0, "changed");
      source.add("more");
      assertEquals(List.of("c", "a", "b", "a"), copy, "a copy, not a view");
    }

    @Test
    void anyCollectionIsTakenInItsIterationOrder() {
      assertEquals(List.of("z", "a", "m"),
          Values.list(new LinkedHashSet<>(List.of("z", "a", "m")), PATH, Values::string));
      assertEquals(List.of("x", "y"), Values.list(new java.util.ArrayDeque<>(List.of("x", "y")), PATH, Values::string));
      assertEquals(List.of("only"), Values.list(java.util.Set.of("only"), PATH, Values::string));
    }

    @Test
    void manyElementsKeepTheirOrder() {
      List<Object> source = new ArrayList<>();
      for (int i = 1000; i > 0; i--) {
        source.add(i);
      }
      assertEquals(source, Values.list(source, PATH, Values::integer));
    }

    @Test
    void nullElementIsRejectedAtItsIndex() {
      StateValidationException e = assertInvalid("p.3",
          () -> Values.list(Arrays.asList("a", "b", "c", null, "e"), "p", Values::string));
      assertEquals("must not be null", e.problem());
      assertInvalid("p.1", () -> Values.list(Arrays.asList(u1, null), "p", Values::uuid), "must not be null");
    }

    @Test
    void anElementsOwnProblemIsAtItsIndex() {
      StateValidationException e = assertInvalid("flow_run_ids.1",
          () -> Values.list(List.of(u1, "nope", 3), "flow_run_ids", Values::uuid));
      assertEquals("'nope' is not a valid UUID", e.problem());
      assertInvalid("tags.2", () -> Values.list(List.of("a", "b", 3), "tags", Values::string),
          "expected a string, got Integer 3");
    }

    @Test
    void listsOfListsNameBothIndexes() {
      ValueReader<List<Integer>> row = (value, path) -> Values.list(value, path, Values::integer);
      assertEquals(List.of(List.of(1, 2), List.of()), Values.list(List.of(List.of(1, "2"), List.of()), PATH, row));
      assertInvalid("matrix.1.0", () -> Values.list(List.of(List.of(1), List.of("x")), "matrix", row),
          "'x' is not a valid integer");
      assertInvalid("matrix.0", () -> Values.list(List.of(5), "matrix", row), "expected a list, got Integer 5");
    }

    @Test
    void atTheTopLevelTheIndexIsThePath() {
      assertInvalid("0", () -> Values.list(Arrays.asList((Object) null), "", Values::string), "must not be null");
      assertInvalid("1", () -> Values.list(List.of("a", 1), "", Values::string), "expected a string");
    }

    @Test
    void otherTypesAreRejected() {
      StateValidationException e = assertInvalid("p", () -> Values.list("abc", "p", Values::string));
      assertEquals("expected a list, got String abc", e.problem());
      assertInvalid("p", () -> Values.list(Map.of("a", "b"), "p", Values::string), "expected a list", "{a=b}");
      assertInvalid("p", () -> Values.list(new String[] {"a"}, "p", Values::string), "expected a list", "String[]");
      assertInvalid("p", () -> Values.list(7, "p", Values::string), "expected a list", "Integer 7");
    }
  }

  @Nested
  class Sets {
    @Test
    void nullPassesThrough() {
      assertNull(Values.set(null, PATH, Values::string));
    }

    @Test
    void keepsFirstSeenOrderAndCollapsesDuplicates() {
      java.util.Set<String> read = Values.set(List.of("b", "a", "b", "c", "a"), PATH, Values::string);
      assertEquals(List.of("b", "a", "c"), new ArrayList<>(read));
      assertEquals(java.util.Set.of("a", "b", "c"), read);
    }

    @Test
    void valuesThatReadTheSameCollapse() {
      assertEquals(List.of(1, 2), new ArrayList<>(Values.set(List.of("1", 1, 2L, 1.0, "2"), PATH, Values::integer)));
      UUID id = UUID.fromString("0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b");
      assertEquals(java.util.Set.of(id), Values.set(List.of(id, id.toString(), id.toString().toUpperCase(
          java.util.Locale.ROOT), id.toString().replace("-", "")), PATH, Values::uuid));
    }

    @Test
    void manyElementsKeepTheirOrder() {
      List<String> source = new ArrayList<>();
      for (int i = 500; i > 0; i--) {
        source.add("v" + i);
        source.add("v" + (i * 7 % 500));
      }
      assertEquals(new ArrayList<>(new LinkedHashSet<>(source)),
          new ArrayList<>(Values.set(source, PATH, Values::string)));
    }

    @Test
    void copyIsUnmodifiableAndIndependent() {
      java.util.Set<Object> source = new LinkedHashSet<>(List.of("x", "y"));
      java.util.Set<String> copy = Values.set(source, PATH, Values::string);
      assertThrows(UnsupportedOperationException.class, () -> copy.add("z"));
      assertThrows(UnsupportedOperationException.class, () -> copy.remove("x"));
      assertThrows(UnsupportedOperationException.class, copy::clear);
      assertThrows(UnsupportedOperationException.class, () -> {
        java.util.Iterator<String> iterator = copy.iterator();
        iterator.next();
        iterator.remove();
      });
      source.add("later");
      source.remove("x");
      assertEquals(List.of("x", "y"), new ArrayList<>(copy), "a copy, not a view");
      assertEquals(java.util.Set.of(), Values.set(List.of(), PATH, Values::string));
    }

    @Test
    void problemsAreAtTheIndexInTheInput() {
      assertInvalid("p.2", () -> Values.set(Arrays.asList("a", "a", null), "p", Values::string), "must not be null");
      assertInvalid("p.3", () -> Values.set(List.of("a", "a", "b", 4), "p", Values::string),
          "expected a string, got Integer 4");
      assertInvalid("0", () -> Values.set(Arrays.asList((Object) null), "", Values::string), "must not be null");
    }

    @Test
    void otherTypesAreRejected() {
      StateValidationException e = assertInvalid("p", () -> Values.set("abc", "p", Values::string));
      assertEquals("expected a set, got String abc", e.problem());
      assertInvalid("p", () -> Values.set(Map.of(), "p", Values::string), "expected a set");
    }
  }

  @Nested
  class Maps {
    @Test
    void nullPassesThrough() {
      assertNull(Values.map(null, PATH, Values::integer));
    }

    @Test
    void valuesAreReadInOrder() {
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("zeta", "1");
      source.put("alpha", 2L);
      source.put("mid", 3.0);
      Map<String, Integer> read = Values.map(source, PATH, Values::integer);
      assertEquals(Map.of("zeta", 1, "alpha", 2, "mid", 3), read);
      assertEquals(List.of("zeta", "alpha", "mid"), new ArrayList<>(read.keySet()));
      assertEquals(Map.of(), Values.map(new HashMap<>(), PATH, Values::integer));
    }

    @Test
    void manyEntriesKeepTheirOrder() {
      Map<String, Object> source = new LinkedHashMap<>();
      for (int i = 300; i > 0; i--) {
        source.put("k" + i, i);
      }
      assertEquals(new ArrayList<>(source.entrySet()),
          new ArrayList<>(Values.map(source, PATH, Values::integer).entrySet()));
    }

    @Test
    void copyIsUnmodifiableAndIndependent() {
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("a", "1");
      Map<String, Long> copy = Values.map(source, PATH, Values::longValue);
      assertThrows(UnsupportedOperationException.class, () -> copy.put("b", 2L));
      assertThrows(UnsupportedOperationException.class, () -> copy.remove("a"));
      assertThrows(UnsupportedOperationException.class, () -> copy.entrySet().iterator().next().setValue(5L));
      source.put("a", "9");
      source.put("b", "2");
      assertEquals(Map.of("a", 1L), copy, "a copy, not a view");
    }

    @Test
    void nullValueIsRejectedAtItsKey() {
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("ok", 1);
      source.put("key", null);
      StateValidationException e = assertInvalid("p.key", () -> Values.map(source, "p", Values::integer));
      assertEquals("must not be null", e.problem());
    }

    @Test
    void aValuesOwnProblemIsAtItsKey() {
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("ok", "0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b");
      source.put("bad", "nope");
      assertInvalid("ids.bad", () -> Values.map(source, "ids", Values::uuid), "'nope' is not a valid UUID");
      assertInvalid("bad", () -> Values.map(source, "", Values::uuid), "'nope' is not a valid UUID");
    }

    @Test
    void mapsOfListsNameKeyAndIndex() {
      ValueReader<List<String>> strings = (value, path) -> Values.list(value, path, Values::string);
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("a", List.of("x"));
      source.put("b", List.of("y", 2));
      assertInvalid("groups.b.1", () -> Values.map(source, "groups", strings), "expected a string");
    }

    @Test
    void nonStringKeyIsRejected() {
      Map<Object, Object> source = new LinkedHashMap<>();
      source.put("a", 1);
      source.put(2, 2);
      StateValidationException e = assertInvalid("p", () -> Values.map(source, "p", Values::integer));
      assertEquals("has a key that is not a string: 2", e.problem());
      Map<Object, Object> nullKey = new HashMap<>();
      nullKey.put(null, 1);
      assertInvalid("p", () -> Values.map(nullKey, "p", Values::integer), "has a key that is not a string: null");
    }

    @Test
    void otherTypesAreRejected() {
      StateValidationException e = assertInvalid("p", () -> Values.map(new ArrayList<>(), "p", Values::integer));
      assertEquals("expected an object, got ArrayList []", e.problem());
      assertInvalid("p", () -> Values.map("a=1", "p", Values::integer), "expected an object, got String a=1");
    }
  }

  @Nested
  class JsonValues {
    private static final String EXPECTED =
        "expected a JSON value (object, array, string, number, boolean or null), got ";

    @Test
    void scalarsPassThrough() {
      assertNull(Values.json(null, PATH));
      for (Object scalar : List.of("text", "", true, false, 7, 7L, BigInteger.TEN.pow(30), new BigDecimal("1.50"),
          1.5, -0.0, 2.5f, Double.MAX_VALUE)) {
        assertSame(scalar, Values.json(scalar, PATH), scalar.getClass().getSimpleName());
      }
    }

    @Test
    void shortsAndBytesBecomeIntegers() {
      assertEquals(Integer.valueOf(-3), Values.json((short) -3, PATH));
      assertEquals(Integer.valueOf(7), Values.json((byte) 7, PATH));
    }

    @Test
    void deepCopyKeepsOrderAndNulls() {
      Map<String, Object> inner = new LinkedHashMap<>();
      inner.put("z", null);
      inner.put("a", new ArrayList<>(Arrays.asList(1, null, "two", (short) 3)));
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("name", "x");
      source.put("inner", inner);
      source.put("list", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("k", true)), List.of())));
      source.put("nothing", null);

      Object copy = Values.json(source, PATH);
      Map<String, Object> expected = new LinkedHashMap<>();
      expected.put("name", "x");
      Map<String, Object> expectedInner = new LinkedHashMap<>();
      expectedInner.put("z", null);
      expectedInner.put("a", Arrays.asList(1, null, "two", 3));
      expected.put("inner", expectedInner);
      expected.put("list", List.of(Map.of("k", true), List.of()));
      expected.put("nothing", null);
      assertEquals(expected, copy);
      assertEquals(List.of("name", "inner", "list", "nothing"), new ArrayList<>(((Map<?, ?>) copy).keySet()));
      assertEquals(List.of("z", "a"), new ArrayList<>(((Map<?, ?>) ((Map<?, ?>) copy).get("inner")).keySet()));
    }

    @Test
    void everyLevelIsUnmodifiableAndIndependent() {
      List<Object> list = new ArrayList<>(List.of("a"));
      Map<String, Object> inner = new LinkedHashMap<>();
      inner.put("list", list);
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("inner", inner);
      @SuppressWarnings("unchecked")
      Map<String, Object> copy = (Map<String, Object>) Values.json(source, PATH);
      @SuppressWarnings("unchecked")
      Map<String, Object> innerCopy = (Map<String, Object>) copy.get("inner");
      @SuppressWarnings("unchecked")
      List<Object> listCopy = (List<Object>) innerCopy.get("list");

      assertThrows(UnsupportedOperationException.class, () -> copy.put("x", 1));
      assertThrows(UnsupportedOperationException.class, () -> innerCopy.remove("list"));
      assertThrows(UnsupportedOperationException.class, () -> listCopy.add("b"));
      assertThrows(UnsupportedOperationException.class, () -> listCopy.set(0, "b"));

      list.add("later");
      inner.put("more", 1);
      source.clear();
      assertEquals(Map.of("inner", Map.of("list", List.of("a"))), copy, "a copy, not a view");
    }

    @Test
    void collectionsBecomeLists() {
      assertEquals(List.of("b", "a"), Values.json(new LinkedHashSet<>(List.of("b", "a")), PATH));
      assertEquals(List.of(1, 2), Values.json(new java.util.ArrayDeque<>(List.of(1, 2)), PATH));
      assertInstanceOf(List.class, Values.json(java.util.Set.of(), PATH));
    }

    @Test
    void nonFiniteNumbersAreRejectedWhereTheyAre() {
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("ok", 1.5);
      source.put("ratios", Arrays.asList(0.5, Double.NaN));
      StateValidationException e = assertInvalid("result.ratios.1", () -> Values.json(source, "result"));
      assertEquals("NaN is not a finite number, which JSON cannot hold", e.problem());
      assertInvalid(PATH, () -> Values.json(Double.POSITIVE_INFINITY, PATH),
          "Infinity is not a finite number, which JSON cannot hold");
      assertInvalid("0", () -> Values.json(List.of(Float.NEGATIVE_INFINITY), ""),
          "-Infinity is not a finite number, which JSON cannot hold");
      assertInvalid("", () -> Values.json(Float.NaN, ""), "NaN is not a finite number");
    }

    @Test
    void otherTypesAreRejectedAtTheirNestedPath() {
      UUID id = UUID.fromString("0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b");
      Map<String, Object> podOverride = new LinkedHashMap<>();
      podOverride.put("containers", List.of(id));
      Map<String, Object> config = new LinkedHashMap<>();
      config.put("pod_override", podOverride);
      StateValidationException e = assertInvalid("executor_config.pod_override.containers.0",
          () -> Values.json(config, "executor_config"));
      assertEquals(EXPECTED + "UUID 0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b", e.problem());
      assertEquals("executor_config.pod_override.containers.0: " + EXPECTED + "UUID " + id, e.getMessage());
      assertNull(e.getCause());
    }

    static Stream<Arguments> notJson() {
      return Stream.of(
          Arguments.of(UUID.fromString("0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"), "UUID"),
          Arguments.of(Instant.parse("2024-01-01T00:00:00Z"), "Instant"), Arguments.of(new int[] {1}, "int[]"),
          Arguments.of(new Object[] {}, "Object[]"), Arguments.of(Color.RED, "Color RED"),
          Arguments.of('c', "Character c"), Arguments.of(new AtomicLong(1), "AtomicLong 1"),
          Arguments.of(java.util.Optional.empty(), "Optional"), Arguments.of(new StringBuilder("s"), "StringBuilder s"),
          Arguments.of(LocalDate.of(2024, 1, 1), "LocalDate 2024-01-01"), Arguments.of(new Weird(), "Weird weird"));
    }

    @ParameterizedTest
    @MethodSource("notJson")
    void otherTypesAreRejected(Object value, String got) {
      assertInvalid(PATH, () -> Values.json(value, PATH), EXPECTED + got);
      Map<String, Object> holder = new LinkedHashMap<>();
      holder.put("k", Arrays.asList(null, value));
      assertInvalid("k.1", () -> Values.json(holder, ""), EXPECTED + got);
    }

    @Test
    void nonStringKeysAreRejectedAtTheirMap() {
      Map<Object, Object> inner = new LinkedHashMap<>();
      inner.put("a", 1);
      inner.put(2, "b");
      StateValidationException e = assertInvalid("p.list.0",
          () -> Values.json(Map.of("list", List.of(inner)), "p"));
      assertEquals("has a key that is not a string: 2", e.problem());
      Map<Object, Object> nullKey = new HashMap<>();
      nullKey.put(null, 1);
      assertInvalid("", () -> Values.json(nullKey, ""), "has a key that is not a string: null");
    }

    /** Jackson reads and writes 1,000 levels; a details field's value is under a state and its details. */
    @Test
    void nestingIsLimitedAsJacksonLimitsIt() {
      Object deepest = List.of();
      for (int i = 1; i < 998; i++) {
        deepest = List.of(deepest);
      }
      Object deepestAllowed = deepest; // 998 arrays, one in another
      assertEquals(deepestAllowed, Values.json(deepestAllowed, PATH));

      StateValidationException e =
          assertInvalid(PATH + ".0".repeat(998), () -> Values.json(List.of(deepestAllowed), PATH));
      assertEquals("is nested more than 998 objects and arrays deep", e.problem());
    }

    @Test
    void aMapThatContainsItselfIsRejectedNotOverflowed() {
      Map<String, Object> loop = new LinkedHashMap<>();
      loop.put("name", "x");
      loop.put("self", loop);
      StateValidationException e = assertInvalid("p" + ".self".repeat(998), () -> Values.json(loop, "p"));
      assertEquals("is nested more than 998 objects and arrays deep", e.problem());
      List<Object> list = new ArrayList<>();
      list.add(list);
      assertInvalid("0" + ".0".repeat(997), () -> Values.json(list, ""), "nested more than 998");
    }

    @Test
    void largeValuesAreCopied() {
      List<Object> rows = new ArrayList<>();
      for (int i = 0; i < 20_000; i++) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("i", i);
        row.put("tags", List.of("a", "b"));
        rows.add(row);
      }
      assertEquals(rows, Values.json(rows, PATH));
    }
  }

  @Nested
  class JsonObjects {
    @Test
    void objectsAreCopiedDeeply() {
      assertNull(Values.jsonObject(null, PATH));
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("b", List.of(1, Map.of("x", (byte) 2)));
      source.put("a", null);
      Map<String, Object> copy = Values.jsonObject(source, PATH);
      Map<String, Object> expected = new LinkedHashMap<>();
      expected.put("b", List.of(1, Map.of("x", 2)));
      expected.put("a", null);
      assertEquals(expected, copy);
      assertEquals(List.of("b", "a"), new ArrayList<>(copy.keySet()));
      assertThrows(UnsupportedOperationException.class, () -> copy.put("c", 1));
      assertEquals(Map.of(), Values.jsonObject(Map.of(), PATH));
    }

    @Test
    void onlyAnObjectIsTakenAtTheTop() {
      StateValidationException e = assertInvalid(PATH, () -> Values.jsonObject(new ArrayList<>(), PATH));
      assertEquals("expected an object, got ArrayList []", e.problem());
      assertInvalid(PATH, () -> Values.jsonObject("{}", PATH), "expected an object, got String {}");
      assertInvalid(PATH, () -> Values.jsonObject(1, PATH), "expected an object, got Integer 1");
      assertInvalid(PATH, () -> Values.jsonObject(UUID.randomUUID(), PATH), "expected an object, got UUID");
    }

    @Test
    void problemsInsideAreAtTheirPath() {
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("when", Instant.EPOCH);
      assertInvalid("parameters.when", () -> Values.jsonObject(source, "parameters"),
          "expected a JSON value (object, array, string, number, boolean or null), got Instant");
      Map<Object, Object> badKey = new LinkedHashMap<>();
      badKey.put(1, 1);
      assertInvalid("parameters", () -> Values.jsonObject(badKey, "parameters"), "has a key that is not a string: 1");
    }
  }

  /** A number whose text is no number. */
  static final class Weird extends Number {
    private static final long serialVersionUID = 1L;

    @Override public int intValue() { return 0; }
    @Override public long longValue() { return 0; }
    @Override public float floatValue() { return 0; }
    @Override public double doubleValue() { return 0; }
    @Override public String toString() { return "weird"; }
  }
}
