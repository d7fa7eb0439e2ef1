package dev.statespec.processor.spec;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Java type of a details field, as a small algebra: a {@link Scalar} (a {@link Basic} value or
 * one of the user's {@link EnumOf enums}), a {@link Container} of scalars (a list, a set, a map from
 * strings), or a free-form {@link JsonValue}. What every kind answers alike (its Java type, its
 * default, its name in messages) is a method here; what a generator makes of each kind goes through
 * a {@link Visitor}, so that a new kind does not compile until every generator handles it.
 *
 * <p>The reader decides which Java types map to which kind; {@link #supportedList()} says which in
 * the message for a type it refuses.
 */
public sealed interface FieldType permits FieldType.Scalar, FieldType.Container, FieldType.JsonValue {

  /** {@code String}, the most common field type. */
  Basic STRING = new Basic(ScalarKind.STRING, false);

  /** {@code int}, the type of a count. */
  Basic INT = new Basic(ScalarKind.INT, true);

  /**
   * The field's Java type as written in generated code.
   *
   * @return the type, primitive or boxed as declared
   */
  TypeName javaType();

  /**
   * Whether the Java type is primitive, so the field can never be null.
   *
   * @return whether it is primitive
   */
  boolean isPrimitive();

  /**
   * Whether the field holds a copy, made unmodifiable when set, rather than the value given.
   *
   * @return whether it holds a copy
   */
  boolean isCopied();

  /**
   * Whether the field holds free-form JSON, which is inert like a state's {@code data}: never typed
   * by Jackson, its own nulls written.
   *
   * @return whether it is free-form JSON
   */
  boolean isFreeFormJson();

  /**
   * The value a {@code @Default} text stands for: a {@code Boolean}, {@code Integer}, {@code Long},
   * {@code Double}, {@code BigDecimal}, {@code String}, {@code UUID}, {@code Instant}, an enum
   * constant's name, or an empty list, set or map. The one reading of defaults: validation reports
   * its refusals, generators render what it returns.
   *
   * @param text the {@code @Default} text
   * @return the value it stands for
   * @throws IllegalArgumentException saying what was expected, when the text is no value of this type
   */
  Object parseDefault(String text);

  /**
   * The default of a field without {@code @Default}: Java's own, {@code false}, {@code 0} or null.
   *
   * @return that default, as {@link #parseDefault} would return it
   */
  Object implicitDefault();

  /**
   * What a generator makes of this kind of type.
   *
   * @param <R> what the generator makes
   * @param visitor the generator's decision for each kind
   * @return what {@code visitor} makes of this type
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * The user's enums this type holds, whose constants' {@code @JsonProperty} names statespec reads.
   *
   * @return the enum classes, empty when there are none
   */
  List<ClassName> enums();

  /**
   * The user-facing name of the type, for messages: {@code Map<String, String>}.
   *
   * @return the Java type without its {@code java.*} packages
   */
  default String displayName() {
    return javaType().toString().replaceAll("\\b(java\\.lang|java\\.util|java\\.time|java\\.math)\\.", "");
  }

  /**
   * What a details field may be, for the message that refuses another type.
   *
   * @return the supported types, as a sentence fragment
   */
  static String supportedList() {
    return "String, UUID, Instant, boolean, Boolean, int, Integer, long, Long, double, Double, BigDecimal, "
        + "an enum, a List, Set or Map<String, ...> of one of those, or Object or Map<String, Object> for "
        + "free-form JSON";
  }

  /**
   * One decision a generator makes for every kind of field type.
   *
   * @param <R> what the decision makes of a type
   */
  interface Visitor<R> {
    /**
     * A basic type: string, UUID, instant, boolean or number.
     *
     * @param basic the type
     * @return the decision
     */
    R basic(Basic basic);

    /**
     * One of the user's enums.
     *
     * @param enumOf the type
     * @return the decision
     */
    R enumOf(EnumOf enumOf);

    /**
     * A list of scalars.
     *
     * @param list the type
     * @return the decision
     */
    R list(ListOf list);

    /**
     * A set of scalars.
     *
     * @param set the type
     * @return the decision
     */
    R set(SetOf set);

    /**
     * A map from strings to scalars.
     *
     * @param map the type
     * @return the decision
     */
    R map(MapOf map);

    /**
     * Free-form JSON.
     *
     * @param json the type
     * @return the decision
     */
    R json(JsonValue json);
  }

  /** The kinds of a basic value, each with its boxed (and, where Java has one, primitive) type. */
  enum ScalarKind {
    /** {@code String}. */
    STRING(ClassName.get(String.class), null),
    /** {@code UUID}. */
    UUID(ClassName.get(java.util.UUID.class), null),
    /** {@code Instant}. */
    INSTANT(ClassName.get(Instant.class), null),
    /** {@code Boolean} or {@code boolean}. */
    BOOLEAN(ClassName.get(Boolean.class), TypeName.BOOLEAN),
    /** {@code Integer} or {@code int}. */
    INT(ClassName.get(Integer.class), TypeName.INT),
    /** {@code Long} or {@code long}. */
    LONG(ClassName.get(Long.class), TypeName.LONG),
    /** {@code Double} or {@code double}. */
    DOUBLE(ClassName.get(Double.class), TypeName.DOUBLE),
    /** {@code BigDecimal}. */
    DECIMAL(ClassName.get(BigDecimal.class), null);

    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final Pattern CANONICAL_UUID =
        Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final TypeName boxed;
    private final TypeName primitive;

    ScalarKind(TypeName boxed, TypeName primitive) {
      this.boxed = boxed;
      this.primitive = primitive;
    }

    /** The kind whose boxed type is {@code boxed}, or null. */
    static ScalarKind forBoxed(TypeName boxed) {
      for (ScalarKind kind : values()) {
        if (kind.boxed.equals(boxed)) {
          return kind;
        }
      }
      return null;
    }

    /** The kind whose primitive type is {@code primitive}, or null. */
    static ScalarKind forPrimitive(TypeName primitive) {
      for (ScalarKind kind : values()) {
        if (primitive.equals(kind.primitive)) {
          return kind;
        }
      }
      return null;
    }

    private Object parse(String text) {
      return switch (this) {
        case STRING -> text;
        case BOOLEAN -> {
          if (text.equals("true") || text.equals("false")) {
            yield Boolean.valueOf(text);
          }
          throw new IllegalArgumentException("expected \"true\" or \"false\"");
        }
        case INT -> {
          try {
            yield Integer.valueOf(text);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                "expected a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE, e);
          }
        }
        case LONG -> {
          try {
            yield Long.valueOf(text);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number that fits in a long", e);
          }
        }
        case DOUBLE -> {
          if (text.equals("NaN") || text.equals("Infinity") || text.equals("-Infinity")) {
            yield Double.valueOf(text);
          }
          if (!JSON_NUMBER.matcher(text).matches() || Double.isInfinite(Double.parseDouble(text))) {
            throw new IllegalArgumentException("expected a JSON number within a double's range, such as \"1.5\", "
                + "or NaN, Infinity or -Infinity");
          }
          yield Double.valueOf(text);
        }
        case DECIMAL -> {
          if (!JSON_NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException("expected a JSON number such as \"12.50\"");
          }
          yield new BigDecimal(text);
        }
        case UUID -> {
          if (CANONICAL_UUID.matcher(text).matches()) {
            yield java.util.UUID.fromString(text);
          }
          throw new IllegalArgumentException("expected a UUID like \"123e4567-e89b-12d3-a456-426614174000\"");
        }
        case INSTANT -> {
          try {
            yield Instant.parse(text);
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected an ISO-8601 instant like \"2024-01-01T00:00:00Z\"", e);
          }
        }
      };
    }

    /** Java's default of the primitive type: {@code false} or zero. */
    private Object zero() {
      return switch (this) {
        case BOOLEAN -> Boolean.FALSE;
        case INT -> 0;
        case LONG -> 0L;
        case DOUBLE -> 0.0;
        case STRING, UUID, INSTANT, DECIMAL -> null;
      };
    }
  }

  /**
   * One decision a generator makes for every kind of scalar, as a container's element.
   *
   * @param <R> what the decision makes of a scalar
   */
  interface ScalarVisitor<R> {
    /**
     * A basic type: string, UUID, instant, boolean or number.
     *
     * @param basic the type
     * @return the decision
     */
    R basic(Basic basic);

    /**
     * One of the user's enums.
     *
     * @param enumOf the type
     * @return the decision
     */
    R enumOf(EnumOf enumOf);
  }

  /** A single value, which a container may hold. */
  sealed interface Scalar extends FieldType permits Basic, EnumOf {

    /**
     * What a generator makes of this kind of scalar.
     *
     * @param <R> what the generator makes
     * @param visitor the generator's decision for each kind of scalar
     * @return what {@code visitor} makes of this scalar
     */
    <R> R accept(ScalarVisitor<R> visitor);

    @Override
    default boolean isCopied() {
      return false;
    }

    @Override
    default boolean isFreeFormJson() {
      return false;
    }

    /**
     * The type of the value inside a container, where it is always boxed.
     *
     * @return the boxed Java type
     */
    default TypeName boxedType() {
      return javaType().box();
    }
  }

  /**
   * A string, UUID, instant, boolean, int, long, double or decimal.
   *
   * @param kind what kind of value
   * @param primitive whether the field has the primitive type ({@code int}) rather than the box
   */
  record Basic(ScalarKind kind, boolean primitive) implements Scalar {

    /**
     * Checks that a primitive basic type's kind has a primitive type.
     *
     * @param kind what kind of value
     * @param primitive whether the field has the primitive type
     * @throws IllegalArgumentException if {@code primitive} is true and the kind has no primitive type
     */
    public Basic {
      if (primitive && kind.primitive == null) {
        throw new IllegalArgumentException(kind + " has no primitive type");
      }
    }

    /**
     * The basic type whose Java type is {@code type}, boxed or primitive, or null.
     *
     * @param type a field's Java type
     * @return the basic type, or null when {@code type} is none
     */
    public static Basic of(TypeName type) {
      ScalarKind boxed = ScalarKind.forBoxed(type);
      if (boxed != null) {
        return new Basic(boxed, false);
      }
      ScalarKind primitive = ScalarKind.forPrimitive(type);
      return primitive == null ? null : new Basic(primitive, true);
    }

    @Override
    public TypeName javaType() {
      return primitive ? kind.primitive : kind.boxed;
    }

    @Override
    public boolean isPrimitive() {
      return primitive;
    }

    @Override
    public Object parseDefault(String text) {
      return kind.parse(text);
    }

    @Override
    public Object implicitDefault() {
      return primitive ? kind.zero() : null;
    }

    @Override
    public List<ClassName> enums() {
      return List.of();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.basic(this);
    }

    @Override
    public <R> R accept(ScalarVisitor<R> visitor) {
      return visitor.basic(this);
    }
  }

  /**
   * One of the user's enums, read and written by its wire values: a constant's Jackson
   * {@code @JsonProperty} name, or else the constant's own name.
   *
   * @param type the enum class
   * @param constants the constants' names, in declaration order
   * @param wireValues the constants' wire values, in the same order
   */
  record EnumOf(ClassName type, List<String> constants, List<String> wireValues) implements Scalar {

    /**
     * Copies the lists, which stay unmodifiable.
     *
     * @param type the enum class
     * @param constants the constants' names, in declaration order
     * @param wireValues the constants' wire values, in the same order
     */
    public EnumOf {
      constants = List.copyOf(constants);
      wireValues = List.copyOf(wireValues);
    }

    /**
     * The wire value of the constant called {@code constant}.
     *
     * @param constant a constant's name
     * @return its wire value
     */
    public String wireValue(String constant) {
      return wireValues.get(constants.indexOf(constant));
    }

    @Override
    public TypeName javaType() {
      return type;
    }

    @Override
    public boolean isPrimitive() {
      return false;
    }

    /** The constant's name, from the constant's name or its wire value. */
    @Override
    public Object parseDefault(String text) {
      if (constants.contains(text)) {
        return text;
      }
      if (wireValues.contains(text)) {
        return constants.get(wireValues.indexOf(text));
      }
      throw new IllegalArgumentException("expected one of its constants, " + String.join(", ", constants));
    }

    @Override
    public List<ClassName> enums() {
      return List.of(type);
    }

    @Override
    public Object implicitDefault() {
      return null;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.enumOf(this);
    }

    @Override
    public <R> R accept(ScalarVisitor<R> visitor) {
      return visitor.enumOf(this);
    }
  }

  /**
   * A type that holds scalars (a list, a set, a map from strings), stored as an unmodifiable copy
   * and defaulting to empty or null.
   */
  sealed interface Container extends FieldType permits ListOf, SetOf, MapOf {

    /**
     * The type of the elements, or of the map's values.
     *
     * @return the scalar type
     */
    Scalar element();

    /**
     * The only {@code @Default} text a container takes: {@code []} or {@code {}}.
     *
     * @return that text
     */
    String emptyText();

    /**
     * The empty container that {@link #emptyText()} stands for.
     *
     * @return the empty, unmodifiable container
     */
    Object empty();

    /**
     * What the container is called in messages: {@code list}.
     *
     * @return the noun
     */
    String noun();

    @Override
    default boolean isPrimitive() {
      return false;
    }

    @Override
    default boolean isCopied() {
      return true;
    }

    @Override
    default boolean isFreeFormJson() {
      return false;
    }

    @Override
    default Object parseDefault(String text) {
      if (text.equals(emptyText())) {
        return empty();
      }
      throw new IllegalArgumentException(
          "expected \"" + emptyText() + "\", since a " + noun() + " can only default to empty");
    }

    @Override
    default Object implicitDefault() {
      return null;
    }

    @Override
    default List<ClassName> enums() {
      return element().enums();
    }
  }

  /**
   * A {@code List} of scalars, kept in order.
   *
   * @param element the type of the list's elements
   */
  record ListOf(Scalar element) implements Container {

    @Override
    public TypeName javaType() {
      return ParameterizedTypeName.get(ClassName.get(List.class), element.boxedType());
    }

    @Override
    public String emptyText() {
      return "[]";
    }

    @Override
    public Object empty() {
      return List.of();
    }

    @Override
    public String noun() {
      return "list";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.list(this);
    }
  }

  /**
   * A {@code Set} of scalars, kept in the order first seen, written as a JSON array.
   *
   * @param element the type of the set's elements
   */
  record SetOf(Scalar element) implements Container {

    @Override
    public TypeName javaType() {
      return ParameterizedTypeName.get(ClassName.get(Set.class), element.boxedType());
    }

    @Override
    public String emptyText() {
      return "[]";
    }

    @Override
    public Object empty() {
      return Set.of();
    }

    @Override
    public String noun() {
      return "set";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.set(this);
    }
  }

  /**
   * A {@code Map} from string keys to scalars, kept in order.
   *
   * @param element the type of the map's values
   */
  record MapOf(Scalar element) implements Container {

    @Override
    public TypeName javaType() {
      return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), element.boxedType());
    }

    @Override
    public String emptyText() {
      return "{}";
    }

    @Override
    public Object empty() {
      return Map.of();
    }

    @Override
    public String noun() {
      return "map";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.map(this);
    }
  }

  /**
   * Free-form JSON, held as inert data like a state's {@code data}: maps, lists, strings, numbers,
   * booleans and nulls, deep-copied into unmodifiable structures and never typed.
   *
   * @param object whether the field is {@code Map<String, Object>} (a JSON object) rather than
   *     {@code Object} (any JSON value)
   */
  record JsonValue(boolean object) implements FieldType {

    @Override
    public TypeName javaType() {
      return object
          ? ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ClassName.OBJECT)
          : ClassName.OBJECT;
    }

    @Override
    public boolean isPrimitive() {
      return false;
    }

    @Override
    public boolean isCopied() {
      return true;
    }

    @Override
    public boolean isFreeFormJson() {
      return true;
    }

    /** An empty object, or for {@code Object} also an empty array. */
    @Override
    public Object parseDefault(String text) {
      if (text.equals("{}")) {
        return Map.of();
      }
      if (!object && text.equals("[]")) {
        return List.of();
      }
      throw new IllegalArgumentException(object
          ? "expected \"{}\", since a JSON object can only default to empty"
          : "expected \"{}\" or \"[]\", since a JSON value can only default to an empty object or array");
    }

    @Override
    public List<ClassName> enums() {
      return List.of();
    }

    @Override
    public Object implicitDefault() {
      return null;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.json(this);
    }
  }
}
