package dev.statespec.processor.validate;

import dev.statespec.processor.diagnostics.Diagnostics;
import dev.statespec.processor.diagnostics.Origin;
import dev.statespec.processor.diagnostics.Problem;
import dev.statespec.processor.spec.SpecModel;
import java.util.Map;
import java.util.Objects;

/**
 * Checks that no two specs of a compile share a package: both would generate {@code State},
 * {@code StateType}, ..., and the spec processed second is the mistake. Unlike the other checks it
 * needs what the compile generated so far, not only the spec's model.
 */
public final class SamePackageCheck {

  private final Diagnostics diagnostics;

  /**
   * A check that reports through {@code diagnostics}.
   *
   * @param diagnostics where a clash goes
   */
  public SamePackageCheck(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Whether no other spec generated classes in {@code spec}'s package; reports the clash on the spec
   * when one did.
   *
   * @param spec the spec about to be generated
   * @param generatedBy the simple name of the spec each class was generated from, by qualified name
   * @return whether the package is free
   */
  public boolean packageIsFree(SpecModel spec, Map<String, String> generatedBy) {
    // A spec named like a generated class wrote only some of them, so each is looked up.
    String owner = spec.names().all().stream()
        .map(generated -> generatedBy.get(generated.canonicalName()))
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
    if (owner != null) {
      diagnostics.error(Origin.of(spec.element()), Problem.SAME_PACKAGE, spec.element().getSimpleName(),
          spec.names().stateType().simpleName(), owner);
    }
    return owner == null;
  }
}
