package dev.statespec.processor.spec;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Java type of a details field, as a small algebra: a {@link Scalar}, a {@link ListOf list} of a
 * scalar, or a {@link MapOf map} from strings to a scalar. What every kind answers alike (its Java
 * type, its default, its name in messages) is a method here; what a generator makes of each kind
 * goes through a {@link Visitor}, so that a new kind does not compile until every generator
 * handles it.
 *
 * <p>Which types a spec may use is {@link #SUPPORTED}: every scalar, and lists and maps of strings.
 */
public sealed interface FieldType permits FieldType.Scalar, FieldType.Container {

  /** {@code String}, the most common field type. */
  Scalar STRING = new Scalar(ScalarKind.STRING, false);

  /** {@code int}, the type of a count. */
  Scalar INT = new Scalar(ScalarKind.INT, true);

  /** Every type a details field may have, in the order messages list them. */
  List<FieldType> SUPPORTED = supported();

  /** The field's Java type as written in generated code. */
  TypeName javaType();

  /** Whether the Java type is primitive, so the field can never be null. */
  boolean isPrimitive();

  /** Whether the field holds a collection, copied into an unmodifiable one when set. */
  boolean isCollection();

  /** The name of the {@code dev.statespec.runtime.Values} method that reads this type from loose input. */
  String reader();

  /**
   * The value a {@code @Default} text stands for: a {@code Boolean}, {@code Integer}, {@code Long},
   * {@code String}, {@code UUID}, {@code Instant}, or an empty list or map. The one reading of
   * defaults: validation reports its refusals, generators render what it returns.
   *
   * @throws IllegalArgumentException saying what was expected, when the text is no value of this type
   */
  Object parseDefault(String text);

  /** The default of a field without {@code @Default}: Java's own, {@code false}, {@code 0} or null. */
  Object implicitDefault();

  /** What a generator makes of this kind of type. */
  <R> R accept(Visitor<R> visitor);

  /** The user-facing name of the type, for messages: {@code Map<String, String>}. */
  default String displayName() {
    return javaType().toString().replace("java.lang.", "").replace("java.util.", "").replace("java.time.", "");
  }

  /** Every supported type's display name, for the message that lists them. */
  static String supportedList() {
    List<String> names = new ArrayList<>();
    SUPPORTED.forEach(type -> names.add(type.displayName()));
    return String.join(", ", names);
  }

  /** The supported type whose Java type is {@code javaType}, or null when statespec cannot store it. */
  static FieldType forJavaType(TypeName javaType) {
    for (FieldType type : SUPPORTED) {
      if (type.javaType().equals(javaType)) {
        return type;
      }
    }
    return null;
  }

  private static List<FieldType> supported() {
    List<FieldType> types = new ArrayList<>();
    for (ScalarKind kind : ScalarKind.values()) {
      if (kind.primitive != null) {
        types.add(new Scalar(kind, true));
      }
      types.add(new Scalar(kind, false));
    }
    types.add(new ListOf(STRING));
    types.add(new MapOf(STRING));
    return List.copyOf(types);
  }

  /** One decision a generator makes for every kind of field type. */
  interface Visitor<R> {
    R scalar(Scalar scalar);

    R list(ListOf list);

    R map(MapOf map);
  }

  /** The kinds of a single value, each with its boxed (and, where Java has one, primitive) type. */
  enum ScalarKind {
    STRING(ClassName.get(String.class), null, "string"),
    UUID(ClassName.get(java.util.UUID.class), null, "uuid"),
    INSTANT(ClassName.get(Instant.class), null, "instant"),
    BOOLEAN(ClassName.get(Boolean.class), TypeName.BOOLEAN, "bool"),
    INT(ClassName.get(Integer.class), TypeName.INT, "integer"),
    LONG(ClassName.get(Long.class), TypeName.LONG, "longValue");

    private static final Pattern CANONICAL_UUID =
        Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final TypeName boxed;
    private final TypeName primitive;
    private final String reader;

    ScalarKind(TypeName boxed, TypeName primitive, String reader) {
      this.boxed = boxed;
      this.primitive = primitive;
      this.reader = reader;
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
        case STRING, UUID, INSTANT -> null;
      };
    }
  }

  /**
   * A single value: a string, UUID, instant, boolean, int or long.
   *
   * @param kind what kind of value
   * @param primitive whether the field has the primitive type ({@code int}) rather than the box
   */
  record Scalar(ScalarKind kind, boolean primitive) implements FieldType {

    public Scalar {
      if (primitive && kind.primitive == null) {
        throw new IllegalArgumentException(kind + " has no primitive type");
      }
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
    public boolean isCollection() {
      return false;
    }

    @Override
    public String reader() {
      return kind.reader;
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
    public <R> R accept(Visitor<R> visitor) {
      return visitor.scalar(this);
    }
  }

  /**
   * A type that holds scalars (a list, a map), stored as an unmodifiable copy and defaulting to
   * empty or null.
   */
  sealed interface Container extends FieldType permits ListOf, MapOf {

    /** The type of the elements, or of the map's values. */
    Scalar element();

    /** The only {@code @Default} text a container takes: {@code []} or {@code {}}. */
    String emptyText();

    /** The empty container that {@link #emptyText()} stands for. */
    Object empty();

    /** What the container is called in messages: {@code list}. */
    String noun();

    @Override
    default boolean isPrimitive() {
      return false;
    }

    @Override
    default boolean isCollection() {
      return true;
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
  }

  /**
   * A {@code List} of scalars, kept in order.
   *
   * @param element the type of the list's elements
   */
  record ListOf(Scalar element) implements Container {

    @Override
    public TypeName javaType() {
      return ParameterizedTypeName.get(ClassName.get(List.class), element.javaType().box());
    }

    @Override
    public String reader() {
      return element.reader() + "List";
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
   * A {@code Map} from string keys to scalars, kept in order.
   *
   * @param element the type of the map's values
   */
  record MapOf(Scalar element) implements Container {

    @Override
    public TypeName javaType() {
      return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), element.javaType().box());
    }

    @Override
    public String reader() {
      return element.reader() + "Map";
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
}
