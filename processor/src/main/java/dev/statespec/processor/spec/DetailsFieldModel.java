package dev.statespec.processor.spec;

import dev.statespec.processor.diagnostics.Origin;

/**
 * One field of the generated {@code StateDetails}.
 *
 * @param name the Java accessor name ({@code orderId})
 * @param jsonName the JSON and map key ({@code order_id})
 * @param type the field's type
 * @param defaultText the {@code @Default} text, or null for the type's own default
 * @param javadoc the accessor's Javadoc in the spec, or null
 * @param origin the spec's accessor method
 */
public record DetailsFieldModel(
    String name, String jsonName, FieldType type, String defaultText, String javadoc, Origin origin) {

  /**
   * The field's initial value: its {@code @Default} read by {@link FieldType#parseDefault}, or the
   * type's implicit default. Only for fields validation has passed, whose default text parses.
   *
   * @return the value, as {@link FieldType#parseDefault} returns it; null for no value
   */
  public Object initialValue() {
    return defaultText == null ? type.implicitDefault() : type.parseDefault(defaultText);
  }
}
