package dev.statespec.processor.spec;

import dev.statespec.processor.util.CaseFormat;

/** How a spec writes a state type that has no wire value of its own: {@code @StateSpec(wire = ...)}. */
public enum WireCase {
  /** As its constant: {@code AWAITING_APPROVAL}. */
  CONSTANT_NAME,
  /** In lower snake case: {@code awaiting_approval}. */
  LOWER_SNAKE;

  /**
   * The wire value this rule gives the type constant {@code typeName}.
   *
   * @param typeName a state type's constant name
   * @return its wire value
   */
  public String apply(String typeName) {
    return switch (this) {
      case CONSTANT_NAME -> typeName;
      case LOWER_SNAKE -> CaseFormat.lowerSnake(typeName);
    };
  }

  /** The rule named {@code name} as the annotation spells it, or null for a name this processor does not know. */
  static WireCase named(String name) {
    for (WireCase wireCase : values()) {
      if (wireCase.name().equals(name)) {
        return wireCase;
      }
    }
    return null;
  }
}
