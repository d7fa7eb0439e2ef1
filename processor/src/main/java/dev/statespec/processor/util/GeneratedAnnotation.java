package dev.statespec.processor.util;

import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Whether code generated beside a spec may carry {@code @javax.annotation.processing.Generated}, as
 * AutoValue decides it: only where that annotation is visible. It lives in the module {@code
 * java.compiler}, which the unnamed module reads (a build on the class path) but a named module
 * reads only if its {@code module-info} requires it, directly ({@code requires static
 * java.compiler;} is enough: the annotation has source retention) or through another module's
 * {@code requires transitive} ({@code requires java.se;}). Elsewhere the annotation would not
 * compile, so it is left out; the class-retention {@code @StateSpecGenerated} stays on every class.
 */
public final class GeneratedAnnotation {

  private GeneratedAnnotation() {}

  /**
   * Whether {@code @Generated} is visible from the package of {@code element}.
   *
   * @param elements the compiler's element utilities
   * @param element an element of the package the generated code goes into (the spec)
   * @return whether the annotation exists and the element's module reads its module
   */
  public static boolean isVisibleFrom(Elements elements, Element element) {
    TypeElement generated = elements.getTypeElement(Names.GENERATED.canonicalName());
    if (generated == null) {
      return false; // not in the JDK compiled against (--release 8), or not in the module graph
    }
    ModuleElement module = elements.getModuleOf(element);
    if (module == null || module.isUnnamed()) {
      return true; // no modules (a compiler that has none), or the unnamed module, which reads every module
    }
    ModuleElement target = elements.getModuleOf(generated);
    return target == null || reads(module, name(target));
  }

  // Whether module reads the module named target: it requires target, or requires a module that
  // grants target's readability on (requires transitive, along any chain).
  private static boolean reads(ModuleElement module, String target) {
    Set<String> seen = new HashSet<>();
    for (ModuleElement.RequiresDirective requires : ElementFilter.requiresIn(module.getDirectives())) {
      if (name(requires.getDependency()).equals(target) || grants(requires.getDependency(), target, seen)) {
        return true;
      }
    }
    return false;
  }

  // Whether every module that reads module also reads target, through module's requires transitive.
  private static boolean grants(ModuleElement module, String target, Set<String> seen) {
    if (!seen.add(name(module))) {
      return false;
    }
    for (ModuleElement.RequiresDirective requires : ElementFilter.requiresIn(module.getDirectives())) {
      if (requires.isTransitive()
          && (name(requires.getDependency()).equals(target) || grants(requires.getDependency(), target, seen))) {
        return true;
      }
    }
    return false;
  }

  private static String name(ModuleElement module) {
    return module.getQualifiedName().toString();
  }
}
