package dev.statespec.processor.spec;

import dev.statespec.processor.diagnostics.Origin;
import java.util.List;

/**
 * A wire value a spec gives one state type, {@code @WireValue(type = "TIMED_OUT", value = "timeout")}.
 *
 * @param type the state type it refers to
 * @param value the wire value, as written
 * @param valueOrigin where the value was written
 */
public record WireValueModel(Ref type, String value, Origin valueOrigin) {

  /**
   * The wire value of the type constant {@code typeName}: the first of {@code given} for it, else
   * what {@code wireCase} makes of its name.
   *
   * @param typeName a state type's constant name
   * @param wireCase the rule for types without a wire value
   * @param given the wire values the spec gives, in declaration order
   * @return the wire value
   */
  public static String resolve(String typeName, WireCase wireCase, List<WireValueModel> given) {
    for (WireValueModel wireValue : given) {
      if (wireValue.type().name().equals(typeName)) {
        return wireValue.value();
      }
    }
    return wireCase.apply(typeName);
  }
}
