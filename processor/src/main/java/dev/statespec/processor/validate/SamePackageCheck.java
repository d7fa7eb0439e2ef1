package dev.statespec.processor.validate;

import dev.statespec.processor.diagnostics.Diagnostics;
import dev.statespec.processor.diagnostics.Origin;
import dev.statespec.processor.diagnostics.Problem;
import dev.statespec.processor.spec.SpecModel;
import java.util.Map;

/**
 * Checks that no two specs of a compile share a package: both would generate {@code State},
 * {@code StateType}, ..., and the spec processed second is the mistake. Unlike the other checks it
 * needs what the compile generated so far, not only the spec's model.
 */
public final class SamePackageCheck {

  private final Diagnostics diagnostics;

  public SamePackageCheck(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Whether no other spec generated classes in {@code spec}'s package; reports the clash on the spec
   * when one did.
   *
   * @param generatedBy the simple name of the spec each class was generated from, by qualified name
   */
  public boolean packageIsFree(SpecModel spec, Map<String, String> generatedBy) {
    // A spec with errors may have written StateDetails alone, so both are looked up.
    String owner = generatedBy.get(spec.names().stateType().canonicalName());
    if (owner == null) {
      owner = generatedBy.get(spec.names().stateDetails().canonicalName());
    }
    if (owner != null) {
      diagnostics.error(Origin.of(spec.element()), Problem.SAME_PACKAGE, spec.element().getSimpleName(),
          spec.names().stateType().simpleName(), owner);
    }
    return owner == null;
  }
}
