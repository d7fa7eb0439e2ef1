package dev.statespec.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.util.Names;
import java.util.List;

/** What every generated source file shares: the marks of generated code and the one file layout. */
final class GeneratedFiles {

  private GeneratedFiles() {}

  /**
   * The annotations of every top-level class generated for {@code spec}: {@code
   * @Generated("dev.statespec.processor.StateSpecProcessor")} (no date, so output does not vary)
   * where the spec's package can see it; always {@code @StateSpecGenerated}, the mark that stays in
   * the class file for coverage tools; and {@code @NullMarked}, so that a type without {@code
   * @Nullable} is not null ({@link Nullness}).
   *
   * @param spec the spec's model, which knows whether {@code @Generated} is visible beside it
   * @return the annotations, {@code @Generated} first
   */
  static List<AnnotationSpec> generatedAnnotations(SpecModel spec) {
    AnnotationSpec nullMarked = AnnotationSpec.builder(Names.NULL_MARKED).build();
    if (!spec.generatedVisible()) {
      return List.of(generatedMark(), nullMarked);
    }
    return List.of(AnnotationSpec.builder(Names.GENERATED).addMember("value", "$S", Names.PROCESSOR).build(),
        generatedMark(), nullMarked);
  }

  /**
   * {@code @StateSpecGenerated}: what a nested generated class carries, since a class file's
   * annotations are its own and not its enclosing class's.
   *
   * @return the annotation
   */
  static AnnotationSpec generatedMark() {
    return AnnotationSpec.builder(Names.STATE_SPEC_GENERATED).build();
  }

  /**
   * The file for a top-level generated type of {@code spec}: in the spec's package, originating
   * from the spec alone, two-space indent, {@code java.lang} not imported.
   */
  static JavaFile javaFile(SpecModel spec, TypeSpec.Builder type) {
    TypeSpec typeSpec = type.addOriginatingElement(spec.element()).build();
    return JavaFile.builder(spec.specClass().packageName(), typeSpec)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /** {@code @see ReviewSpec}: the line that points generated Javadoc back at the spec. */
  static String seeSpec(SpecModel spec) {
    return "@see " + spec.specClass().simpleName() + "\n";
  }
}
