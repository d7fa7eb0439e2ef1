package dev.statespec.processor.validate;

import dev.statespec.processor.diagnostics.Diagnostics;
import dev.statespec.processor.diagnostics.Origin;
import dev.statespec.processor.diagnostics.Problem;
import dev.statespec.processor.util.Annotations;
import dev.statespec.processor.util.Names;
import javax.lang.model.element.Element;

/**
 * Checks that every type marked {@code @StateSpec.Details} is nested in a spec: one outside any spec
 * would silently generate nothing. No spec's model sees such a type, so the check runs on a round's
 * marked elements.
 */
public final class StrayDetailsCheck {

  private final Diagnostics diagnostics;

  /**
   * A check that reports through {@code diagnostics}.
   *
   * @param diagnostics where a stray type goes
   */
  public StrayDetailsCheck(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Reports each of {@code marked}, the elements that carry {@code @StateSpec.Details}, not nested in a
   * spec.
   *
   * @param marked the round's marked elements
   */
  public void check(Iterable<? extends Element> marked) {
    for (Element element : marked) {
      if (!Annotations.has(element.getEnclosingElement(), Names.STATE_SPEC)) {
        diagnostics.error(Origin.of(element), Problem.DETAILS_OUTSIDE_SPEC, element.getSimpleName());
      }
    }
  }
}
