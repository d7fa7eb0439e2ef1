package dev.statespec.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.statespec.processor.diagnostics.Diagnostics;
import dev.statespec.processor.diagnostics.Origin;
import dev.statespec.processor.diagnostics.Problem;
import dev.statespec.processor.generate.CountByStateGenerator;
import dev.statespec.processor.generate.FactoriesGenerator;
import dev.statespec.processor.generate.SchemaGenerator;
import dev.statespec.processor.generate.StateDetailsGenerator;
import dev.statespec.processor.generate.StateGenerator;
import dev.statespec.processor.generate.StateTypeGenerator;
import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.spec.SpecReader;
import dev.statespec.processor.util.Names;
import dev.statespec.processor.validate.SamePackageCheck;
import dev.statespec.processor.validate.SpecValidator;
import dev.statespec.processor.validate.StrayDetailsCheck;
import dev.statespec.processor.write.ResourceWriter;
import dev.statespec.processor.write.SourceWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The statespec annotation processor. For each {@code @StateSpec} interface: read it into a model,
 * validate the model, and only if it has no errors generate its classes and write them.
 *
 * <p>Claiming: javac's {@code -Xlint:processing} warns about every annotation no processor claims,
 * and the generated code carries {@code @Generated} and Jackson annotations. So statespec also
 * supports those, and claims a round's annotations only when every element that carries a foreign
 * one is a class statespec generated: a build of specs alone compiles cleanly under {@code
 * -Xlint:all -Werror}, and the user's own annotated classes are left to whoever wants them.
 */
@AutoService(Processor.class)
public final class StateSpecProcessor extends AbstractProcessor {

  private Diagnostics diagnostics;
  private SpecReader reader;
  private SpecValidator validator;
  private SamePackageCheck samePackage;
  private StrayDetailsCheck strayDetails;
  private SourceWriter writer;
  private ResourceWriter resourceWriter;
  /** Every class written so far, by qualified name, with the simple name of the spec it came from. */
  private final Map<String, String> generatedTypes = new HashMap<>();

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    diagnostics = new Diagnostics(processingEnv.getMessager());
    reader = new SpecReader(processingEnv.getElementUtils());
    validator = new SpecValidator(diagnostics);
    samePackage = new SamePackageCheck(diagnostics);
    strayDetails = new StrayDetailsCheck(diagnostics);
    writer = new SourceWriter(processingEnv.getFiler(), diagnostics);
    resourceWriter = new ResourceWriter(processingEnv.getFiler(), diagnostics);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Names.STATE_SPEC, Names.STATE_SPEC + ".*", Names.GENERATED.canonicalName(),
        Names.JSON_PROPERTY.packageName() + ".*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement stateSpec = processingEnv.getElementUtils().getTypeElement(Names.STATE_SPEC);
    if (stateSpec == null) {
      return false;
    }
    for (TypeElement spec : ElementFilter.typesIn(round.getElementsAnnotatedWith(stateSpec))) {
      processSpec(spec);
    }
    // A @Details type outside every spec is in no spec's model, so it is checked on the round.
    TypeElement details = processingEnv.getElementUtils().getTypeElement(Names.DETAILS);
    if (details != null) {
      strayDetails.check(round.getElementsAnnotatedWith(details));
    }
    return onlyStatespecUses(annotations, round);
  }

  // Whether every foreign annotation of this round sits in a class statespec generated.
  private boolean onlyStatespecUses(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      if (annotation.getQualifiedName().toString().startsWith(Names.STATE_SPEC)) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (!generatedTypes.containsKey(outermostType(element))) {
          return false;
        }
      }
    }
    return true;
  }

  private static String outermostType(Element element) {
    Element current = element;
    while (current.getEnclosingElement() != null
        && current.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
      current = current.getEnclosingElement();
    }
    return current instanceof TypeElement ? ((TypeElement) current).getQualifiedName().toString() : "";
  }

  // One spec, start to end; an unexpected failure is reported on the spec and the next spec goes on.
  private void processSpec(TypeElement spec) {
    try {
      int errorsBefore = diagnostics.errorCount();
      SpecModel model = reader.read(spec);
      // Errors that lie in a base spec are counted here but printed by the base's own compile. The
      // scope is declared before the try, as -Xlint:try warns of a resource the body never names.
      Diagnostics.Scope scope = diagnostics.scopeTo(spec);
      try (scope) {
        validator.validate(model);
      }
      if (!samePackage.packageIsFree(model, generatedTypes)) {
        return;
      }
      if (diagnostics.errorCount() == errorsBefore) {
        generate(model).forEach(file -> writeSource(model, file));
        resourceWriter.write(model, SchemaGenerator.resourceName(model), new SchemaGenerator().generate(model));
      } else if (detailsAreSound(model, errorsBefore)) {
        // The spec's rules are written against StateDetails: with it in place, each mistake is
        // reported once, not again as "cannot find symbol" wherever a rule names it.
        writeSource(model, new StateDetailsGenerator().generate(model));
      }
    } catch (RuntimeException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      diagnostics.error(Origin.of(spec), Problem.INTERNAL, spec.getQualifiedName(), trace);
    }
  }

  private void writeSource(SpecModel model, JavaFile file) {
    String name = file.packageName() + "." + file.typeSpec().name();
    writer.write(model, file);
    generatedTypes.put(name, model.element().getSimpleName().toString());
  }

  private boolean detailsAreSound(SpecModel model, int errorsBefore) {
    Element details = model.detailsOrigin() == null ? null : model.detailsOrigin().element();
    return details == null || !diagnostics.reportedWithin(details, errorsBefore);
  }

  private static List<JavaFile> generate(SpecModel model) {
    return List.of(
        new StateTypeGenerator().generate(model),
        new StateDetailsGenerator().generate(model),
        new CountByStateGenerator().generate(model),
        new StateGenerator().generate(model),
        new FactoriesGenerator().generate(model));
  }

}
