package dev.statespec.processor.validate;

import com.palantir.javapoet.ClassName;
import dev.statespec.processor.diagnostics.Diagnostics;
import dev.statespec.processor.diagnostics.Origin;
import dev.statespec.processor.diagnostics.Problem;
import dev.statespec.processor.spec.FieldType;
import dev.statespec.processor.spec.GeneratedNames;
import dev.statespec.processor.spec.SpecDeclaration;
import dev.statespec.processor.spec.SpecModel;
import java.util.List;
import javax.lang.model.element.Name;

/**
 * Checks how a spec is declared, from the facts the reader recorded in its {@link SpecDeclaration}:
 * the spec type itself, its details types, its methods and its details methods. Each problem goes
 * on the element that holds it. The parts these checks refuse were left out of the model, so the
 * rest of validation never sees them, and neither do the generators.
 */
final class DeclarationChecks {

  private final Diagnostics diagnostics;

  DeclarationChecks(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Reports every problem of how {@code spec} itself (not its base) is declared; returns whether
   * classes generated beside it can call its rules, which they cannot when it is nested in a type
   * that is not public.
   */
  boolean check(SpecModel spec) {
    SpecDeclaration declaration = spec.declaration();
    checkSpecType(spec, declaration);
    checkDetailsTypes(declaration.detailsTypes());
    checkMethods(declaration.methods());
    checkDetailsMethods(declaration.detailsMethods());
    return declaration.hiddenIn() == null;
  }

  // A spec is a public, non-generic interface not named like a class generated beside it.
  private void checkSpecType(SpecModel spec, SpecDeclaration declaration) {
    Origin origin = Origin.of(spec.element());
    Name name = spec.element().getSimpleName();
    if (!declaration.isInterface()) {
      diagnostics.error(origin, Problem.SPEC_NOT_INTERFACE, name, declaration.kind(), name);
    }
    if (!declaration.isPublic()) {
      diagnostics.error(origin, Problem.SPEC_NOT_PUBLIC, name);
    }
    if (declaration.generic()) {
      diagnostics.error(origin, Problem.SPEC_GENERIC, name);
    }
    if (declaration.hiddenIn() != null) {
      diagnostics.error(origin, Problem.SPEC_HIDDEN, name, declaration.hiddenIn(), declaration.hiddenIn());
    }
    GeneratedNames names = new GeneratedNames("");
    for (ClassName generated : names.all()) {
      if (name.contentEquals(generated.simpleName())) {
        diagnostics.error(origin, Problem.SPEC_NAME_CLASH, name, generated.simpleName(), name);
      }
    }
  }

  // The first interface marked @Details is the spec's details; every other type so marked is a mistake.
  private void checkDetailsTypes(List<SpecDeclaration.DetailsType> detailsTypes) {
    SpecDeclaration.DetailsType found = null;
    for (SpecDeclaration.DetailsType type : detailsTypes) {
      if (!type.isInterface()) {
        diagnostics.error(type.origin(), Problem.DETAILS_NOT_INTERFACE, type.name(), type.kind());
      } else if (found != null) {
        diagnostics.error(type.origin(), Problem.TWO_DETAILS, found.name());
      } else {
        found = type;
      }
    }
  }

  // An abstract method is no helper, so it must be a details field in the wrong place; a rule must be callable.
  private void checkMethods(List<SpecDeclaration.Method> methods) {
    for (SpecDeclaration.Method method : methods) {
      if (!method.isRule()) {
        if (method.isAbstract()) {
          diagnostics.error(method.origin(), Problem.STRAY_METHOD, method.name());
        }
        continue;
      }
      String rule = method.name() + "()";
      if (method.onTransition()) {
        checkTransitionRule(method, rule);
        continue;
      }
      // One problem per rule, the first the author has to fix.
      if (!method.isStatic()) {
        diagnostics.error(method.origin(), Problem.RULE_NOT_STATIC, rule, method.name());
      } else if (method.isPrivate()) {
        diagnostics.error(method.origin(), Problem.RULE_PRIVATE, rule);
      } else if (method.generic()) {
        diagnostics.error(method.origin(), Problem.RULE_GENERIC, rule);
      } else if (!method.hasRuleSignature()) {
        diagnostics.error(method.origin(), Problem.RULE_SIGNATURE, rule, method.name(), method.onBuild() ? "" : ", ...");
      }
    }
  }

  // A transition rule is static TransitionDecision<State> name(State initial, State proposed), and no details rule.
  private void checkTransitionRule(SpecDeclaration.Method method, String rule) {
    if (method.factory() || method.onBuild()) {
      diagnostics.error(method.origin(), Problem.RULE_TWO_KINDS, rule, method.factory() ? "Factory" : "OnBuild");
    } else if (!method.isStatic()) {
      diagnostics.error(method.origin(), Problem.TRANSITION_RULE_SIGNATURE, rule, "is not static", method.name());
    } else if (method.isPrivate()) {
      diagnostics.error(method.origin(), Problem.RULE_PRIVATE, rule);
    } else if (method.generic()) {
      diagnostics.error(method.origin(), Problem.TRANSITION_RULE_SIGNATURE, rule, "has type parameters",
          method.name());
    } else if (!method.hasTransitionSignature()) {
      diagnostics.error(method.origin(), Problem.TRANSITION_RULE_SIGNATURE, rule, "takes " + method.signature(),
          method.name());
    }
  }

  // A details field is a parameterless accessor of a type statespec can store.
  private void checkDetailsMethods(List<SpecDeclaration.DetailsMethod> methods) {
    for (SpecDeclaration.DetailsMethod method : methods) {
      if (method.parameterCount() > 0) {
        diagnostics.error(method.origin(), Problem.FIELD_PARAMETERS, method.name(), method.name());
      } else if (method.unsupportedType() != null) {
        diagnostics.error(method.origin(), Problem.FIELD_TYPE, method.name(), method.unsupportedType(),
            FieldType.supportedList());
      } else if (method.hiddenType() != null) {
        diagnostics.error(method.origin(), Problem.FIELD_TYPE_HIDDEN, method.name(), method.hiddenType(),
            method.hiddenType());
      }
    }
  }
}
