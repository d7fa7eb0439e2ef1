package dev.statespec.processor.spec;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.statespec.processor.diagnostics.Origin;
import dev.statespec.processor.util.Annotations;
import dev.statespec.processor.util.CaseFormat;
import dev.statespec.processor.util.GeneratedAnnotation;
import dev.statespec.processor.util.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads a {@code @StateSpec} interface into a {@link SpecModel}, and reports nothing.
 *
 * <p>What the generators can use goes into the model; what they cannot (a rule that is not static,
 * a details method with parameters or of a type statespec cannot store, a second details type) is
 * left out of it. Both are recorded as written, with the facts that tell a mistake, in the model's
 * {@link SpecDeclaration}: judging them is validation's job, which sees the whole model.
 */
public final class SpecReader {

  /** A type-use annotation as javac writes it in an error type: {@code @a.b.Name} or {@code @a.b.Name(...)}. */
  private static final Pattern TYPE_ANNOTATION = Pattern.compile("@[\\w.$]+(\\([^)]*\\))?\\s*");

  private final Elements elements;

  /**
   * A reader that finds packages and Javadoc through {@code elements}.
   *
   * @param elements the compiler's element utilities
   */
  public SpecReader(Elements elements) {
    this.elements = elements;
  }

  /**
   * Reads {@code spec}, which carries {@code @StateSpec}, merged with the spec it extends, if any. A
   * base spec may come from source or, compiled into another jar, from its class files.
   *
   * @param spec the spec interface
   * @return its model, merged with its base's
   */
  public SpecModel read(TypeElement spec) {
    return read(spec, new LinkedHashSet<>());
  }

  // extending: the specs read on the way from the first one down to this one.
  private SpecModel read(TypeElement spec, Set<String> extending) {
    // javac refuses cyclic inheritance before processing; should a compiler not, the cycle is
    // recorded and not followed.
    List<String> cycle = extending.add(spec.getQualifiedName().toString()) ? List.of() : List.copyOf(extending);
    SpecModel own = readOwn(spec, cycle);
    if (extending.size() > 1) {
      own = inRecordedOrder(own);
    }
    List<TypeElement> bases = baseSpecs(spec);
    if (!cycle.isEmpty() || bases.isEmpty()) {
      return own;
    }
    // A second base is a mistake the declaration records; the first is the base.
    return SpecMerger.merge(read(bases.get(0), extending), own);
  }

  /**
   * A base spec's transition rules in the order its generated policy records, when it was compiled
   * before (from a jar, say): the order of a class file's methods is the compiler's choice, and the
   * Eclipse compiler sorts them by name. A record that names other rules than the spec declares is
   * stale, and ignored: the declaration order is then the best there is.
   */
  private SpecModel inRecordedOrder(SpecModel base) {
    TypeElement policy = elements.getTypeElement(base.names().statePolicy().canonicalName());
    AnnotationMirror record = policy == null ? null : Annotations.find(policy, Names.TRANSITION_RULES.canonicalName())
        .orElse(null);
    if (record == null) {
      return base;
    }
    List<String> order = new ArrayList<>();
    refs(policy, record, "value").forEach(ref -> order.add(ref.name()));
    List<String> declared = new ArrayList<>();
    base.transitionRules().forEach(rule -> declared.add(rule.methodName()));
    if (!new HashSet<>(order).equals(new HashSet<>(declared)) || order.size() != declared.size()) {
      return base;
    }
    List<TransitionRuleModel> rules = new ArrayList<>(base.transitionRules());
    rules.sort(Comparator.comparingInt(rule -> order.indexOf(rule.methodName())));
    return base.toBuilder().transitionRules(rules).build();
  }

  /**
   * Whether {@code spec}, or a spec it extends, extends a type javac has not resolved: one missing
   * from the class path, or one another processor has yet to generate. Such a spec cannot be read
   * whole, and javac reports the type if it never appears.
   *
   * @param spec the spec interface
   * @return whether an interface it extends, or one a base spec of it extends, is unresolved
   */
  public static boolean extendsUnresolved(TypeElement spec) {
    return extendsUnresolved(spec, new HashSet<>());
  }

