package dev.statespec.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.statespec.processor.spec.DetailsFieldModel;
import dev.statespec.processor.spec.FieldType;
import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.util.Names;

/**
 * Generates the {@code StateDetails} class of a spec: an immutable value of the fields its
 * {@code @StateSpec.Details} interface declares, with a builder, map and JSON readers and writers.
 */
public final class StateDetailsGenerator {

  /** Creates the generator; it keeps no state, so one serves any number of specs. */
  public StateDetailsGenerator() {}

  /**
   * The {@code StateDetails} source file of {@code spec}.
   *
   * @param spec the spec's sound model
   * @return the source file
   */
  public JavaFile generate(SpecModel spec) {
    DetailsFieldCode code = new DetailsFieldCode();
    ValueClassWriter details = new ValueClassWriter(valueClass(spec, code));
    OwnMembers own = new OwnMembers();
    BaseConversions.addToDetails(spec, details, own);
    TypeSpec.Builder type = details.write(own);
    // The readers make the WireValues constant of each enum as write() writes them, so the constants
    // exist only now; JavaPoet still puts them with the other static fields, before the fields.
    return GeneratedFiles.javaFile(spec, type.addFields(code.constants()));
  }

  /** {@code StateDetails} and its builder, whose fields the {@code Details} interface declares. */
  private static ValueClass valueClass(SpecModel spec, DetailsFieldCode code) {
    ClassName details = spec.names().stateDetails();
    ValueClass.Builder value = ValueClass.builder(details, spec.names().stateDetailsBuilder(), Names.SCHEMA_VALUE,
            "details")
        .generatedAnnotations(GeneratedFiles.generatedAnnotations(spec));
    for (DetailsFieldModel field : spec.detailsFields()) {
      value.field(valueField(field, code));
    }
    return value.docs(new ValueClass.Docs(
            typeJavadoc(spec),
            CodeBlock.of("Returns a builder whose fields are all at their defaults.\n\n@return a new builder\n"),
            CodeBlock.builder()
                .add("Reads details from a map keyed by JSON names, as pydantic's {@code model_validate} does:\n")
                .add("unknown keys are ignored, absent keys take their defaults, and values are converted\n")
                .add("leniently (a UUID or an instant from its text, for example).\n\n")
                .add("@param map the details' fields by JSON name; {@code null} is refused\n")
                .add("@return the details\n")
                .add("@throws $T naming the JSON field of a value that cannot be read\n",
                    Names.STATE_VALIDATION_EXCEPTION)
                .build(),
            CodeBlock.of("Returns a builder that starts from the values of these details.\n\n@return a new builder\n"),
            CodeBlock.of("Returns these details as a new ordered map keyed by JSON names; values keep their Java\n"
                + "types.\n\n@return the map\n"),
            CodeBlock.of("Builds {@link $T}; every field starts at its default.\n", details),
            CodeBlock.of("Returns the details holding the values set so far.\n\n@return the new details\n"),
            null))
        .build();
  }

  /**
   * A details field: its {@code @Default} as the builder's initializer, its loose reader, a copy
   * when set (containers and JSON), and the annotations Jackson needs to write it as it is read.
   */
  private static ValueField valueField(DetailsFieldModel field, DetailsFieldCode code) {
    FieldType type = field.type();
    boolean holdsInstants = DetailsFieldCode.holdsInstants(type);
    CodeBlock setterJavadoc;
    CodeBlock throwsTags;
    if (type.isCopied()) {
      setterJavadoc = CodeBlock.of("Sets {@code $L} to an unmodifiable copy of {@code $L}, or null.\n", field.jsonName(),
          field.name());
      throwsTags = CodeBlock.of("@throws $T naming the entry that is null or cannot be read\n",
          Names.STATE_VALIDATION_EXCEPTION);
    } else if (holdsInstants) {
      setterJavadoc = CodeBlock.of("Sets {@code $L}.\n", field.jsonName());
      throwsTags = CodeBlock.of("@throws $T if it lies outside the years 1 to 9999, which ISO-8601 text carries\n",
          Names.STATE_VALIDATION_EXCEPTION);
    } else {
      setterJavadoc = CodeBlock.of("Sets {@code $L}.\n", field.jsonName());
      throwsTags = CodeBlock.of("");
    }
    ValueField.Builder value = ValueField.builder(field.name(), field.jsonName(), DetailsFieldCode.javaType(type))
        .reader(loose -> code.read(type, loose, field.jsonName()))
        // Copies are made, and instants checked to be writable, however a value comes in.
        .readOnSet(type.isCopied() || holdsInstants)
        .initializer(DetailsFieldCode.initializer(type, field.initialValue()))
        .jsonSetterType(DetailsFieldCode.jsonSetterType(type))
        .description(field.javadoc())
        .javadoc(
            CodeBlock.of("the {@code $L} field", field.jsonName()),
            CodeBlock.of("Returns a copy of these details with the given {@code $L}.\n", field.jsonName()),
            setterJavadoc,
            type.isPrimitive()
                ? CodeBlock.of("the new {@code $L}", field.jsonName())
                : CodeBlock.of("the new {@code $L}, or {@code null}", field.jsonName()))
        .throwsDoc(throwsTags);
    if (holdsInstants) {
      value.accessorAnnotation(JacksonAnnotations.formatString());
    }
    if (type.isFreeFormJson()) {
      // Free-form JSON is inert like a state's data: never typed, its own nulls written.
      value.accessorAnnotation(JacksonAnnotations.typeInfoNone())
          .accessorAnnotation(JacksonAnnotations.includeAlwaysWithContent())
          .jsonSetterAnnotation(JacksonAnnotations.typeInfoNone());
    }
    return value.build();
  }

  // /** <the Details interface's Javadoc, or one sentence> @see MySpec */
  private static CodeBlock typeJavadoc(SpecModel spec) {
    CodeBlock.Builder javadoc = CodeBlock.builder();
    if (spec.detailsJavadoc() != null) {
      javadoc.add("$L\n\n", spec.detailsJavadoc());
    } else {
      javadoc.add("The details of a {@link $T}: an immutable value.\n\n", spec.names().state());
    }
    return javadoc.add("$L", GeneratedFiles.seeSpec(spec)).build();
  }
}
