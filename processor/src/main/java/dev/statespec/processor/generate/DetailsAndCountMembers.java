package dev.statespec.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.statespec.processor.util.Names;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The members that {@code StateDetails} and {@code CountByState} generate alike: both are immutable
 * values of plain fields, read from maps and JSON through their builder.
 */
final class DetailsAndCountMembers {

  /** {@code Map<String, ?>}: what {@code fromMap} reads. */
  static final TypeName LOOSE_MAP = ParameterizedTypeName.get(
      ClassName.get(Map.class), ClassName.get(String.class), WildcardTypeName.subtypeOf(Object.class));

  /** {@code Map<String, Object>}: what {@code toMap} returns. */
  static final TypeName OBJECT_MAP =
      ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ClassName.OBJECT);

  private DetailsAndCountMembers() {}

  /** A name allocator in which the value's fields are taken, so that locals never shadow them. */
  static NameAllocator allocator(List<FieldSpec> fields) {
    NameAllocator names = new NameAllocator();
    for (FieldSpec field : fields) {
      names.newName(field.name(), field);
    }
    return names;
  }

  // if (map == null) { throw new StateValidationException("", "expected an object, got null"); }
  static CodeBlock requireMap(ParameterSpec map) {
    return CodeBlock.builder()
        .beginControlFlow("if ($N == null)", map)
        .addStatement("throw new $T($S, $S)", Names.STATE_VALIDATION_EXCEPTION, "", "expected an object, got null")
        .endControlFlow()
        .build();
  }

  // public static List<X> validateList(List<? extends Map<String, ?>> maps) { ... fromMap(map) per element ... }
  static MethodSpec validateList(ClassName valueClass, MethodSpec fromMap) {
    TypeName resultType = ParameterizedTypeName.get(ClassName.get(List.class), valueClass);
    ParameterSpec maps = ParameterSpec.builder(
        ParameterizedTypeName.get(ClassName.get(List.class), WildcardTypeName.subtypeOf(LOOSE_MAP)), "maps").build();
    return MethodSpec.methodBuilder("validateList")
        .addJavadoc("Reads each map of {@code $N} as {@link #$N} does ({@code model_validate_list}).\n\n",
            maps, fromMap)
        .addJavadoc("@return the values, in order; unmodifiable\n")
        .addJavadoc("@throws $T for the first bad value, its path prefixed with the map's\n",
            Names.STATE_VALIDATION_EXCEPTION)
        .addJavadoc("    index in the list ({@code 2.field})\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(resultType)
        .addParameter(maps)
        .addStatement("$T result = new $T<>($N.size())", resultType, ArrayList.class, maps)
        .addStatement("int index = 0")
        .beginControlFlow("for ($T map : $N)", LOOSE_MAP, maps)
        .addStatement("result.add($T.nested($T.valueOf(index), () -> $N(map)))", Names.VALUES, String.class, fromMap)
        .addStatement("index++")
        .endControlFlow()
        .addStatement("return $T.unmodifiableList(result)", Collections.class)
        .build();
  }

  // @JsonCreator(mode = JsonCreator.Mode.DELEGATING) private static X fromJson(Builder builder) { ... }
  static MethodSpec fromJson(ClassName valueClass, ClassName builderClass, MethodSpec build) {
    ParameterSpec builder = ParameterSpec.builder(builderClass, "builder").build();
    return MethodSpec.methodBuilder("fromJson")
        .addJavadoc("Reads JSON: Jackson fills a {@link $T}, which checks each value as it does for maps.\n",
            builderClass)
        .addAnnotation(JacksonAnnotations.creatorDelegating())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(valueClass)
        .addParameter(builder)
        .addStatement("return $N.$N()", builder, build)
        .build();
  }

  // public X resetFields() { return this; }
  static MethodSpec resetFields(ClassName valueClass) {
    return MethodSpec.methodBuilder("resetFields")
        .addJavadoc("Returns this value: a {@code $T} has no fields that a reset renews.\n", valueClass)
        .addModifiers(Modifier.PUBLIC)
        .returns(valueClass)
        .addStatement("return this")
        .build();
  }

  // @Override public Map<String, Object> toMap() { return new FieldMap(JSON_NAMES, new Object[] {flowRunId, ...}); }
  static MethodSpec toMap(List<FieldSpec> fields, FieldSpec keys) {
    List<CodeBlock> values = new ArrayList<>();
    fields.forEach(field -> values.add(CodeBlock.of("$N", field)));
    return MethodSpec.methodBuilder("toMap")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(OBJECT_MAP)
        .addStatement("return $L", FieldMaps.newMap(keys, values))
        .build();
  }

  // @Override public boolean equals(Object other) { ... other instanceof X that && Objects.equals(a, that.a) && ... }
  static MethodSpec equalsMethod(ClassName valueClass, List<FieldSpec> fields) {
    NameAllocator names = allocator(fields);
    ParameterSpec other = ParameterSpec.builder(ClassName.OBJECT, names.newName("other")).build();
    String that = names.newName("that");
    CodeBlock.Builder body = CodeBlock.builder()
        .beginControlFlow("if (this == $N)", other)
        .addStatement("return true")
        .endControlFlow();
    if (fields.isEmpty()) {
      body.addStatement("return $N instanceof $T", other, valueClass);
    } else {
      body.add("return $N instanceof $T $N$>$>", other, valueClass, that);
      for (FieldSpec field : fields) {
        if (field.type().isPrimitive()) {
          body.add("\n&& $N == $N.$N", field, that, field);
        } else {
          body.add("\n&& $T.equals($N, $N.$N)", Objects.class, field, that, field);
        }
      }
      body.add(";\n$<$<");
    }
    return MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(other)
        .addCode(body.build())
        .build();
  }

  // @Override public int hashCode() { int result = Objects.hashCode(a); result = 31 * result + ...; ... }
  static MethodSpec hashCodeMethod(List<FieldSpec> fields) {
    CodeBlock.Builder body = CodeBlock.builder();
    if (fields.isEmpty()) {
      body.addStatement("return 0");
    } else if (fields.size() == 1) {
      body.addStatement("return $L", hash(fields.get(0)));
    } else {
      String result = allocator(fields).newName("result");
      body.addStatement("int $N = $L", result, hash(fields.get(0)));
      for (FieldSpec field : fields.subList(1, fields.size())) {
        body.addStatement("$N = 31 * $N + $L", result, result, hash(field));
      }
      body.addStatement("return $N", result);
    }
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addCode(body.build())
        .build();
  }

  // Objects.hashCode(flowRunId), Boolean.hashCode(untrackableResult), Integer.hashCode(completed), ...
  private static CodeBlock hash(FieldSpec field) {
    TypeName type = field.type();
    return CodeBlock.of("$T.hashCode($N)", type.isPrimitive() ? type.box() : Objects.class, field);
  }

  // @Override public String toString() { return "X[flowRunId=" + flowRunId + ", ..." + "]"; }
  static MethodSpec toStringMethod(ClassName valueClass, List<FieldSpec> fields, List<String> labels) {
    CodeBlock.Builder body = CodeBlock.builder();
    String name = valueClass.simpleName();
    if (fields.isEmpty()) {
      body.addStatement("return $S", name + "[]");
    } else {
      body.add("return $S + $N$>$>", name + "[" + labels.get(0) + "=", fields.get(0));
      for (int i = 1; i < fields.size(); i++) {
        body.add("\n+ $S + $N", ", " + labels.get(i) + "=", fields.get(i));
      }
      body.add("\n+ $S;\n$<$<", "]");
    }
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addCode(body.build())
        .build();
  }
}