  private static boolean extendsUnresolved(TypeElement spec, Set<String> seen) {
    if (!seen.add(spec.getQualifiedName().toString())) {
      return false; // a cycle, which javac reports
    }
    for (TypeMirror superinterface : spec.getInterfaces()) {
      if (superinterface.getKind() == TypeKind.ERROR) {
        return true;
      }
    }
    for (TypeElement base : baseSpecs(spec)) {
      if (extendsUnresolved(base, seen)) {
        return true;
      }
    }
    return false;
  }

  // The interfaces spec extends that are specs, in declaration order.
  private static List<TypeElement> baseSpecs(TypeElement spec) {
    List<TypeElement> bases = new ArrayList<>();
    for (TypeElement supertype : supertypes(spec)) {
      if (Annotations.has(supertype, Names.STATE_SPEC)) {
        bases.add(supertype);
      }
    }
    return bases;
  }

  private SpecModel readOwn(TypeElement spec, List<String> cycle) {
    AnnotationMirror annotation = Annotations.find(spec, Names.STATE_SPEC).orElseThrow();
    GeneratedNames names = new GeneratedNames(elements.getPackageOf(spec).getQualifiedName().toString());

    List<Ref> terminal = refs(spec, annotation, "terminal");
    Set<String> terminalNames = new HashSet<>();
    terminal.forEach(ref -> terminalNames.add(ref.name()));
    AnnotationValue wireCaseValue = Annotations.explicit(annotation, "wire").orElse(null);
    WireCase wireCase = wireCase(wireCaseValue);
    List<WireValueModel> wireValues = wireValues(spec, annotation);
    List<StateTypeModel> types = new ArrayList<>();
    for (Ref ref : refs(spec, annotation, "types")) {
      types.add(new StateTypeModel(ref.name(), terminalNames.contains(ref.name()),
          WireValueModel.resolve(ref.name(), wireCase, wireValues), ref.origin()));
    }

    List<SpecDeclaration.DetailsType> detailsTypes = new ArrayList<>();
    TypeElement details = findDetails(spec, detailsTypes);
    List<SpecDeclaration.Method> methods = new ArrayList<>();
    List<FactoryRuleModel> factoryRules = new ArrayList<>();
    List<BuildRuleModel> buildRules = new ArrayList<>();
    List<TransitionRuleModel> transitionRules = new ArrayList<>();
    readMethods(spec, names, methods, factoryRules, buildRules, transitionRules);
    AnnotationValue transitionsValue = Annotations.explicit(annotation, "transitions").orElse(null);
    List<SpecDeclaration.DetailsMethod> detailsMethods = new ArrayList<>();
    List<DetailsFieldModel> detailsFields = details == null ? List.of() : detailsFields(details, detailsMethods);

    return SpecModel.builder(spec, ClassName.get(spec))
        .javadoc(docComment(spec))
        .types(types)
        .terminal(terminal)
        .groups(groups(spec, annotation))
        .namedStates(namedStates(spec, annotation))
        .detailsOrigin(details == null ? null : Origin.of(details))
        .detailsJavadoc(details == null ? null : docComment(details))
        .detailsFields(detailsFields)
        .reset(refs(spec, annotation, "reset"))
        .hashKey(refs(spec, annotation, "hashKey"))
        .countOrder(refs(spec, annotation, "countOrder"))
        .wireCase(wireCase)
        .wireCaseOrigin(wireCaseValue == null ? null : new Origin(spec, annotation, wireCaseValue))
        .wireValues(wireValues)
        .factoryRules(factoryRules)
        .buildRules(buildRules)
        .transitions(transitions(spec, annotation))
        .transitionsOrigin(transitionsValue == null ? null : new Origin(spec, annotation, transitionsValue))
        .transitionRules(transitionRules)
        .schema(schema(spec, annotation))
        .declaration(declaration(spec, cycle, detailsTypes, methods, detailsMethods))
        .generatedVisible(GeneratedAnnotation.isVisibleFrom(elements, spec))
        .build();
  }

