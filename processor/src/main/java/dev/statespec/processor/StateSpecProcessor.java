package dev.statespec.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.statespec.processor.diagnostics.Diagnostics;
import dev.statespec.processor.diagnostics.Origin;
import dev.statespec.processor.diagnostics.Problem;
import dev.statespec.processor.generate.DiagramGenerator;
import dev.statespec.processor.generate.SchemaGenerator;
import dev.statespec.processor.generate.SpecSources;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * The statespec annotation processor. For each {@code @StateSpec} interface: read it into a model;
 * validate the model, which reports every mistake and returns the model's sound part; generate the
 * classes from that part and write them, and the JSON Schema only if the spec has no errors.
 *
 * <p>A spec with errors is generated too, because javac reports every class still missing when
 * processing ends as "cannot find symbol" wherever a rule of the spec or another source names it,
 * after the processor's own errors. Its sound part leaves out every type, field, rule and reference
 * that was refused, so what is generated compiles cleanly, and a spec with N mistakes is N errors.
 * Only a spec named like a generated class goes without that class and those that name it.
 *
 * <p>A spec whose base does not resolve (not on the class path, or not generated yet) is read in
 * a later round, found again by its qualified name. If the base never appears it is javac's error,
 * and the processor neither reports nor generates anything for the spec: generating in the last
 * round is a javac warning, and generating early, without the base, could not be undone if
 * another processor generated it later. So javac's "cannot find symbol" for the base is followed
 * by its own for the generated classes the spec's rules and other sources name.
 *
 * <p>Claiming: javac's {@code -Xlint:processing} warns about every annotation no processor claims,
 * and the generated code carries {@code @Generated}, JSpecify's and Jackson's annotations. So statespec also
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
  /** The enums specs' details hold, by qualified name: their constants' @JsonProperty names are read here. */
  private final Set<String> wireEnums = new HashSet<>();
  /** Specs whose base did not resolve in an earlier round, by qualified name, to be read once it does. */
  private final Set<String> deferred = new LinkedHashSet<>();

  /** Creates the processor; javac finds it through {@code META-INF/services} and calls this. */
  public StateSpecProcessor() {}

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
        Names.STATE_SPEC_GENERATED.canonicalName(), Names.TRANSITION_RULES.canonicalName(),
        Names.JSON_PROPERTY.packageName() + ".*", Names.NULL_MARKED.canonicalName(), Names.NULLABLE.canonicalName());
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
    for (TypeElement spec : specsOf(round, stateSpec)) {
      if (!SpecReader.extendsUnresolved(spec)) {
        processSpec(spec);
      } else if (!round.processingOver()) {
        // Another processor may generate the base in a later round. If none does, javac reports it
        // once processing is over ("cannot find symbol"), and the processor adds nothing: read
        // without its base, the spec would be told mistakes that are not its author's.
        deferred.add(spec.getQualifiedName().toString());
      }
    }
    // A @Details type outside every spec is in no spec's model, so it is checked on the round.
    TypeElement details = processingEnv.getElementUtils().getTypeElement(Names.DETAILS);
    if (details != null) {
      strayDetails.check(round.getElementsAnnotatedWith(details));
    }
    return onlyStatespecUses(annotations, round);
  }

  // The specs deferred in earlier rounds, found again by name (a round's elements are its own), then the round's.
  private List<TypeElement> specsOf(RoundEnvironment round, TypeElement stateSpec) {
    List<TypeElement> specs = new ArrayList<>();
    for (String name : deferred) {
      TypeElement spec = processingEnv.getElementUtils().getTypeElement(name);
      if (spec != null) {
        specs.add(spec);
      }
    }
    deferred.clear();
    specs.addAll(ElementFilter.typesIn(round.getElementsAnnotatedWith(stateSpec)));
    return specs;
  }

  // Whether every foreign annotation of this round is statespec's to read: in a class statespec
  // generated, or a @JsonProperty wire name on a constant of an enum a spec's details hold.
  private boolean onlyStatespecUses(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      if (annotation.getQualifiedName().toString().startsWith(Names.STATE_SPEC)) {
        continue;
      }
      boolean wireName = annotation.getQualifiedName().contentEquals(Names.JSON_PROPERTY.canonicalName());
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (!generatedTypes.containsKey(outermostType(element)) && !(wireName && isWireEnumConstant(element))) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean isWireEnumConstant(Element element) {
    return element.getKind() == ElementKind.ENUM_CONSTANT
        && wireEnums.contains(((TypeElement) element.getEnclosingElement()).getQualifiedName().toString());
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
      model.detailsFields().forEach(field -> field.type().enums().forEach(type -> wireEnums.add(type.canonicalName())));
      // Errors that lie in a base spec are counted here but printed by the base's own compile. The
      // scope is declared before the try, as -Xlint:try warns of a resource the body never names.
      Diagnostics.Scope scope = diagnostics.scopeTo(spec);
      SpecModel sound;
      try (scope) {
        sound = validator.validate(model);
      }
      if (!samePackage.packageIsFree(model, generatedTypes)) {
        return;
      }
      boolean clean = diagnostics.errorCount() == errorsBefore;
      SpecSources.generate(sound).forEach(file -> writeSource(model, file));
      if (clean) {
        // The schema and diagrams are published, not compiled against, so they cannot cascade: a spec with
        // errors has none.
        resourceWriter.write(model, SchemaGenerator.resourceName(model), new SchemaGenerator().generate(sound));
        DiagramGenerator diagrams = new DiagramGenerator();
        resourceWriter.write(model, DiagramGenerator.mermaidName(model), diagrams.mermaid(sound));
        resourceWriter.write(model, DiagramGenerator.dotName(model), diagrams.dot(sound));
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

}
