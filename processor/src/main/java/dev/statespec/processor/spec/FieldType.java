package dev.statespec.processor.spec;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Java types a details field may have, with what the generator needs to know about each: the
 * Java type, the {@code dev.statespec.runtime.Values} method that reads it from loose input, and
 * its JSON Schema shape.
 */
public enum FieldType {
  STRING(ClassName.get(String.class), "string", "string", null),
  UUID(ClassName.get(java.util.UUID.class), "uuid", "string", "uuid"),
  INSTANT(ClassName.get(Instant.class), "instant", "string", "date-time"),
  BOOLEAN(TypeName.BOOLEAN, "bool", "boolean", null),
  BOOLEAN_OBJECT(ClassName.get(Boolean.class), "bool", "boolean", null),
  INT(TypeName.INT, "integer", "integer", null),
  INTEGER(ClassName.get(Integer.class), "integer", "integer", null),
  LONG(TypeName.LONG, "longValue", "integer", null),
  LONG_OBJECT(ClassName.get(Long.class), "longValue", "integer", null),
  STRING_LIST(
      ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class)),
      "stringList", "array", null),
  STRING_MAP(
      ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ClassName.get(String.class)),
      "stringMap", "object", null);

  private static final Pattern CANONICAL_UUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final TypeName javaType;
  private final String reader;
  private final String jsonType;
  private final String jsonFormat;

  FieldType(TypeName javaType, String reader, String jsonType, String jsonFormat) {
    this.javaType = javaType;
    this.reader = reader;
    this.jsonType = jsonType;
    this.jsonFormat = jsonFormat;
  }

  /** The field's Java type as written in generated code. */
  public TypeName javaType() {
    return javaType;
  }

  /** Whether the Java type is primitive, so the field can never be null. */
  public boolean isPrimitive() {
    return javaType.isPrimitive();
  }

  /** Whether the field holds a collection, copied into an unmodifiable one when set. */
  public boolean isCollection() {
    return this == STRING_LIST || this == STRING_MAP;
  }

  /** The name of the {@code Values} method that reads this type from loose input. */
  public String reader() {
    return reader;
  }

  /** The JSON Schema {@code type}. */
  public String jsonType() {
    return jsonType;
  }

  /** The JSON Schema {@code format}, or null. */
  public String jsonFormat() {
    return jsonFormat;
  }

  /**
   * The value a {@code @Default} text stands for: a {@code Boolean}, {@code Integer}, {@code Long},
   * {@code String}, {@code UUID}, {@code Instant}, or an empty list or map. The one reading of
   * defaults: validation reports its refusals, generators render what it returns.
   *
   * @throws IllegalArgumentException saying what was expected, when the text is no value of this type
   */
  public Object parseDefault(String text) {
    switch (this) {
      case STRING:
        return text;
      case BOOLEAN:
      case BOOLEAN_OBJECT:
        if (text.equals("true") || text.equals("false")) {
          return Boolean.valueOf(text);
        }
        throw new IllegalArgumentException("expected \"true\" or \"false\"");
      case INT:
      case INTEGER:
        try {
          return Integer.valueOf(text);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "expected a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE, e);
        }
      case LONG:
      case LONG_OBJECT:
        try {
          return Long.valueOf(text);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("expected a whole number that fits in a long", e);
        }
      case UUID:
        if (CANONICAL_UUID.matcher(text).matches()) {
          return java.util.UUID.fromString(text);
        }
        throw new IllegalArgumentException("expected a UUID like \"123e4567-e89b-12d3-a456-426614174000\"");
      case INSTANT:
        try {
          return Instant.parse(text);
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("expected an ISO-8601 instant like \"2024-01-01T00:00:00Z\"", e);
        }
      case STRING_LIST:
        if (text.equals("[]")) {
          return List.of();
        }
        throw new IllegalArgumentException("expected \"[]\", since a list can only default to empty");
      case STRING_MAP:
        if (text.equals("{}")) {
          return Map.of();
        }
        throw new IllegalArgumentException("expected \"{}\", since a map can only default to empty");
      default:
        throw new AssertionError(this);
    }
  }

  /** The default of a field without {@code @Default}: Java's own, {@code false}, {@code 0} or null. */
  public Object implicitDefault() {
    switch (this) {
      case BOOLEAN:
        return Boolean.FALSE;
      case INT:
        return 0;
      case LONG:
        return 0L;
      default:
        return null;
    }
  }

  /** The user-facing name of the type, for messages: {@code Map<String, String>}. */
  public String displayName() {
    return javaType.toString().replace("java.lang.", "").replace("java.util.", "").replace("java.time.", "");
  }

  /** Every supported type's display name, for the message that lists them. */
  public static String supportedList() {
    StringBuilder out = new StringBuilder();
    for (FieldType type : values()) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(type.displayName());
    }
    return out.toString();
  }

}