  // The spec as declared, with cycle as read() found it.
  private static SpecDeclaration declaration(TypeElement spec, List<String> cycle,
      List<SpecDeclaration.DetailsType> detailsTypes, List<SpecDeclaration.Method> methods,
      List<SpecDeclaration.DetailsMethod> detailsMethods) {
    List<String> baseSpecs = new ArrayList<>();
    List<String> otherSupertypes = new ArrayList<>();
    for (TypeElement supertype : supertypes(spec)) {
      if (Annotations.has(supertype, Names.STATE_SPEC)) {
        baseSpecs.add(supertype.getSimpleName().toString());
      } else {
        otherSupertypes.add(supertype.getQualifiedName().toString());
      }
    }
    return new SpecDeclaration(
        describe(spec),
        spec.getKind() == ElementKind.INTERFACE,
        spec.getModifiers().contains(Modifier.PUBLIC),
        !spec.getTypeParameters().isEmpty(),
        hiddenIn(spec),
        baseSpecs,
        otherSupertypes,
        cycle,
        detailsTypes,
        methods,
        detailsMethods);
  }

  // The interfaces spec extends; an unresolved one is left out, since javac reports it.
  private static List<TypeElement> supertypes(TypeElement spec) {
    List<TypeElement> supertypes = new ArrayList<>();
    for (TypeMirror superinterface : spec.getInterfaces()) {
      if (superinterface.getKind() == TypeKind.DECLARED) {
        supertypes.add((TypeElement) ((DeclaredType) superinterface).asElement());
      }
    }
    return supertypes;
  }

  // The nearest type around the spec that is not public, whose members the generated classes cannot reach.
  private static String hiddenIn(TypeElement spec) {
    for (Element enclosing = spec.getEnclosingElement(); enclosing instanceof TypeElement;
        enclosing = enclosing.getEnclosingElement()) {
      if (!enclosing.getModifiers().contains(Modifier.PUBLIC)) {
        return enclosing.getSimpleName().toString();
      }
    }
    return null;
  }

  // Every string of an array attribute, each with the position of its own literal.
  private static List<Ref> refs(Element element, AnnotationMirror annotation, String attribute) {
    List<Ref> refs = new ArrayList<>();
    for (AnnotationValue value : Annotations.list(annotation, attribute)) {
      refs.add(new Ref(String.valueOf(value.getValue()), new Origin(element, annotation, value)));
    }
    return refs;
  }

  private static List<GroupModel> groups(TypeElement spec, AnnotationMirror annotation) {
    List<GroupModel> groups = new ArrayList<>();
    for (AnnotationValue item : Annotations.list(annotation, "groups")) {
      AnnotationMirror group = (AnnotationMirror) item.getValue();
      AnnotationValue name = Annotations.explicit(group, "name").orElse(null);
      if (name == null) {
        continue; // javac already reports the missing required attribute
      }
      groups.add(new GroupModel(String.valueOf(name.getValue()), refs(spec, group, "types"),
          new Origin(spec, group, name)));
    }
    return groups;
  }

  private static List<TransitionEntryModel> transitions(TypeElement spec, AnnotationMirror annotation) {
    List<TransitionEntryModel> entries = new ArrayList<>();
    for (AnnotationValue item : Annotations.list(annotation, "transitions")) {
      AnnotationMirror allow = (AnnotationMirror) item.getValue();
      AnnotationValue from = Annotations.explicit(allow, "from").orElse(null);
      AnnotationValue to = Annotations.explicit(allow, "to").orElse(null);
      if (from == null || to == null) {
        continue; // javac already reports the missing required attribute
      }
      entries.add(new TransitionEntryModel(refs(spec, allow, "from"), refs(spec, allow, "to"),
          new Origin(spec, allow, from), new Origin(spec, allow, to), Origin.of(spec, allow)));
    }
    return entries;
  }

  private static List<NamedStateModel> namedStates(TypeElement spec, AnnotationMirror annotation) {
    List<NamedStateModel> named = new ArrayList<>();
    for (AnnotationValue group : Annotations.list(annotation, "named")) {
      AnnotationMirror groupMirror = (AnnotationMirror) group.getValue();
      AnnotationValue typeValue = Annotations.explicit(groupMirror, "type").orElse(null);
      if (typeValue == null) {
        continue; // javac already reports the missing required attribute
      }
      Ref type = new Ref(String.valueOf(typeValue.getValue()), new Origin(spec, groupMirror, typeValue));
      for (Ref name : refs(spec, groupMirror, "names")) {
        named.add(new NamedStateModel(name.name(), type, name.origin()));
      }
    }
    return named;
  }

