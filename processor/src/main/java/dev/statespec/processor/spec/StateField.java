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
  /** The state's id, a {@code UUID}. */
  ID("id", "id"),
  /** The state's type, the spec's {@code StateType}. */
  TYPE("type", "type"),
  /** The state's name. */
  NAME("name", "name"),
  /** When the state was created, an {@code Instant}. */
  TIMESTAMP("timestamp", "timestamp"),
  /** A message about the state. */
  MESSAGE("message", "message"),
  /** Free-form JSON attached to the state. */
  DATA("data", "data"),
  /** The spec's {@code StateDetails}. */
  STATE_DETAILS("stateDetails", "state_details");

  private final String javaName;
  private final String jsonName;

  StateField(String javaName, String jsonName) {
    this.javaName = javaName;
    this.jsonName = jsonName;
  }

  /**
   * The accessor and builder method name: {@code stateDetails}.
   *
   * @return the Java name
   */
  public String javaName() {
    return javaName;
  }

  /**
   * The JSON and map key: {@code state_details}.
   *
   * @return the JSON name
   */
  public String jsonName() {
    return jsonName;
  }

  /**
   * The field's Java type in a spec whose generated classes are named by {@code names}.
   *
   * @param names the spec's generated names
   * @return the type
   */
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

  /**
   * The field whose Java name is {@code javaName}, or null.
   *
   * @param javaName an accessor name, such as {@code stateDetails}
   * @return the field, or null
   */
  public static StateField forJavaName(String javaName) {
    for (StateField field : values()) {
      if (field.javaName.equals(javaName)) {
        return field;
      }
    }
    return null;
  }
}
