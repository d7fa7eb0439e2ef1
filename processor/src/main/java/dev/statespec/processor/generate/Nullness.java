package dev.statespec.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.statespec.processor.util.Names;
import java.util.Map;

/**
 * JSpecify nullness in generated code. Every generated top-level class is {@code @NullMarked}
 * ({@link GeneratedFiles#generatedAnnotations(dev.statespec.processor.spec.SpecModel)}), so a type that admits null says so with a
 * type-use {@code @Nullable}, made here: JavaPoet places it where Java wants it, before the simple
 * name ({@code @Nullable UUID}, {@code Outer.@Nullable Inner}, {@code String @Nullable []}). Which
 * members admit null the model decides: a value class's fields in {@link ValueField}, the other
 * members where the generator writes them.
 */
final class Nullness {

  private static final AnnotationSpec NULLABLE = AnnotationSpec.builder(Names.NULLABLE).build();

  /** {@code Map<String, @Nullable Object>}: what {@code toMap()} returns, whose values may be null. */
  static final TypeName NULLABLE_VALUES_MAP = ParameterizedTypeName.get(
      ClassName.get(Map.class), ClassName.get(String.class), nullable(ClassName.OBJECT));

  private Nullness() {}

  /**
   * {@code type}, admitting null: annotated {@code @Nullable} once (whatever the spec's own source
   * said of it); a primitive, which cannot be null, as it is.
   */
  static TypeName nullable(TypeName type) {
    return type.isPrimitive() ? type : type.withoutAnnotations().annotated(NULLABLE);
  }
}