  // The rule the spec states, or the default when it states none (or one this processor does not know).
  private static WireCase wireCase(AnnotationValue value) {
    WireCase stated = value != null && value.getValue() instanceof VariableElement constant
        ? WireCase.named(constant.getSimpleName().toString())
        : null;
    return stated != null ? stated : WireCase.CONSTANT_NAME;
  }

  private static List<WireValueModel> wireValues(TypeElement spec, AnnotationMirror annotation) {
    List<WireValueModel> wireValues = new ArrayList<>();
    for (AnnotationValue item : Annotations.list(annotation, "wireValues")) {
      AnnotationMirror wireValue = (AnnotationMirror) item.getValue();
      AnnotationValue type = Annotations.explicit(wireValue, "type").orElse(null);
      AnnotationValue value = Annotations.explicit(wireValue, "value").orElse(null);
      if (type == null || value == null) {
        continue; // javac already reports the missing required attribute
      }
      wireValues.add(new WireValueModel(new Ref(String.valueOf(type.getValue()), new Origin(spec, wireValue, type)),
          String.valueOf(value.getValue()), new Origin(spec, wireValue, value)));
    }
    return wireValues;
  }

  private static SchemaModel schema(TypeElement spec, AnnotationMirror annotation) {
    AnnotationValue value = Annotations.explicit(annotation, "schema").orElse(null);
    if (value == null) {
      return SchemaModel.EMPTY;
    }
    AnnotationMirror schema = (AnnotationMirror) value.getValue();
    List<SchemaModel.FieldDescription> fields = new ArrayList<>();
    for (AnnotationValue item : Annotations.list(schema, "fields")) {
      AnnotationMirror describe = (AnnotationMirror) item.getValue();
      AnnotationValue field = Annotations.explicit(describe, "field").orElse(null);
      if (field == null) {
        continue; // javac already reports the missing required attribute
      }
      List<String> examples = new ArrayList<>();
      refs(spec, describe, "examples").forEach(example -> examples.add(example.name()));
      String description = Annotations.string(describe, "description", "");
      fields.add(new SchemaModel.FieldDescription(
          new Ref(String.valueOf(field.getValue()), new Origin(spec, describe, field)),
          description.isEmpty() ? null : description,
          examples));
    }
    String typeDescription = Annotations.string(schema, "typeDescription", "");
    boolean detailsJavadoc = Annotations.explicit(schema, "detailsJavadoc")
        .map(javadoc -> (Boolean) javadoc.getValue())
        .orElse(true);
    return new SchemaModel(typeDescription.isEmpty() ? null : typeDescription, refs(spec, schema, "required"), fields,
        detailsJavadoc);
  }

  /**
   * The details interface: the first nested type marked {@code @Details} that is an interface. Every
   * type so marked is recorded in {@code declared}.
   */
  private static TypeElement findDetails(TypeElement spec, List<SpecDeclaration.DetailsType> declared) {
    TypeElement found = null;
    for (TypeElement nested : ElementFilter.typesIn(spec.getEnclosedElements())) {
      if (!Annotations.has(nested, Names.DETAILS)) {
        continue;
      }
      boolean isInterface = nested.getKind() == ElementKind.INTERFACE;
      declared.add(new SpecDeclaration.DetailsType(nested.getSimpleName().toString(), describe(nested), isInterface,
          Origin.of(nested)));
      if (isInterface && found == null) {
        found = nested;
      }
    }
    return found;
  }

