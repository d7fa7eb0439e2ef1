package dev.statespec.processor.validate;

import dev.statespec.processor.diagnostics.Diagnostics;
import dev.statespec.processor.diagnostics.Origin;
import dev.statespec.processor.diagnostics.Problem;
import dev.statespec.processor.spec.SpecDeclaration;
import dev.statespec.processor.spec.SpecModel;
import java.util.List;
import javax.lang.model.element.Name;

/**
 * Checks what a spec extends: no cycle, no interface that is no spec, at most one base spec, and a
 * base without errors of its own. The base was checked when it was compiled (or is checked on its
 * own in this compile), so it is validated quietly here and a broken base is said once, on the
 * extension, with the first of its errors: from a jar, the base's own compile is not in sight.
 */
final class ExtensionChecks {

  private final Diagnostics diagnostics;

  ExtensionChecks(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Reports every problem of what {@code spec} extends; returns whether the rules it inherits can be
   * called, which they cannot when its base has errors (and so may have no generated classes).
   */
  boolean check(SpecModel spec) {
    SpecDeclaration declaration = spec.declaration();
    Origin origin = Origin.of(spec.element());
    Name name = spec.element().getSimpleName();
    if (!declaration.cycle().isEmpty()) {
      diagnostics.error(origin, Problem.SPEC_CYCLE, String.join(" -> ", declaration.cycle()), name);
      return true; // the reader followed the cycle no further, so there is no base to check
    }
    for (String supertype : declaration.otherSupertypes()) {
      diagnostics.error(origin, Problem.BASE_NOT_SPEC, name, supertype);
    }
    List<String> bases = declaration.baseSpecs();
    if (bases.size() > 1) {
      diagnostics.error(origin, Problem.TWO_BASES, name, bases.get(0), bases.get(1));
    }
    SpecModel base = spec.base();
    List<String> baseProblems = base == null ? List.of() : SpecValidator.problemsOf(base);
    if (!baseProblems.isEmpty()) {
      int count = baseProblems.size();
      diagnostics.error(origin, Problem.BASE_INVALID, base.element().getQualifiedName(),
          count == 1 ? "1 error" : count + " errors", (count == 1 ? "" : "the first is ") + baseProblems.get(0));
      return false;
    }
    return true;
  }
}
