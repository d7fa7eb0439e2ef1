package dev.statespec.processor.spec;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.statespec.processor.util.Annotations;
import dev.statespec.processor.util.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the Java type of a details accessor as a {@link FieldType}: the one place that says which
 * Java types a details field may have.
 */
final class FieldTypeReader {

  private FieldTypeReader() {}

  /** The field type {@code type} stands for, or null when statespec cannot store it. */
  static FieldType read(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return FieldType.Basic.of(TypeName.get(type));
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    return switch (qualifiedName(declared)) {
      case "java.lang.Object" -> new FieldType.JsonValue(false);
      case "java.util.List" -> arguments.size() == 1 ? container(arguments.get(0), FieldType.ListOf::new) : null;
      case "java.util.Set" -> arguments.size() == 1 ? container(arguments.get(0), FieldType.SetOf::new) : null;
      case "java.util.Map" -> arguments.size() == 2 && isString(arguments.get(0)) ? map(arguments.get(1)) : null;
      default -> scalar(type);
    };
  }

  /** {@code Map<String, X>}: free-form JSON for {@code Object}, else a map of scalars. */
  private static FieldType map(TypeMirror value) {
    if (value.getKind() == TypeKind.DECLARED && qualifiedName((DeclaredType) value).equals("java.lang.Object")) {
      return new FieldType.JsonValue(true);
    }
    return container(value, FieldType.MapOf::new);
  }

  private static FieldType container(TypeMirror element, Function<FieldType.Scalar, FieldType> of) {
    FieldType.Scalar scalar = scalar(element);
    return scalar == null ? null : of.apply(scalar);
  }

  /** A boxed basic type or an enum, or null. */
  private static FieldType.Scalar scalar(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED || !((DeclaredType) type).getTypeArguments().isEmpty()) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    if (element.getKind() == ElementKind.ENUM) {
      return enumOf(element);
    }
    FieldType.Basic basic = FieldType.Basic.of(ClassName.get(element));
    return basic == null || basic.primitive() ? null : basic;
  }

  /** An enum and its wire values: each constant's {@code @JsonProperty} name, or its own. */
  private static FieldType.EnumOf enumOf(TypeElement type) {
    List<String> constants = new ArrayList<>();
    List<String> wireValues = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      String name = member.getSimpleName().toString();
      String wire = Annotations.find(member, Names.JSON_PROPERTY.canonicalName())
          .map(property -> Annotations.string(property, "value", ""))
          .filter(value -> !value.isEmpty())
          .orElse(name);
      constants.add(name);
      wireValues.add(wire);
    }
    return new FieldType.EnumOf(ClassName.get(type), constants, wireValues);
  }

  /**
   * The qualified name of an enum in {@code type} (itself, or a type argument) that code generated in
   * {@code generatedPackage} cannot name, or null: an enum that is private, or not public and in
   * another package, or nested in such a type.
   */
  static String hiddenEnum(TypeMirror type, PackageElement generatedPackage) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
      String hidden = hiddenEnum(argument, generatedPackage);
      if (hidden != null) {
        return hidden;
      }
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    if (element.getKind() != ElementKind.ENUM) {
      return null;
    }
    for (Element current = element; current instanceof TypeElement; current = current.getEnclosingElement()) {
      Set<Modifier> modifiers = current.getModifiers();
      boolean samePackage = packageOf(current).equals(generatedPackage);
      if (modifiers.contains(Modifier.PRIVATE) || (!modifiers.contains(Modifier.PUBLIC) && !samePackage)) {
        return element.getQualifiedName().toString();
      }
    }
    return null;
  }

  private static PackageElement packageOf(Element element) {
    Element current = element;
    while (!(current instanceof PackageElement)) {
      current = current.getEnclosingElement();
    }
    return (PackageElement) current;
  }

  private static boolean isString(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED && qualifiedName((DeclaredType) type).equals("java.lang.String");
  }

  private static String qualifiedName(DeclaredType type) {
    return ((TypeElement) type.asElement()).getQualifiedName().toString();
  }
}
