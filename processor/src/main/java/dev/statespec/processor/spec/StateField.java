package dev.statespec.processor.spec;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.time.Instant;
import java.util.UUID;

/**
 * The fields every generated {@code State} has, whatever its spec, in their declaration (and map,
 * and JSON) order. Their Java types are fixed except {@code type} and {@code stateDetails}, which
 * are the spec's own generated classes.
 */
public enum StateField {
  ID("id", "id"),
  TYPE("type", "type"),
  NAME("name", "name"),
  TIMESTAMP("timestamp", "timestamp"),
  MESSAGE("message", "message"),
  DATA("data", "data"),
  STATE_DETAILS("stateDetails", "state_details");

  private final String javaName;
  private final String jsonName;

  StateField(String javaName, String jsonName) {
    this.javaName = javaName;
    this.jsonName = jsonName;
  }

  /** The accessor and builder method name: {@code stateDetails}. */
  public String javaName() {
    return javaName;
  }

  /** The JSON and map key: {@code state_details}. */
  public String jsonName() {
    return jsonName;
  }

  /** The field's Java type in a spec whose generated classes are named by {@code names}. */
  public TypeName javaType(GeneratedNames names) {
    return switch (this) {
      case ID -> ClassName.get(UUID.class);
      case TYPE -> names.stateType();
      case NAME, MESSAGE -> ClassName.get(String.class);
      case TIMESTAMP -> ClassName.get(Instant.class);
      case DATA -> ClassName.OBJECT;
      case STATE_DETAILS -> names.stateDetails();
    };
  }

  /** The field whose Java name is {@code javaName}, or null. */
  public static StateField forJavaName(String javaName) {
    for (StateField field : values()) {
      if (field.javaName.equals(javaName)) {
        return field;
      }
    }
    return null;
  }
}
