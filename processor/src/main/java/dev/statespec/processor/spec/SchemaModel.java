package dev.statespec.processor.spec;

import java.util.List;

/**
 * What a spec says about its JSON Schema beyond its types ({@code @StateSpec.Schema}).
 *
 * @param typeDescription the description of the {@code StateType} definition, or null
 * @param required state fields listed as required besides {@code type}
 * @param fields descriptions and examples of single fields
 * @param detailsJavadoc whether the Javadoc of the details interface and its fields describes them
 */
public record SchemaModel(String typeDescription, List<Ref> required, List<FieldDescription> fields,
    boolean detailsJavadoc) {

  /** A spec that says nothing about its schema. */
  public static final SchemaModel EMPTY = new SchemaModel(null, List.of(), List.of(), true);

  /**
   * The description and examples of one field ({@code @StateSpec.Describe}).
   *
   * @param field a state field by name, or {@code stateDetails.<accessor>}
   * @param description the description, or null
   * @param examples example values as written
   */
  public record FieldDescription(Ref field, String description, List<String> examples) {}

  /**
   * The description of {@code path}, if the spec gives one.
   *
   * @param path a state field by name, or {@code stateDetails.<accessor>}
   * @return the description, or null
   */
  public FieldDescription describe(String path) {
    for (FieldDescription description : fields) {
      if (description.field().name().equals(path)) {
        return description;
      }
    }
    return null;
  }
}
