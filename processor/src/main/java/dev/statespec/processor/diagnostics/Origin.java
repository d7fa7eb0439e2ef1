package dev.statespec.processor.diagnostics;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where something in a spec was written, so that a diagnostic points at it: an element, and when
 * known the annotation on it and the attribute value that said it.
 *
 * @param element the element, never null
 * @param annotation the annotation on {@code element}, or null
 * @param value the annotation's attribute value (or array element), or null
 */
public record Origin(Element element, AnnotationMirror annotation, AnnotationValue value) {

  /**
   * The element itself.
   *
   * @param element the element
   * @return the origin, without annotation or value
   */
  public static Origin of(Element element) {
    return new Origin(element, null, null);
  }

  /**
   * An annotation on an element, as a whole.
   *
   * @param element the annotated element
   * @param annotation the annotation on it
   * @return the origin, without value
   */
  public static Origin of(Element element, AnnotationMirror annotation) {
    return new Origin(element, annotation, null);
  }

  /**
   * Whether this origin lies in {@code container}: its element is {@code container} or is nested in it.
   *
   * @param container an element, such as a spec interface
   * @return whether the element or one enclosing it is {@code container}
   */
  public boolean liesIn(Element container) {
    for (Element current = element; current != null; current = current.getEnclosingElement()) {
      if (current.equals(container)) {
        return true;
      }
    }
    return false;
  }
}
