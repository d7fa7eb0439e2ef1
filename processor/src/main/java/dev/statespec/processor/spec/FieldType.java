package dev.statespec.processor.spec;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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

  /** The boxed Java type: the primitive's wrapper, or the type itself. */
  public TypeName boxedType() {
    return javaType.isPrimitive() ? javaType.box() : javaType;
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
