package dev.statespec.processor.util;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads annotations as mirrors, by qualified name, keeping each {@link AnnotationValue} so that a
 * diagnostic can point at the exact string a spec author wrote.
 */
public final class Annotations {

  private Annotations() {}

  /**
   * The annotation named {@code qualifiedName} on {@code element}, if present.
   *
   * @param element the annotated element
   * @param qualifiedName the annotation type's qualified name
   * @return the annotation's mirror, or empty
   */
  public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code element} carries the annotation named {@code qualifiedName}.
   *
   * @param element the element
   * @param qualifiedName the annotation type's qualified name
   * @return whether the annotation is present
   */
  public static boolean has(Element element, String qualifiedName) {
    return find(element, qualifiedName).isPresent();
  }

  /**
   * The value the annotation's source gives {@code attribute}, if it gives one (defaults are not).
   *
   * @param mirror the annotation
   * @param attribute the attribute's name
   * @return the value as written, or empty
   */
  public static Optional<AnnotationValue> explicit(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * The elements of an array attribute, each as its own {@link AnnotationValue}; a single value
   * written without braces is a one-element list; an absent attribute is empty.
   *
   * @param mirror the annotation
   * @param attribute the array attribute's name
   * @return the elements in source order
   */
  public static List<AnnotationValue> list(AnnotationMirror mirror, String attribute) {
    Optional<AnnotationValue> value = explicit(mirror, attribute);
    if (value.isEmpty()) {
      return List.of();
    }
    Object raw = value.get().getValue();
    List<AnnotationValue> result = new ArrayList<>();
    if (raw instanceof List<?>) {
      for (Object item : (List<?>) raw) {
        result.add((AnnotationValue) item);
      }
    } else {
      result.add(value.get());
    }
    return result;
  }

  /**
   * A string attribute's value, or {@code fallback} when the source does not give it.
   *
   * @param mirror the annotation
   * @param attribute the string attribute's name
   * @param fallback what to return when the source gives no value
   * @return the value
   */
  public static String string(AnnotationMirror mirror, String attribute, String fallback) {
    return explicit(mirror, attribute).map(value -> String.valueOf(value.getValue())).orElse(fallback);
  }
}