  /** The fields the abstract methods of {@code details} declare; every such method is recorded in {@code declared}. */
  private List<DetailsFieldModel> detailsFields(TypeElement details, List<SpecDeclaration.DetailsMethod> declared) {
    List<DetailsFieldModel> fields = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(details.getEnclosedElements())) {
      if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
        continue; // static and default methods are the author's helpers, not fields
      }
      String name = method.getSimpleName().toString();
      FieldType type = FieldTypeReader.read(method.getReturnType());
      SpecDeclaration.DetailsMethod declaredMethod = new SpecDeclaration.DetailsMethod(name,
          method.getParameters().size(), type == null ? method.getReturnType().toString() : null,
          FieldTypeReader.hiddenEnum(method.getReturnType(), elements.getPackageOf(details)), Origin.of(method));
      declared.add(declaredMethod);
      if (!declaredMethod.isField()) {
        continue;
      }
      String defaultValue = Annotations.find(method, Names.DEFAULT)
          .map(mirror -> Annotations.string(mirror, "value", ""))
          .orElse(null);
      String jsonName = Annotations.find(method, Names.JSON_NAME)
          .map(mirror -> Annotations.string(mirror, "value", ""))
          .orElse(CaseFormat.snake(name));
      fields.add(new DetailsFieldModel(name, jsonName, type, defaultValue, docComment(method), Origin.of(method)));
    }
    return fields;
  }

  // Rules are the spec's static methods marked @Factory, @OnBuild or @OnTransition; unmarked static methods
  // are helpers. Every method is recorded in declared; only rules the generated code can call become rule models.
  private void readMethods(TypeElement spec, GeneratedNames names, List<SpecDeclaration.Method> declared,
      List<FactoryRuleModel> factoryRules, List<BuildRuleModel> buildRules, List<TransitionRuleModel> transitionRules) {
    for (ExecutableElement method : ElementFilter.methodsIn(spec.getEnclosedElements())) {
      AnnotationMirror factory = Annotations.find(method, Names.FACTORY).orElse(null);
      AnnotationMirror onBuild = Annotations.find(method, Names.ON_BUILD).orElse(null);
      AnnotationMirror onTransition = Annotations.find(method, Names.ON_TRANSITION).orElse(null);
      SpecDeclaration.Method declaredMethod = declare(method, names, factory != null, onBuild != null,
          onTransition != null);
      declared.add(declaredMethod);
      String methodName = method.getSimpleName().toString();
      if (declaredMethod.isCallableTransitionRule()) {
        AnnotationValue from = Annotations.explicit(onTransition, "from").orElse(null);
        AnnotationValue to = Annotations.explicit(onTransition, "to").orElse(null);
        transitionRules.add(new TransitionRuleModel(ClassName.get(spec), names.state(), methodName,
            refs(method, onTransition, "from"), refs(method, onTransition, "to"),
            new Origin(method, onTransition, from), new Origin(method, onTransition, to), docComment(method),
            Origin.of(method, onTransition)));
      }
      if (!declaredMethod.isCallableRule()) {
        continue;
      }
      if (factory != null) {
        factoryRules.add(new FactoryRuleModel(ClassName.get(spec), names.stateDetails(), methodName, refs(method, factory, "value"),
            ruleParameters(method), docComment(method), Origin.of(method, factory)));
      }
      if (onBuild != null) {
        buildRules.add(new BuildRuleModel(ClassName.get(spec), names.stateDetails(), methodName, refs(method, onBuild, "value"), Origin.of(method, onBuild)));
      }
    }
  }

  private static SpecDeclaration.Method declare(ExecutableElement method, GeneratedNames names, boolean factory,
      boolean onBuild, boolean onTransition) {
    Set<Modifier> modifiers = method.getModifiers();
    List<? extends VariableElement> parameters = method.getParameters();
    StringBuilder signature = new StringBuilder("(");
    for (VariableElement parameter : parameters) {
      signature.append(signature.length() > 1 ? ", " : "").append(written(parameter.asType()));
    }
    signature.append(") returning ").append(written(method.getReturnType()));
    return new SpecDeclaration.Method(
        method.getSimpleName().toString(),
        modifiers.contains(Modifier.ABSTRACT),
        factory,
        onBuild,
        onTransition,
        modifiers.contains(Modifier.STATIC),
        modifiers.contains(Modifier.PRIVATE),
        !method.getTypeParameters().isEmpty(),
        parameters.size(),
        !parameters.isEmpty() && isDetails(parameters.get(0).asType(), names),
        isDetails(method.getReturnType(), names),
        parameters.size() == 2 && isState(parameters.get(0).asType(), names)
            && isState(parameters.get(1).asType(), names),
        isDecision(method.getReturnType(), names),
        signature.toString(),
        Origin.of(method));
  }

  /**
   * Whether {@code type} is the generated {@code State}; in the first round, an error type written
   * {@code State} (or by its qualified name).
   */
  private static boolean isState(TypeMirror type, GeneratedNames names) {
    return isGenerated(type, names.state());
  }

  /**
   * Whether {@code type} is {@code TransitionDecision<State>} of the generated {@code State}. In the
   * first round its argument does not exist yet, so javac may show the whole type as an error type,
   * named as written.
   */
  private static boolean isDecision(TypeMirror type, GeneratedNames names) {
    String decision = Names.TRANSITION_DECISION.canonicalName();
    if (type.getKind() == TypeKind.ERROR) {
      String written = type.toString().replace(" ", "");
      for (String raw : List.of(Names.TRANSITION_DECISION.simpleName(), decision)) {
        for (String state : List.of(names.state().simpleName(), names.state().canonicalName())) {
          if (written.equals(raw + "<" + state + ">")) {
            return true;
          }
        }
      }
      return false;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    DeclaredType declared = (DeclaredType) type;
    return ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(decision)
        && declared.getTypeArguments().size() == 1
        && isState(declared.getTypeArguments().get(0), names);
  }

  // An error type's text without its type-use annotations: "marked.@a.Nullable State" is "marked.State", and
  // JDK 25's ".@a.Nullable State" (an error type's empty package, then the annotation) is "State".
  private static String withoutTypeAnnotations(String written) {
    String bare = TYPE_ANNOTATION.matcher(written).replaceAll("").strip();
    return bare.startsWith(".") ? bare.substring(1) : bare;
  }

  // A type as its author wrote it, for messages: java.lang types and generated classes by their simple names.
  private static String written(TypeMirror type) {
    return type.toString().replace("java.lang.", "");
  }

  /**
   * Whether {@code type} is the generated {@code StateDetails}. In the first round it does not exist
   * yet and javac shows it as an error type named as written; later it is the real class.
   */
  private static boolean isDetails(TypeMirror type, GeneratedNames names) {
    return isGenerated(type, names.stateDetails());
  }

  // Whether type is the generated class, or, in the first round, an error type written as its name, type-use
  // annotations aside: javac shows @Nullable State as "@org.jspecify.annotations.Nullable State".
  private static boolean isGenerated(TypeMirror type, ClassName generated) {
    if (type.getKind() == TypeKind.ERROR) {
      String written = withoutTypeAnnotations(type.toString());
      return written.equals(generated.simpleName()) || written.equals(generated.canonicalName());
    }
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName()
            .contentEquals(generated.canonicalName());
  }

  private static List<RuleParameter> ruleParameters(ExecutableElement method) {
    List<RuleParameter> parameters = new ArrayList<>();
    List<? extends VariableElement> all = method.getParameters();
    for (VariableElement parameter : all.subList(1, all.size())) {
      parameters.add(new RuleParameter(parameter.getSimpleName().toString(), TypeName.get(parameter.asType()),
          Annotations.has(parameter, Names.SHORTCUT), Origin.of(parameter)));
    }
    return parameters;
  }

  /**
   * The element's Javadoc as generated code repeats it, or null: javac keeps the space after each
   * line's {@code *}, which is removed here once for every generator.
   */
  private String docComment(Element element) {
    String doc = elements.getDocComment(element);
    if (doc == null || doc.isBlank()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (String line : doc.split("\n", -1)) {
      text.append(line.startsWith(" ") ? line.substring(1) : line).append('\n');
    }
    return text.toString().strip();
  }

  // What a type is, in its author's words, for messages.
  private static String describe(Element element) {
    switch (element.getKind()) {
      case INTERFACE:
        return "an interface";
      case CLASS:
        return "a class";
      case ENUM:
        return "an enum";
      case RECORD:
        return "a record";
      case ANNOTATION_TYPE:
        return "an annotation type";
      default:
        return "a " + element.getKind().toString().toLowerCase(Locale.ROOT);
    }
  }
}
