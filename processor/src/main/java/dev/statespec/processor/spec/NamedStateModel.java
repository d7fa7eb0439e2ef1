package dev.statespec.processor.spec;

import dev.statespec.processor.diagnostics.Origin;
import dev.statespec.processor.util.CaseFormat;

/**
 * A state with a name of its own beyond its type's default, such as {@code "Rebuilding"} of type
 * {@code BUILDING}.
 *
 * @param name the state name, UpperCamelCase
 * @param type the state type it refers to
 * @param origin where the spec declares it
 */
public record NamedStateModel(String name, Ref type, Origin origin) {

  /**
   * The factory method: {@code retrying}.
   *
   * @return the factory's name
   */
  public String factoryName() {
    return CaseFormat.lowerFirst(name);
  }
}
