package dev.statespec.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import dev.statespec.processor.spec.DetailsFieldModel;
import dev.statespec.processor.spec.FieldType;
import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.util.Names;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Generates the {@code StateDetails} class of a spec: an immutable value of the fields its
 * {@code @StateSpec.Details} interface declares, with a builder, map and JSON readers and writers.
 */
public final class StateDetailsGenerator {

  /** The {@code StateDetails} source file of {@code spec}. */
  public JavaFile generate(SpecModel spec) {
    return GeneratedFiles.javaFile(spec, new ValueClassWriter(valueClass(spec)).write(OwnMembers.none()));
  }

  /** {@code StateDetails} and its builder, whose fields the {@code Details} interface declares. */
  private static ValueClass valueClass(SpecModel spec) {
    ClassName details = spec.names().stateDetails();
    ValueClass.Builder value = ValueClass.builder(details, spec.names().stateDetailsBuilder(), Names.SCHEMA_VALUE,
        "details");
    for (DetailsFieldModel field : spec.detailsFields()) {
      value.field(valueField(field));
    }
    return value.docs(new ValueClass.Docs(
            typeJavadoc(spec),
            CodeBlock.of("Returns a builder whose fields are all at their defaults.\n"),
            CodeBlock.builder()
                .add("Reads details from a map keyed by JSON names, as pydantic's {@code model_validate} does:\n")
                .add("unknown keys are ignored, absent keys take their defaults, and values are converted\n")
                .add("leniently (a UUID or an instant from its text, for example).\n\n")
                .add("@throws $T naming the JSON field of a value that cannot be read\n",
                    Names.STATE_VALIDATION_EXCEPTION)
                .build(),
            CodeBlock.of("Returns a builder that starts from the values of these details.\n"),
            CodeBlock.of("Returns these details as a new ordered map keyed by JSON names; values keep their Java\n"
                + "types.\n\n@return the map\n"),
            CodeBlock.of("Builds {@link $T}; every field starts at its default.\n", details),
            CodeBlock.of("Returns the details holding the values set so far.\n")))
        .build();
  }

  /**
   * A details field: its {@code @Default} as the builder's initializer, {@code @JsonFormat} on an
   * instant's accessor, a collection copied when set.
   */
  private static ValueField valueField(DetailsFieldModel field) {
    FieldType type = field.type();
    CodeBlock setterJavadoc = type.isCollection()
        ? CodeBlock.builder()
            .add("Sets {@code $L} to an unmodifiable copy of {@code $L}, or null.\n\n", field.jsonName(), field.name())
            .add("@throws $T if it holds a null or non-string entry\n", Names.STATE_VALIDATION_EXCEPTION)
            .build()
        : CodeBlock.of("Sets {@code $L}.\n", field.jsonName());
    ValueField.Builder value = ValueField.builder(field.name(), field.jsonName(), type.javaType())
        .reader(loose -> CodeBlock.of("$T.$N($L, $S)", Names.VALUES, type.reader(), loose, field.jsonName()))
        .copiedOnSet(type.isCollection())
        .initializer(defaultValue(field))
        .javadoc(
            field.javadoc() != null
                ? CodeBlock.of("$L\n", field.javadoc())
                : CodeBlock.of("Returns the {@code $L} field.\n", field.jsonName()),
            CodeBlock.of("Returns a copy of these details with the given {@code $L}.\n", field.jsonName()),
            setterJavadoc);
    if (writtenAsText(type)) {
      value.accessorAnnotation(JacksonAnnotations.formatString());
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

  /** Whether Jackson must be told to write the field as text ({@code @JsonFormat(shape = STRING)}). */
  private static boolean writtenAsText(FieldType type) {
    return type.accept(new FieldType.Visitor<>() {
      @Override
      public Boolean scalar(FieldType.Scalar scalar) {
        return switch (scalar.kind()) {
          case INSTANT -> true; // an ISO-8601 text, not epoch seconds
          case STRING, UUID, BOOLEAN, INT, LONG -> false;
        };
      }

      @Override
      public Boolean list(FieldType.ListOf list) {
        return false;
      }

      @Override
      public Boolean map(FieldType.MapOf map) {
        return false;
      }
    });
  }

  /**
   * The builder's initializer of a field, rendered from its parsed initial value; null where Java's
   * own default ({@code null}, {@code false}, {@code 0}) is the value.
   */
  private static CodeBlock defaultValue(DetailsFieldModel field) {
    Object value = field.initialValue();
    FieldType type = field.type();
    if (value == null || (type.isPrimitive() && value.equals(type.implicitDefault()))) {
      return null;
    }
    return type.accept(new FieldType.Visitor<>() {
      @Override
      public CodeBlock scalar(FieldType.Scalar scalar) {
        return switch (scalar.kind()) {
          case BOOLEAN -> scalar.primitive()
              ? CodeBlock.of("$L", value)
              : CodeBlock.of("$T.$N", Boolean.class, (Boolean) value ? "TRUE" : "FALSE");
          case INT -> CodeBlock.of("$L", value);
          case LONG -> CodeBlock.of("$LL", value);
          case STRING -> CodeBlock.of("$S", value);
          case UUID -> CodeBlock.of("$T.fromString($S)", UUID.class, value.toString());
          case INSTANT -> CodeBlock.of("$T.parse($S)", Instant.class, value.toString());
        };
      }

      @Override
      public CodeBlock list(FieldType.ListOf list) {
        return CodeBlock.of("$T.of()", List.class); // a list defaults to empty or null
      }

      @Override
      public CodeBlock map(FieldType.MapOf map) {
        return CodeBlock.of("$T.of()", Map.class); // a map defaults to empty or null
      }
    });
  }
}
